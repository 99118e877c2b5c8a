/**
 * Chaos under a real browser (docs/security.md promises C1, C2): the built extension in Chromium on the
 * demo CRM, activity captured through the real content-script → background path while the service
 * worker is stopped (CDP ServiceWorker.stopAllWorkers) at random moments. Captures come from visiting
 * demo company pages (each shows its timeline) and logging calls through the demo's own form. At the
 * end the stored log ('backup/export') is compared with what the pages showed.
 *
 * `run()` reports chaos.events / chaos.stops / chaos.eventsLost / chaos.duplicates, plus fuzz.cases
 * (from tests/fuzz-regressions/runs.ts) and security.payloadsExecuted (the hostile page, loaded once).
 * At least 10,000 distinct activities (synthetic demo timelines) and 100 worker stops; CHAOS_SECONDS
 * (default 0) keeps the loop going longer. tests/e2e/chaos.e2e.ts runs a small version.
 */
import type {Page} from 'playwright-core';
import {launch, sendFromPage, type Browser} from '../tests/e2e/harness';
import {FUZZ_RUNS, FUZZ_TARGETS} from '../tests/fuzz-regressions/runs';
import {protocol} from '../src/shared/protocol';
import {HOSTILE_PATH, startHostileServer} from '../tests/fixtures/hostile/server';

export interface ChaosResult {
  /** Distinct activities the pages showed (each must be stored exactly once). */
  events: number;
  stops: number;
  eventsLost: number;
  duplicates: number;
  lost: string[];
}

