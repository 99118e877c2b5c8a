/**
 * The content script in real Chromium (tests/e2e/harness.ts launch(), the built extension):
 * - `content.injectMs`: from the moment the CRM renders the widget anchor (the Tiny CRM fixture
 *   inserts its sidebar from a timer and stamps window.__anchorAt) to the company panel's host being in
 *   the DOM (a main-world MutationObserver stamps it), median of 20 page loads.
 * - `content.longTasks`: long tasks (> 50 ms, PerformanceObserver 'longtask') while the content script
 *   runs over a 1,000-row contact list of the same fixture (row badges), from load until 3 s later.
 *   `content.badgeRows` says how many row badges were mounted in that time (rows whose contact has a
 *   lead get one; the fixture's contacts have none unless captured, so this is the list scan cost).
 * Needs a built extension (GOALPOST_DIST or dist/).
 */
import {startTinyCrm, tinyCrmDescription} from '../tests/fixtures/custom-crm/server';
import {launch, sendFromPage} from '../tests/e2e/harness';

const RUNS = 20;
const ANCHOR_DELAY_MS = 400;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function run(): Promise<Record<string, number>> {
  const crm = await startTinyCrm();
  const browser = await launch();
  try {
    const options = await browser.extensionPage('src/ui/options/index.html');
    const imported = await sendFromPage(options, 'settings/import', {json: JSON.stringify({format: 'goalpost-settings/1', customCrms: [tinyCrmDescription(crm.port)]})});
    if (!imported.ok || !(imported.value as {ok: boolean}).ok) throw new Error(`could not import the Tiny CRM description: ${JSON.stringify(imported)}`);

    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as {__hostAt?: number; __longTasks?: number};
      w.__longTasks = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.duration > 50) w.__longTasks = (w.__longTasks ?? 0) + 1;
      }).observe({type: 'longtask', buffered: true});
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-goalpost="company-panel"]')) {
          w.__hostAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, {childList: true, subtree: true});
    });

    const inject: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A new query each time: a hash-only change would be an in-page navigation, not a page load.
      await page.goto(`${crm.url}/?anchorDelay=${ANCHOR_DELAY_MS}&run=${i}#/companies/bench-${i}`);
      await page.waitForSelector('[data-goalpost="company-panel"]', {state: 'attached', timeout: 20_000});
      await page.waitForFunction(() => (window as unknown as {__hostAt?: number}).__hostAt !== undefined);
      inject.push(await page.evaluate(() => {
        const w = window as unknown as {__hostAt: number; __anchorAt: number};
        return w.__hostAt - w.__anchorAt;
      }));
    }

    await page.goto(`${crm.url}/?rows=1000#/contacts`);
    await page.waitForTimeout(3000);
    const {longTasks, badgeRows, rows} = await page.evaluate(() => ({
      longTasks: (window as unknown as {__longTasks: number}).__longTasks,
      badgeRows: document.querySelectorAll('tbody [data-goalpost="lead-stage-badge"]').length,
      rows: document.querySelectorAll('tbody tr').length,
    }));
    if (rows !== 1000) throw new Error(`expected 1000 rows, found ${rows}`);
    return {'content.injectMs': Number(median(inject).toFixed(1)), 'content.longTasks': longTasks, 'content.badgeRows': badgeRows};
  } finally {
    await browser.close();
    await crm.close();
  }
}
