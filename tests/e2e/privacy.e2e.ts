/**
 * Privacy (docs/security.md promise P4): a typical session — demo CRM pages with the widgets, a logged
 * call, the popup and the options page in light and dark — with every request of the browser context
 * intercepted. Nothing may leave for an origin other than the local demo (127.0.0.1 / localhost) and the
 * extension itself: no analytics, fonts, CDNs or update pings.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {axeViolations, launch, type Browser} from './harness';

let browser: Browser;
const requests: string[] = [];
const foreign: string[] = [];

function allowed(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'chrome-extension:' || u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
    return (u.protocol === 'http:' || u.protocol === 'https:') && (u.hostname === '127.0.0.1' || u.hostname === 'localhost');
  } catch {
    return false;
  }
}

beforeAll(async () => {
  browser = await launch();
  await browser.context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (allowed(url)) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  // The service worker's own fetches (webhooks and the like) are seen here too.
  browser.context.on('request', (request) => {
    if (!allowed(request.url())) foreign.push(request.url());
  });
});
afterAll(async () => browser?.close());

describe('a typical session sends nothing anywhere but the local CRM and the extension (P4)', () => {
  test('P4: demo pages, a logged call, popup and options: no request leaves for another origin', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.demoUrl}/companies?reset=1`);
    for (const path of ['/companies/co-001', '/companies/co-002', '/contacts', '/contacts/ct-0003', '/leads', '/deals']) {
      await page.goto(`${browser.demoUrl}${path}`);
      await page.waitForLoadState('networkidle');
    }
    await page.goto(`${browser.demoUrl}/companies/co-001`);
    await expect.poll(() => page.locator('[data-goalpost="company-panel"] [data-testid="gp-contacts"] li').count(), {timeout: 20_000}).toBeGreaterThan(0);
    await page.getByRole('button', {name: 'Log call'}).click();
    const form = page.locator('[data-testid="log-call-form"]');
    await form.getByLabel('Call outcome').selectOption({index: 1});
    await form.getByLabel('Call notes').fill('privacy check');
    await form.getByRole('button', {name: 'Save call'}).click();
    await page.waitForLoadState('networkidle');
    for (const scheme of ['light', 'dark'] as const) {
      for (const path of ['src/ui/popup/index.html', 'src/ui/options/index.html']) {
        const ui = await browser.extensionPage(path);
        await ui.emulateMedia({colorScheme: scheme});
        await ui.waitForLoadState('networkidle');
        expect(await axeViolations(ui), `${path} ${scheme}`).toEqual([]);
        // Keyboard: tabbing through the page moves focus and never navigates away.
        for (let i = 0; i < 8; i++) await ui.keyboard.press('Tab');
        expect(ui.url()).toContain(path);
        await ui.close();
      }
    }
    await page.close();
    expect(requests.some((u) => u.startsWith(browser.demoUrl))).toBe(true);
    expect(foreign).toEqual([]);
  }, 300_000);
});