const COMPANIES = Array.from({length: 30}, (_, i) => `co-${String(i + 1).padStart(3, '0')}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Stops the worker at random moments (every 0.2–2 s) until `stop()` is called. */
export function stopWorkerAtRandom(browser: Browser, page: () => Page, minMs = 200, maxMs = 2000) {
  let stops = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      await sleep(minMs + Math.random() * (maxMs - minMs));
      if (!running) break;
      try {
        await browser.stopServiceWorker(page());
        stops++;
      } catch {
        // the page navigated under us: try again next round
      }
    }
  })();
  return {
    get stops() {
      return stops;
    },
    async stop() {
      running = false;
      await loop;
      return stops;
    },
  };
}

/** Visit a company page and note the activity ids its timeline shows (optionally log calls first). */
export async function visitCompany(page: Page, demoUrl: string, id: string, logCalls = 0, synthetic = 0): Promise<string[]> {
  await page.goto(`${demoUrl}/companies/${id}${synthetic ? `?synthetic=${synthetic}` : ''}`);
  await page.locator('[data-testid="record-page"]').waitFor({timeout: 30_000});
  for (let i = 0; i < logCalls; i++) {
    await page.getByRole('button', {name: 'Log call'}).click();
    const form = page.locator('[data-testid="log-call-form"]');
    await form.getByLabel('Call outcome').selectOption({index: 1 + (i % 3)});
    await form.getByLabel('Call notes').fill(`chaos ${id} ${i}`);
    await form.getByRole('button', {name: 'Save call'}).click();
    await form.waitFor({state: 'detached', timeout: 10_000}).catch(() => undefined);
  }
  // Stay until the panel says every shown activity is stored (the content script retries a capture
  // whose worker was stopped under it); then what the page showed is what must be in the log.
  const shown = await page.locator('[data-testid="timeline-item"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-activity-id') ?? '').filter(Boolean));
  const counts = page.locator('[data-goalpost="company-panel"] .counts');
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && !((await counts.textContent().catch(() => '')) ?? '').includes(`${shown.length} activities`)) await sleep(100);
  if (Date.now() >= deadline) console.warn(`chaos: ${id} still shows "${await counts.textContent().catch(() => '(no panel)')}" of ${shown.length} activities after 120 s`);
  return shown;
}

/** Every stored activity event, from the backup export of an extension page. */
export async function storedActivityEvents(options: Page): Promise<Array<{id: string; sourceId: string}>> {
  const answer = await sendFromPage(options, 'backup/export', {});
  if (!answer.ok) throw new Error(`backup/export failed: ${answer.error?.message}`);
  const doc = JSON.parse((answer.value as {json: string}).json) as {events: Array<{id: string; body: {sourceId?: string} | null}>};
  return doc.events.filter((e) => e.id.includes(':activity:')).map((e) => ({id: e.id, sourceId: e.body?.sourceId ?? e.id}));
}

/** Wait until the store stops changing (in-flight retries settle), then compare with what was shown. */
export async function reconcile(options: Page, namespace: string, shown: Set<string>, stops: number): Promise<ChaosResult> {
  let last = -1;
  for (let i = 0; i < 60; i++) {
    const status = (await sendFromPage(options, 'store/status', {})).value as {events: number};
    if (status.events === last) break;
    last = status.events;
    await sleep(1000);
  }
  const stored = await storedActivityEvents(options);
  const ids = new Set(stored.map((e) => e.id));
  const bySource = new Map<string, number>();
  for (const e of stored) bySource.set(e.sourceId, (bySource.get(e.sourceId) ?? 0) + 1);
  const lost = [...shown].filter((a) => !ids.has(`${namespace}:activity:${a}`));
  const duplicates = [...bySource.values()].reduce((n, c) => n + c - 1, 0) + (stored.length - ids.size);
  return {events: shown.size, stops, eventsLost: lost.length, duplicates, lost: lost.slice(0, 20)};
}

/** The synthetic timeline per company (the demo's `?synthetic=N`) a run for `minEvents` uses. */
export const syntheticFor = (minEvents: number) => (minEvents > 300 ? Math.ceil(minEvents / COMPANIES.length) : 0);

/**
 * The chaos run: visit companies in random order, log calls, stop the worker at random moments. With
 * `minEvents` above what the seed shows, each company page carries a synthetic timeline big enough
 * (the demo's `?synthetic=N`, docs/demo-dom.md) that one pass over the companies shows `minEvents`.
 */
export async function chaos(browser: Browser, {seconds, minEvents = 0, minStops = 0, logCalls = 1, stopEveryMs = [200, 2000]}: {seconds: number; minEvents?: number; minStops?: number; logCalls?: number; stopEveryMs?: [number, number]}): Promise<ChaosResult> {
  const options = await browser.extensionPage('src/ui/options/index.html');
  const page = await browser.context.newPage();
  const namespace = `demo:${new URL(browser.demoUrl).host}`;
  const shown = new Set<string>();
  const synthetic = syntheticFor(minEvents);
  const order = [...COMPANIES].sort(() => Math.random() - 0.5);
  const stopper = stopWorkerAtRandom(browser, () => page, ...stopEveryMs);
  const until = Date.now() + seconds * 1000;
  let round = 0;
  while (Date.now() < until || shown.size < minEvents || stopper.stops < minStops) {
    // First every company once (in random order), then random revisits that also log calls.
    const first = round < COMPANIES.length;
    const id = first ? order[round] : COMPANIES[Math.floor(Math.random() * COMPANIES.length)];
    round++;
    for (const a of await visitCompany(page, browser.demoUrl, id, first ? 0 : logCalls, synthetic)) shown.add(a);
    if (Date.now() > until + 20 * 60_000) break; // a hard cap, whatever the minimums
  }
  const stops = await stopper.stop();
  const result = await reconcile(options, namespace, shown, stops);
  await page.close();
  await options.close();
  return result;
}

/** Loads the hostile page once and reports whether any payload ran (the sentinel global). */
export async function payloadsExecuted(browser: Browser): Promise<number> {
  const server = await startHostileServer();
  const page = await browser.context.newPage();
  let executed = 0;
  page.on('dialog', (d) => {
    executed++;
    void d.dismiss();
  });
  await page.goto(`${server.url}${HOSTILE_PATH}`);
  await page.locator('[data-goalpost="company-panel"] [data-testid="gp-contacts"] li').first().waitFor({timeout: 60_000});
  await page.waitForLoadState('networkidle');
  executed += await page.evaluate(() => Number((window as unknown as {__gpPwned?: unknown}).__gpPwned ?? 0));
  await page.close();
  await server.close();
  return executed;
}

/** Generated inputs per fuzz run of `npx vitest run tests/unit/fuzz-*` (one target per message). */
export const fuzzCases = () => FUZZ_RUNS * (Object.keys(protocol).length + FUZZ_TARGETS['fuzz-protocol.test.ts'].length - 1 + FUZZ_TARGETS['fuzz-parsers.test.ts'].length);

export async function run(): Promise<Record<string, number>> {
  const browser = await launch();
  try {
    const reset = await browser.context.newPage();
    await reset.goto(`${browser.demoUrl}/companies?reset=1`);
    await reset.close();
    // Stops 1–4 s apart (random): the worker gets to run between stops even on a loaded 2-core machine.
    const result = await chaos(browser, {seconds: Number(process.env.CHAOS_SECONDS ?? 0), minEvents: 10_000, minStops: 100, logCalls: 2, stopEveryMs: [1000, 4000]});
    if (result.lost.length) console.error('chaos: lost', result.lost);
    return {
      'chaos.events': result.events,
      'chaos.stops': result.stops,
      'chaos.eventsLost': result.eventsLost,
      'chaos.duplicates': result.duplicates,
      'fuzz.cases': fuzzCases(),
      'security.payloadsExecuted': await payloadsExecuted(browser),
    };
  } finally {
    await browser.close();
  }
}
