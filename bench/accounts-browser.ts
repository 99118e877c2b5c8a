/**
 * Target accounts in real Chromium (issue 7), with 5,000 target accounts (+1,000 other companies),
 * 100,000 contacts, 15,000 deals and 500,000 activities in the extension's store (an on-disk profile):
 *   accounts.firstRenderMs      index page: navigation start → first table rows painted (worker warm:
 *                               engines in memory), median of 5 page loads. Target ≤ 300 ms.
 *   accounts.firstRenderColdMs  the same right after the service worker was stopped (it reloads its
 *                               stored snapshot first), one run (it costs minutes at full size). No target;
 *                               reported so nobody is misled.
 *   accounts.sortMs             click a column header → re-sorted rows painted (rAF + setTimeout after the
 *                               DOM changed), median of 8 sort changes, each a second after the last paint
 *                               (a person reads the rows before the next click; the page fetches the likely
 *                               next answers meanwhile and checks them with the worker after showing them).
 *                               Target ≤ 50 ms.
 *   accounts.sortRapidMs        8 changes clicked right after each paint: an answer not fetched ahead by
 *                               then waits for the worker's round trip. No target; reported so nobody is misled.
 *   accounts.filterMs           click a category → filtered rows painted, median of 8, a second apart.
 *   accounts.filterRapidMs      the same, right after each paint.
 *   accounts.incrementalMs      the engine's rollup update for one new activity (apply + the account's
 *                               row read back), mean of 2,000, in a Chromium page running the same
 *                               engine code on the same data. Target ≤ 5 ms.
 *   accounts.ingestOneMs        one task written in the index page → stored through the service worker
 *                               (log + a tail step of the projections, one transaction) → the account's row
 *                               answered with its new Upcoming, median of 3. No target; the persistence cost.
 * Seeding goes straight into Goalpost's IndexedDB from an extension page (same origin as the worker),
 * as log events; the worker then rebuilds its projections from that log (accounts.rebuildMs).
 * ACCOUNTS_BENCH_SCALE (default 1) shrinks every size for a quick smoke run. ACCOUNTS_BENCH_ACTIVITIES and
 * ACCOUNTS_BENCH_CONTACTS set those two sizes alone (sort and filter depend on the targets, not on them), for
 * fast iterations on the index page; figures for results.json come from the default (full) sizes.
 * ACCOUNTS_BENCH_DETAIL=1 also logs, per sort/filter change, the page's 'accounts/query' round trip.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import type {Page} from 'playwright-core';
import {benchDist} from './_dist';
import {FULL, type Sizes} from './_accounts-data';

const SCALE = Number(process.env.ACCOUNTS_BENCH_SCALE ?? 1);
const SIZES = Object.fromEntries(Object.entries(FULL).map(([k, n]) => [k, Math.max(10, Math.round(n * SCALE))])) as unknown as Sizes;
for (const [key, name] of [['activities', 'ACCOUNTS_BENCH_ACTIVITIES'], ['contacts', 'ACCOUNTS_BENCH_CONTACTS']] as const) {
  const value = process.env[name];
  if (value === undefined) continue;
  if (!/^\d+$/.test(value) || Number(value) < 10) throw new Error(`bench: ${name} must be a whole number ≥ 10, not "${value}"`);
  SIZES[key] = Number(value);
}
const DETAIL = process.env.ACCOUNTS_BENCH_DETAIL === '1';
/** ACCOUNTS_BENCH_PROFILE=<file prefix>: a Chromium trace (<prefix>.trace.json) of the page over the sort changes. */
const PROFILE = process.env.ACCOUNTS_BENCH_PROFILE;
const MEASURED = 2_000;
const log = (line: string) => process.stderr.write(`  accounts-browser: ${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (n: number, digits = 0) => Number(n.toFixed(digits));

async function bundle(entry: string): Promise<string> {
  const out = await build({entryPoints: [resolve(import.meta.dirname, entry)], bundle: true, write: false, format: 'iife', target: 'chrome120', logLevel: 'error'});
  return out.outputFiles[0].text;
}

/** A plain page for the in-page engine run (extension pages' CSP refuses served scripts' eval, not this). */
function serve(script: string): Promise<{url: string; close: () => Promise<void>}> {
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') res.writeHead(200, {'content-type': 'text/javascript'}).end(script);
    else res.writeHead(200, {'content-type': 'text/html'}).end('<!doctype html><meta charset="utf-8"><title>accounts bench</title><script src="/bench.js"></script><body>bench</body>');
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number};
      ok({url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done()))});
    }),
  );
}

/** Installed before the page's own scripts: marks the first paint after the first account row exists. */
const FIRST_PAINT = `(() => {
  const paint = () => requestAnimationFrame(() => setTimeout(() => { window.__firstRowsPainted = performance.now(); }, 0));
  const found = () => document.querySelector('tbody tr[data-account]');
  const watch = () => {
    if (found()) return paint();
    const mo = new MutationObserver(() => { if (found()) { mo.disconnect(); paint(); } });
    mo.observe(document, {childList: true, subtree: true});
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch); else watch();
})();`;

/** ACCOUNTS_BENCH_DETAIL: times each 'accounts/query' message (send → answer received) in the page. */
const ROUND_TRIPS = `(() => {
  window.__roundTrips = [];
  const original = chrome.runtime.sendMessage.bind(chrome.runtime);
  chrome.runtime.sendMessage = (...args) => {
    const t0 = performance.now();
    const answer = original(...args);
    if (args[0] && args[0].type === 'accounts/query' && answer && typeof answer.then === 'function') answer.then(() => window.__roundTrips.push(performance.now() - t0));
    return answer;
  };
})();`;

/** In the index page: click `selector`, wait until the first rows differ, then for the next paint. */
const CHANGE = `window.__timeChange = async (selector) => {
  const signature = () => [...document.querySelectorAll('tbody tr[data-account]')].slice(0, 10).map((r) => r.dataset.account).join('|');
  const before = signature();
  const table = document.querySelector('[data-testid="ta-table"]');
  const t0 = performance.now();
  await new Promise((ok, ko) => {
    const timer = setTimeout(() => { mo.disconnect(); ko(new Error('rows did not change after ' + selector)); }, 20000);
    const mo = new MutationObserver(() => { if (signature() !== before) { window.__domChanged = performance.now() - t0; mo.disconnect(); clearTimeout(timer); ok(); } });
    mo.observe(table, {childList: true, subtree: true, characterData: true});
    document.querySelector(selector).click();
  });
  await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  return performance.now() - t0;
};`;

async function send<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const answer = (await page.evaluate(([t, p]) => chrome.runtime.sendMessage({type: t, payload: p}), [type, payload] as const)) as {ok: boolean; value?: T; error?: {message: string}};
  if (!answer?.ok) throw new Error(`${type}: ${answer?.error?.message ?? 'no answer'}`);
  return answer.value as T;
}

/** Polled through the DevTools protocol: waitForFunction would eval, which the extension page's CSP refuses. */
async function painted(page: Page): Promise<number> {
  for (const until = Date.now() + 600_000; Date.now() < until; await new Promise((ok) => setTimeout(ok, 25))) {
    const ms = (await page.evaluate('window.__firstRowsPainted')) as number | undefined;
    if (ms !== undefined) return ms;
  }
  throw new Error('bench: the index page never painted its rows');
}

async function firstRender(open: () => Promise<Page>): Promise<number> {
  const page = await open();
  const ms = await painted(page);
  await page.close();
  return ms;
}

export async function run(): Promise<Record<string, number>> {
  const dist = benchDist();
  const [seedJs, engineJs] = await Promise.all([bundle('_accounts-seed-page.ts'), bundle('_accounts-browser-page.ts')]);
  const {launch} = await import('../tests/e2e/harness');
  const profile = mkdtempSync(join(tmpdir(), 'goalpost-bench-accounts-'));
  const browser = await launch({profile});
  const server = await serve(engineJs);
  const figures: Record<string, number> = {};
  try {
    // 1. The engine alone in Chromium: rollup update per new activity.
    const enginePage = await browser.context.newPage();
    await enginePage.goto(server.url);
    const inc = (await enginePage.evaluate(`window.benchIncremental(${JSON.stringify(SIZES)}, ${MEASURED})`)) as {loadMs: number; incrementalMs: number; rowsChecked: number};
    if (inc.rowsChecked < MEASURED * 0.5) throw new Error(`bench: only ${inc.rowsChecked} of ${MEASURED} updates reached an account row`);
    log(`in-page engine: loaded ${SIZES.activities} activities in ${Math.round(inc.loadMs)} ms; ${inc.incrementalMs.toFixed(4)} ms per new activity`);
    await enginePage.close();
    figures['accounts.incrementalMs'] = round(inc.incrementalMs, 4);

    // 2. Seed the extension's store and let the worker rebuild its projections from the log.
    const open = async () => {
      const page = await browser.context.newPage();
      await page.addInitScript(FIRST_PAINT);
      if (DETAIL) await page.addInitScript(ROUND_TRIPS);
      await page.goto(`chrome-extension://${browser.extensionId}/src/ui/accounts/index.html`);
      return page;
    };
    const seeder = await browser.extensionPage('src/ui/accounts/index.html');
    await send(seeder, 'accounts/query', {limit: 1}); // the worker opens (creates) the database
    await seeder.evaluate(seedJs);
    const seeded = (await seeder.evaluate(`window.seedGoalpost(${JSON.stringify(SIZES)})`)) as {events: number; ms: number};
    log(`seeded ${seeded.events} log events in ${Math.round(seeded.ms)} ms`);
    await browser.stopServiceWorker(seeder);
    const r0 = performance.now();
    const first = await send<{total: number}>(seeder, 'accounts/query', {limit: 1});
    figures['accounts.rebuildMs'] = Math.round(performance.now() - r0);
    if (first.total !== SIZES.targets) throw new Error(`bench: expected ${SIZES.targets} target accounts after the rebuild, the worker has ${first.total}`);
    log(`worker rebuilt its projections from the log in ${figures['accounts.rebuildMs']} ms`);

    // 3. First render, warm worker and cold worker.
    await firstRender(open); // warm-up: page code cached like a user's second visit
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push(await firstRender(open));
    log(`first render (warm worker): ${warm.map(Math.round).join(', ')} ms`);
    const cold: number[] = [];
    await browser.stopServiceWorker(seeder);
    cold.push(await firstRender(open));
    log(`first render (cold worker): ${cold.map(Math.round).join(', ')} ms`);
    figures['accounts.firstRenderMs'] = Math.round(median(warm));
    figures['accounts.firstRenderColdMs'] = Math.round(median(cold));

    // 4. Sort and filter changes to painted.
    const page = await open();
    await painted(page);
    await page.evaluate(CHANGE);
    let step = 0;
    const time = async (selector: string, pauseMs = 1000) => {
      step++;
      await new Promise((ok) => setTimeout(ok, pauseMs));
      try {
        const ms = (await page.evaluate(`window.__timeChange(${JSON.stringify(selector)})`)) as number;
        if (DETAIL) domChanged.push((await page.evaluate('window.__domChanged')) as number);
        return ms;
      } catch (error) {
        const state = await page.evaluate(`[...document.querySelectorAll('th[aria-sort]')].map((th) => th.textContent + ' ' + th.getAttribute('aria-sort')).join() + ' rows ' + document.querySelectorAll('tbody tr').length`);
        throw new Error(`bench step ${step} (${selector}): ${(error as Error).message}; table: ${String(state)}`);
      }
    };
    const domChanged: number[] = [];
    const trips = async (what: string) => {
      if (!DETAIL) return;
      const ms = (await page.evaluate('window.__roundTrips.splice(0)')) as number[];
      log(`${what}: 'accounts/query' round trips ${ms.map((x) => x.toFixed(1)).join(', ')} ms`);
      if (domChanged.length) log(`${what}: click → rows changed in the DOM ${domChanged.splice(0).map((x) => x.toFixed(1)).join(', ')} ms`);
    };
    await trips('first render');
    const sorts: number[] = [];
    const cdp = PROFILE ? await page.context().newCDPSession(page) : undefined;
    const traced: unknown[] = [];
    if (cdp) {
      cdp.on('Tracing.dataCollected', ({value}) => traced.push(...value));
      await cdp.send('Tracing.start', {traceConfig: {includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'toplevel', 'disabled-by-default-v8.cpu_profiler']}, transferMode: 'ReportEvents'});
    }
    /** Click each selector in turn (`pauseMs` after the last paint), logged as `what`; the times, in ms. */
    const series = async (what: string, selectors: string[], pauseMs?: number) => {
      const ms: number[] = [];
      for (const selector of selectors) ms.push(await time(selector, pauseMs));
      log(`${what}: ${ms.map((x) => x.toFixed(1)).join(', ')} ms`);
      return ms;
    };
    const SORTS = ['name', 'contacts', 'name', 'openDealValue', 'name', 'lastTouch', 'name', 'openDeals'].map((key) => `[data-sort="${key}"]`);
    sorts.push(...(await series('sort changes', SORTS)));
    const rapidSorts = await series('sort changes, clicked right after each paint', [...SORTS].reverse(), 0);
    await trips('sort changes');
    if (cdp) {
      const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
      await cdp.send('Tracing.end');
      await done;
      writeFileSync(`${PROFILE}.trace.json`, JSON.stringify({traceEvents: traced}));
      log(`trace of the sort changes: ${PROFILE}.trace.json`);
      await cdp.detach();
    }
    const CATEGORY_CLICKS = ['noOpenDeals', 'all', 'noDecisionMaker', 'all', 'blockers', 'all', 'noOpenDeals', 'all'].map((c) => `[data-category="${c}"]`);
    const filters = await series('filter changes', CATEGORY_CLICKS);
    const rapidFilters = await series('filter changes, clicked right after each paint', CATEGORY_CLICKS, 0);
    await trips('filter changes');
    figures['accounts.sortMs'] = round(median(sorts), 1);
    figures['accounts.sortRapidMs'] = round(median(rapidSorts), 1);
    figures['accounts.filterMs'] = round(median(filters), 1);
    figures['accounts.filterRapidMs'] = round(median(rapidFilters), 1);

    // 5. One new activity end to end through the worker (persistence included). A failure here (the
    // extension process has crashed writing the whole snapshot at full size) is reported as a figure,
    // not allowed to throw away the figures above.
    const ingest: number[] = [];
    try {
      await oneTask(page, ingest);
      log(`one task through the worker: ${ingest.map(Math.round).join(', ')} ms`);
      figures['accounts.ingestOneMs'] = Math.round(median(ingest));
    } catch (error) {
      log(`one task through the worker FAILED after ${ingest.length} of 3: ${(error as Error).message}`);
      figures['accounts.ingestOneFailed'] = 1;
    }
    await page.close().catch(() => undefined);
    await seeder.close().catch(() => undefined);
    return figures;
  } finally {
    await server.close();
    await browser.close();
    rmSync(profile, {recursive: true, force: true});
    dist.remove();
  }
}

async function oneTask(page: Page, ingest: number[]): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const companyId = `bench:co:${i}`;
    const due = Date.now() + (i + 1) * 3_600_000;
    const t0 = performance.now();
    await send(page, 'accounts/task-create', {companyId, title: `Bench task ${i}`, due});
    // "Company 00001" is also a prefix of "Company 00010".."00019": find the row by its id.
    const answer = await send<{rows: Array<{id: string; upcoming: number | null}>}>(page, 'accounts/query', {search: `Company ${String(i).padStart(5, '0')}`, limit: 20});
    ingest.push(performance.now() - t0);
    const upcoming = answer.rows.find((row) => row.id === companyId)?.upcoming;
    if (upcoming === null || upcoming === undefined || upcoming > due) throw new Error(`bench: the task on ${companyId} did not reach its row`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await run());
}
