/**
 * IndexedDB write speed in real Chromium, on disk (a persistent profile), in one run on the same
 * 100,000 activity records:
 *   peer.dexie.bulkPut100kMs   Dexie 4 bulkPut into a table with three indexes
 *   db.bulkPut100kMs           the same records written the way src/background/db.ts stores records:
 *                              raw IndexedDB, one readwrite transaction (durability 'relaxed'), our
 *                              `records` store with its one index (schema v3) plus the per-kind counts entry
 *   db.ingestPattern100kMs     as ingest() does it (engine-host.ts): one getAllKeys over the ids' key range
 *                              to find the stored ones, then the puts and the counts, one transaction
 *   import.100kMs              our whole import of a 100,000-row HubSpot contacts CSV in the extension:
 *                              file input → worker parse + validate → preview → Import → one ingest()
 * The Dexie and raw runs happen in a plain http://127.0.0.1 page (extension pages' CSP refuses injected
 * scripts); its IndexedDB is on disk in the same profile. Best of three runs each, fresh database each run;
 * the writers take turns (Dexie, ours, ingest pattern, Dexie, …) so a change in the machine's load
 * falls on all of them alike.
 * Targets: db ≤ 0.8 × Dexie; import ≤ 1.0 × Dexie's raw write.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import type {Page} from 'playwright-core';
import {benchDist} from './_dist';

const N = Number(process.env.DB_BENCH_ROWS ?? 100_000);
const RUNS = 3;
const require = createRequire(import.meta.url);
const log = (line: string) => process.stderr.write(`  db-browser: ${line}\n`);

const PAGE = `<!doctype html><meta charset="utf-8"><title>db bench</title><script src="/dexie.min.js"></script><script src="/bench.js"></script><body>bench</body>`;

function serve(): Promise<{url: string; close: () => Promise<void>}> {
  const dexie = readFileSync(require.resolve('dexie/dist/dexie.min.js'));
  const server = createServer((req, res) => {
    if (req.url === '/dexie.min.js') res.writeHead(200, {'content-type': 'text/javascript'}).end(dexie);
    else if (req.url === '/bench.js') res.writeHead(200, {'content-type': 'text/javascript'}).end(BENCH_JS);
    else res.writeHead(200, {'content-type': 'text/html'}).end(PAGE);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    const {port} = server.address() as {port: number};
    ok({url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done()))});
  }));
}

/**
 * In the page: the records (made once, the same for every writer) and the three writers. Plain JS
 * served as /bench.js: a function passed to page.evaluate would carry tsx's helper names.
 */
const BENCH_JS = `
const N = ${N};
const start = Date.UTC(2026, 0, 1);
window.records = Array.from({length: N}, (_, i) => ({
  id: 'bench:127.0.0.1:activity:a-' + i,
  kind: 'activity',
  source: 'bench:127.0.0.1',
  name: 'Call ' + i,
  data: {type: 'call', direction: 'user', outcome: i % 3 ? 'connected' : 'noAnswer', at: start + i * 60000, title: 'Call with contact ' + (i % 5000)},
  companyIds: ['bench:127.0.0.1:company:co-' + (i % 500)],
  firstSeen: start + i * 60000,
  lastSeen: start + i * 60000,
}));
const req = (r) => new Promise((ok, ko) => { r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
const done = (tx) => new Promise((ok, ko) => { tx.oncomplete = () => ok(); tx.onerror = () => ko(tx.error); tx.onabort = () => ko(tx.error); });
const fresh = (name) => req(indexedDB.deleteDatabase(name));
// db.ts's records store (schema v3): keyPath id, by-company (multiEntry); per-kind counts in 'state'.
async function openOurs(name) {
  await fresh(name);
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore('records', {keyPath: 'id'});
    store.createIndex('by-company', 'companyIds', {multiEntry: true});
    open.result.createObjectStore('state', {keyPath: 'key'});
  };
  return req(open);
}
const counts = (records) => {
  const c = {company: 0, contact: 0, deal: 0, lead: 0, activity: 0};
  for (const r of records) c[r.kind]++;
  return {key: 'recordCounts', value: c};
};
window.benchDexie = async () => {
  await fresh('bench-dexie');
  const db = new Dexie('bench-dexie');
  db.version(1).stores({records: 'id, kind, *companyIds, lastSeen'});
  await db.open();
  const t0 = performance.now();
  await db.table('records').bulkPut(window.records);
  const ms = performance.now() - t0;
  db.close();
  return ms;
};
window.benchOurs = async () => {
  const db = await openOurs('bench-ours');
  const t0 = performance.now();
  const tx = db.transaction(['records', 'state'], 'readwrite', {durability: 'relaxed'});
  const store = tx.objectStore('records');
  for (const record of window.records) store.put(record);
  tx.objectStore('state').put(counts(window.records));
  await done(tx);
  const ms = performance.now() - t0;
  db.close();
  return ms;
};
window.benchIngestPattern = async () => {
  const db = await openOurs('bench-ingest');
  const records = window.records;
  const t0 = performance.now();
  const tx = db.transaction(['records', 'state'], 'readwrite', {durability: 'relaxed'});
  const store = tx.objectStore('records');
  const finished = done(tx);
  let min = records[0].id, max = records[0].id;
  for (const r of records) { if (r.id < min) min = r.id; if (r.id > max) max = r.id; }
  const wanted = new Set(records.map((r) => r.id));
  const stored = (await req(store.getAllKeys(IDBKeyRange.bound(min, max)))).filter((k) => wanted.has(k));
  const old = new Map(await Promise.all(stored.map(async (id) => [id, await req(store.get(id))])));
  const counts0 = await req(tx.objectStore('state').get('recordCounts'));
  records.forEach((r) => store.put(old.get(r.id) ?? r));
  tx.objectStore('state').put(counts0 ?? counts(records));
  await finished;
  const ms = performance.now() - t0;
  db.close();
  return ms;
};
window.benchReady = true;
`;

