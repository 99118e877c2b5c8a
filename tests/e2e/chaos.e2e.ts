/**
 * Faults in a real browser (docs/security.md promises C1–C3): the service worker stopped at random
 * moments while the demo CRM's activity is captured, two tabs capturing one record at once, and the
 * browser killed in the middle of a backup restore. bench/chaos.ts runs the long version of C1.
 */
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {launch, sendFromPage, type Browser} from './harness';
import {chaos, storedActivityEvents, syntheticFor, visitCompany} from '../../bench/chaos';

const C1_EVENTS = 1000;

describe('the service worker stopped at random moments (C1)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
    const page = await browser.context.newPage();
    await page.goto(`${browser.demoUrl}/companies?reset=1`);
    await page.close();
  });
  afterAll(async () => browser?.close());

  test('C1: ≥ 1,000 captured activities (big synthetic timelines, batched) with ≥ 10 worker stops: none lost, none doubled', async () => {
    const result = await chaos(browser, {seconds: 0, minEvents: C1_EVENTS, minStops: 10, logCalls: 1, stopEveryMs: [200, 1200]});
    console.info(`C1: ${result.events} activities, ${result.stops} worker stops, ${result.eventsLost} lost, ${result.duplicates} duplicates`);
    expect(result.events).toBeGreaterThanOrEqual(1000);
    expect(result.stops).toBeGreaterThanOrEqual(10);
    expect(result.lost).toEqual([]);
    expect(result.eventsLost).toBe(0);
    expect(result.duplicates).toBe(0);
  }, 900_000);

  test('C2: two tabs capturing the same record at once make one record and no duplicate events', async () => {
    const options = await browser.extensionPage('src/ui/options/index.html');
    const [a, b] = [await browser.context.newPage(), await browser.context.newPage()];
    const before = await storedActivityEvents(options);
    // Both tabs load and capture co-030 (with the synthetic timeline C1 captured) at the same time; then
    // a call is logged in one while the other reloads.
    const syn = syntheticFor(C1_EVENTS);
    const [shownA, shownB] = await Promise.all([visitCompany(a, browser.demoUrl, 'co-030', 0, syn), visitCompany(b, browser.demoUrl, 'co-030', 0, syn)]);
    expect(shownA.sort()).toEqual(shownB.sort());
    const [afterA] = await Promise.all([visitCompany(a, browser.demoUrl, 'co-030', 1, syn), b.reload()]);
    await visitCompany(b, browser.demoUrl, 'co-030', 0, syn);
    const stored = await storedActivityEvents(options);
    const ns = `demo:${new URL(browser.demoUrl).host}`;
    const forCompany = stored.filter((e) => afterA.some((id) => e.id === `${ns}:activity:${id}`));
    expect(forCompany).toHaveLength(afterA.length);
    expect(new Set(stored.map((e) => e.sourceId)).size).toBe(stored.length);
    expect(stored.length - before.length).toBeLessThanOrEqual(afterA.length);
    const summary = (await sendFromPage(options, 'company/summary', {recordId: `${ns}:company:co-030`})).value as {activityCount: number};
    expect(summary.activityCount).toBe(afterA.length);
    for (const p of [a, b, options]) await p.close();
  }, 300_000);
});

describe('the browser killed in the middle of a restore (C3)', () => {
  const profile = mkdtempSync(join(tmpdir(), 'goalpost-chaos-restore-'));
  afterAll(() => rmSync(profile, {recursive: true, force: true}));

  /** The Chromium this test launched on its own profile directory: its pid, found by that directory. */
  function browserPid(): number | undefined {
    const out = execFileSync('ps', ['-eo', 'pid=,args='], {encoding: 'utf8'});
    const line = out.split('\n').find((l) => l.includes(`--user-data-dir=${profile}`) && !l.includes('--type='));
    return line ? Number(line.trim().split(/\s+/)[0]) : undefined;
  }

  test('C3: after a relaunch on the same profile the data is wholly the old or wholly the new', async () => {
    let browser = await launch({profile});
    let options = await browser.extensionPage('src/ui/options/index.html');
    const page = await browser.context.newPage();
    await page.goto(`${browser.demoUrl}/companies?reset=1`);
    for (const id of ['co-001', 'co-002', 'co-003']) await visitCompany(page, browser.demoUrl, id);
    const old = (await storedActivityEvents(options)).map((e) => e.id).sort();
    expect(old.length).toBeGreaterThan(0);
    // The new data: a large backup (so the restore transaction takes a while), none of it old.
    const started = await options.evaluate(async () => {
      const answer = (await chrome.runtime.sendMessage({type: 'backup/export', payload: {}})) as {value: {json: string}};
      const doc = JSON.parse(answer.value.json) as {records: unknown[]; events: Array<Record<string, unknown>>; trail: unknown[]};
      const events = Array.from({length: 40_000}, (_, i) => ({id: `demo:restored:activity:r-${i}`, at: i, recordedAt: i, type: 'noteLogged', subject: 'demo:restored:company:r', body: {sourceId: `r-${i}`, text: 'x'.repeat(100)}}));
      const json = JSON.stringify({...doc, records: [], events, trail: []});
      void chrome.runtime.sendMessage({type: 'backup/restore', payload: {json}});
      return json.length;
    });
    expect(started).toBeGreaterThan(1_000_000);
    // Kill the browser outright while the restore runs (no clean shutdown).
    await new Promise((r) => setTimeout(r, 300 + Math.random() * 1500));
    const pid = browserPid();
    expect(pid).toBeDefined();
    process.kill(pid!, 'SIGKILL');
    await browser.close().catch(() => undefined);

    browser = await launch({profile});
    options = await browser.extensionPage('src/ui/options/index.html');
    const after = (await storedActivityEvents(options)).map((e) => e.id).sort();
    const isOld = JSON.stringify(after) === JSON.stringify(old);
    const isNew = after.length === 40_000 && after.every((id) => id.startsWith('demo:restored:activity:'));
    expect({isOld, isNew, count: after.length}).toMatchObject({count: isOld ? old.length : 40_000});
    expect(isOld || isNew).toBe(true);
    console.info(`C3: after the kill the data was wholly the ${isOld ? 'old' : 'new'} (${after.length} activity events)`);
    // And the profile still works: a capture goes in.
    const again = await browser.context.newPage();
    await visitCompany(again, browser.demoUrl, 'co-004');
    expect((await sendFromPage(options, 'store/status', {})).ok).toBe(true);
    await browser.close();
  }, 600_000);
});
