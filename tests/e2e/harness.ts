/**
 * Real-browser harness: the built extension (dist/) loaded into Debian's Chromium with a persistent
 * profile, the demo CRM served on 127.0.0.1, and helpers the suites share.
 */
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {chromium, type BrowserContext, type Page, type Worker} from 'playwright-core';
import {startDemoServer} from '../../demo/server';

export const DIST = process.env.GOALPOST_DIST ?? resolve(import.meta.dirname, '../../dist');
export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  profile: string;
  demoUrl: string;
  worker(): Promise<Worker>;
  extensionPage(path: string): Promise<Page>;
  stopServiceWorker(page: Page): Promise<void>;
  close(): Promise<void>;
}

export function chromeArgs(dist = DIST): string[] {
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--lang=en-US',
  ];
}

export async function launch(options: {profile?: string; colorScheme?: 'light' | 'dark'} = {}): Promise<Browser> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'goalpost-e2e-'));
  const demo = await startDemoServer({port: 0});
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless: true,
    args: chromeArgs(),
    colorScheme: options.colorScheme ?? 'light',
    viewport: {width: 1360, height: 900},
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', {timeout: 30_000}));
  const extensionId = new URL((await worker()).url()).host;
  return {
    context,
    extensionId,
    profile,
    demoUrl: demo.url.replace(/\/$/, ''),
    worker,
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async stopServiceWorker(page) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    async close() {
      await context.close();
      await demo.close();
      if (!options.profile) rmSync(profile, {recursive: true, force: true});
    },
  };
}

/** Sends a protocol message from an extension page, as the popup or options page would. */
export async function sendFromPage(page: Page, type: string, payload: unknown): Promise<{ok: boolean; value?: unknown; error?: {code: string; message: string; path?: string}}> {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({type: t, payload: p}), [type, payload] as const);
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core over the page (open shadow roots included); returns the violations, summarized. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // Evaluated through the DevTools protocol: extension pages' CSP (rightly) refuses inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as {axe: {run: (ctx: unknown, opts: unknown) => Promise<{violations: Array<{id: string; impact: string; nodes: Array<{target: unknown}>}>}>}}).axe;
    const result = await axe.run(sel ? {include: [[sel]]} : document, {resultTypes: ['violations']});
    return result.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, include ?? null);
}
