/**
 * Hostile CRM pages (docs/security.md promises H1–H4 and M1): a demo-shaped company page whose every
 * field carries a payload (tests/fixtures/hostile/company.html), served on 127.0.0.1 at a demo route so
 * the demo adapter reads it. Nothing executes, the widgets render readable with long text clipped,
 * widget links are http(s) only, and the page's own scripts cannot reach the background.
 */
import {DEMO_MATCHES, OPTIONAL_HOSTS} from '../../manifest/manifest';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Page} from 'playwright-core';
import {axeViolations, DIST, launch, sendFromPage, type Browser} from './harness';
import {HOSTILE_PATH, startHostileServer} from '../fixtures/hostile/server';

let browser: Browser;
let hostile: Awaited<ReturnType<typeof startHostileServer>>;
let options: Page;
const SHOTS = '/tmp/shots-chaos';

beforeAll(async () => {
  hostile = await startHostileServer();
  browser = await launch();
  options = await browser.extensionPage('src/ui/options/index.html');
});
afterAll(async () => {
  await browser?.close();
  await hostile?.close();
});

const panel = (page: Page) => page.locator('[data-goalpost="company-panel"]');
const pwned = (page: Page) => page.evaluate(() => (window as unknown as {__gpPwned?: unknown}).__gpPwned);
const namespace = () => `demo:${new URL(hostile.url).host}`;

async function openHostile(page: Page) {
  await page.goto(`${hostile.url}${HOSTILE_PATH}`);
  await expect.poll(() => panel(page).locator('[data-testid="gp-contacts"] li').count(), {timeout: 20_000}).toBeGreaterThan(0);
}