function contactsCsv(rows: number): string {
  const lines = ['Record ID,First Name,Last Name,Email,Lifecycle Stage,Buying Role,Contact owner,Associated Company IDs,Associated Company'];
  for (let i = 0; i < rows; i++) lines.push(`${100_000 + i},First${i},Last${i},p${i}@example.com,Lead,${i % 7 ? '' : 'Champion'},Owner ${i % 10},${9000 + (i % 500)},Company ${i % 500}`);
  return lines.join('\n');
}

/** The whole import through the options page: choose file → preview → Import → "Imported" shown. */
async function benchImport(options: Page, path: string, label: string): Promise<number> {
  const section = options.locator('#imports');
  const t0 = performance.now();
  await section.getByLabel('Choose CSV files…').setInputFiles(path);
  await section.getByTestId('import-preview').getByRole('button', {name: /^Import \d/}).click({timeout: 600_000});
  log(`${label} preview after ${Math.round(performance.now() - t0)} ms`);
  await section.getByRole('status').filter({hasText: label}).waitFor({timeout: 600_000});
  return performance.now() - t0;
}

export async function run(): Promise<Record<string, number>> {
  const dist = benchDist();
  const {launch} = await import('../tests/e2e/harness');
  const browser = await launch();
  const server = await serve();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.waitForFunction('window.benchReady === true');
    await page.evaluate('window.benchDexie()'); // warm-up
    const writers = ['benchDexie', 'benchOurs', 'benchIngestPattern'] as const;
    const runs: Record<string, number[]> = {benchDexie: [], benchOurs: [], benchIngestPattern: []};
    for (let r = 0; r < RUNS; r++) for (const fn of writers) runs[fn].push((await page.evaluate(`window.${fn}()`)) as number);
    for (const fn of writers) log(`${fn}: ${runs[fn].map(Math.round).join(', ')} ms`);
    const [dexie, ours, ingestPattern] = writers.map((fn) => Math.min(...runs[fn]));

    const csv = join(browser.profile, 'contacts-100k.csv');
    writeFileSync(csv, contactsCsv(N));
    const options = await browser.extensionPage('src/ui/options/index.html#imports');
    await options.locator('#imports h2').waitFor();
    const importMs = await benchImport(options, csv, 'Imported:');
    log(`import: ${Math.round(importMs)} ms`);
    const reimportMs = await benchImport(options, csv, 'Nothing changed');
    return {
      'peer.dexie.bulkPut100kMs': Math.round(dexie),
      'db.bulkPut100kMs': Math.round(ours),
      'db.ingestPattern100kMs': Math.round(ingestPattern),
      'db.vsDexie': Number((ours / dexie).toFixed(3)),
      'import.100kMs': Math.round(importMs),
      'import.reimport100kMs': Math.round(reimportMs),
      'import.vsDexie': Number((importMs / dexie).toFixed(3)),
    };
  } finally {
    await server.close();
    await browser.close();
    dist.remove();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await run());
}