describe('a hostile CRM page', () => {
  test('H1: no payload executes; the panel renders, stays readable and clips long text', async () => {
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openHostile(page);
    await expect.poll(() => panel(page).locator('[data-testid="gp-activities"] li').count()).toBeGreaterThan(0);
    // Let every widget (panel, badge, indicator) finish drawing, then look for the sentinel.
    await page.waitForLoadState('networkidle');
    expect(await pwned(page)).toBeUndefined();
    expect(dialogs).toEqual([]);
    // No markup from the page became elements inside our widgets.
    const injected = await page.locator('[data-goalpost] :is(script, img[src="x"], iframe, svg[onload], object, embed)').count();
    expect(injected).toBe(0);
    // Readable: the panel fits the sidebar and its text is clipped, not a megabyte.
    const box = await panel(page).boundingBox();
    const sidebar = await page.locator('[data-testid="record-sidebar"]').boundingBox();
    expect(box && sidebar && box.width <= sidebar.width + 1).toBe(true);
    expect(box!.height).toBeLessThan(3000);
    const text = await panel(page).evaluate((el) => (el.shadowRoot ?? el).textContent ?? '');
    expect(text.length).toBeLessThan(20_000);
    expect(text).toContain('<img src=x'); // shown as text, harmlessly
    // What was stored is clipped too (the protocol caps names at 500 characters).
    const summary = (await sendFromPage(options, 'company/summary', {recordId: `${namespace()}:company:co-666`})).value as {name: string; contacts: Array<{name: string}>; activities: Array<{title?: string}>};
    expect(summary.name.length).toBeLessThanOrEqual(500);
    for (const c of summary.contacts) expect(c.name.length).toBeLessThanOrEqual(500);
    for (const a of summary.activities) expect((a.title ?? '').length).toBeLessThanOrEqual(500);
    await page.screenshot({path: `${SHOTS}/hostile-page.png`, timeout: 90_000});
    expect(await pwned(page)).toBeUndefined();
    await page.close();
  }, 240_000);

  test('H2: every link in a Goalpost widget is http(s); none is javascript:, data: or another scheme', async () => {
    const page = await browser.context.newPage();
    await openHostile(page);
    await page.waitForLoadState('networkidle');
    const hrefs = await page.locator('[data-goalpost] a[href], [data-goalpost] [href], [data-goalpost] [xlink\\:href]').evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href || el.getAttribute('href') || ''));
    for (const href of hrefs) expect(new URL(href, 'http://x/').protocol).toMatch(/^https?:$/);
    // Forms and frames would be other ways out: none.
    expect(await page.locator('[data-goalpost] :is(form[action], iframe, frame, base, meta[http-equiv])').count()).toBe(0);
    await page.close();
  });

  test("M1: the page's own scripts cannot reach the background (postMessage, events, forged globals)", async () => {
    const page = await browser.context.newPage();
    await openHostile(page);
    const before = (await sendFromPage(options, 'store/status', {})).value;
    const forgedId = `${namespace()}:company:co-forged`;
    const reach = await page.evaluate(() => {
      const forged = {adapterId: 'demo', namespace: `demo:${location.host}`, record: {kind: 'company', id: 'co-forged', name: 'Forged', fields: {}, contacts: [], activities: []}};
      const message = {type: 'record/captured', payload: forged};
      window.postMessage(message, '*');
      window.postMessage({source: 'goalpost', ...message}, '*');
      window.postMessage(JSON.stringify(message), '*');
      for (const name of ['goalpost:message', 'goalpost:capture', 'message']) window.dispatchEvent(new CustomEvent(name, {detail: message}));
      document.dispatchEvent(new CustomEvent('goalpost:message', {detail: message}));
      const w = window as unknown as {chrome?: {runtime?: {sendMessage?: unknown; connect?: unknown}}; browser?: unknown};
      return {sendMessage: typeof w.chrome?.runtime?.sendMessage, connect: typeof w.chrome?.runtime?.connect, browser: typeof w.browser};
    });
    expect(reach).toEqual({sendMessage: 'undefined', connect: 'undefined', browser: 'undefined'});
    // Give a (wrongly) listening content script every chance to forward it, then check nothing arrived.
    await page.waitForTimeout(1500);
    expect((await sendFromPage(options, 'company/summary', {recordId: forgedId})).value).toBeNull();
    expect((await sendFromPage(options, 'store/status', {})).value).toEqual(before);
    expect(await pwned(page)).toBeUndefined();
    await page.close();
  });

  test('M1: the built manifest opens no door to web pages (no externally_connectable; only content-script chunks are web-accessible)', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {externally_connectable?: unknown; web_accessible_resources?: Array<{matches: string[]; resources: string[]}>};
    expect(manifest.externally_connectable).toBeUndefined();
    for (const entry of manifest.web_accessible_resources ?? []) {
      // The content script's chunks, and only to the hosts it may run on: the demo CRM and the CRMs a
      // user can grant (the loader is registered there at run time).
      expect(entry.matches).toEqual([...DEMO_MATCHES, ...OPTIONAL_HOSTS]);
      for (const resource of entry.resources) expect(resource).toMatch(/^assets\/[\w.-]+\.js$/);
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`H3: the panel on the hostile page passes axe-core and works by keyboard (${scheme})`, async () => {
      const page = await browser.context.newPage();
      await page.emulateMedia({colorScheme: scheme});
      await openHostile(page);
      expect(await axeViolations(page, '[data-goalpost="company-panel"]')).toEqual([]);
      await panel(page).screenshot({path: `${SHOTS}/hostile-panel-${scheme}.png`, timeout: 90_000});
      // Tab until focus lands inside the panel: it is reachable, and focusing never runs a payload.
      let inside = false;
      for (let i = 0; i < 40 && !inside; i++) {
        await page.keyboard.press('Tab');
        inside = await page.evaluate(() => document.activeElement?.closest('[data-goalpost="company-panel"]') !== null);
      }
      expect(inside).toBe(true);
      expect(await pwned(page)).toBeUndefined();
      await page.close();
    }, 240_000);
  }
});
