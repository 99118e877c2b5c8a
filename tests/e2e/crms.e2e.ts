/**
 * Real CRMs in the product, end to end: a CRM the extension has never seen ("Tiny CRM", served on its
 * own port) described by the user, imported through "Import settings", read by the content script;
 * the fail-soft notice and health entry when its layout moves; the options "CRMs" section (axe in
 * light and dark, keyboard); kill switches; "Test on a tab"; description validation errors.
 */
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Page} from 'playwright-core';
import {startTinyCrm, tinyCrmDescription, type TinyCrmServer} from '../fixtures/custom-crm/server';
import {axeViolations, launch, sendFromPage, type Browser} from './harness';

const SHOTS = '/tmp/shots-crms';
let browser: Browser;
let crm: TinyCrmServer;
let options: Page;

const panel = (page: Page) => page.locator('[data-goalpost="company-panel"]');
const crmsSection = (page: Page) => page.locator('section#crms');

async function openOptions(): Promise<Page> {
  const page = await browser.extensionPage('src/ui/options/index.html#crms');
  await crmsSection(page).locator('[data-testid="crm-row"]').first().waitFor({timeout: 15_000});
  return page;
}

async function status() {
  return (await sendFromPage(options, 'store/status', {})).value as {companies: number};
}

beforeAll(async () => {
  mkdirSync(SHOTS, {recursive: true});
  crm = await startTinyCrm();
  browser = await launch();
  options = await openOptions();
  // The user imports a settings file holding the custom CRM description ("Import settings", data section).
  const file = join(mkdtempSync(join(tmpdir(), 'goalpost-crms-')), 'tiny-crm-settings.json');
  writeFileSync(file, JSON.stringify({format: 'goalpost-settings/1', customCrms: [tinyCrmDescription(crm.port)]}));
  await options.locator('section#data input[type="file"][aria-label="Import settings"]').setInputFiles(file);
  await options.getByText('Settings imported from tiny-crm-settings.json.').waitFor({timeout: 10_000});
});
afterAll(async () => {
  await browser?.close();
  await crm?.close();
});

describe('custom CRMs', () => {
  test('IDEA-1 a CRM described by the user gets the company panel on its own (hash-routed) pages', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${crm.url}/#/companies/42`);
    await expect.poll(() => panel(page).count(), {timeout: 15_000}).toBe(1);
    // The panel sits where the description says: first in the sidebar.
    expect(await page.locator('aside.sidebar > :first-child').getAttribute('data-goalpost')).toBe('company-panel');
    await expect.poll(async () => (await status()).companies, {timeout: 10_000}).toBeGreaterThanOrEqual(1);
    // In-app navigation to another record of the same CRM redraws the panel there.
    await page.evaluate(() => (location.hash = '#/companies/77'));
    await expect.poll(() => page.locator('aside.sidebar [data-goalpost="company-panel"]').count()).toBe(1);
    await page.screenshot({path: `${SHOTS}/tinycrm-company.png`});
    expect(errors).toEqual([]);
    await page.close();
  });

  test('TA-31 a moved anchor gives the fail-soft notice and a health entry, not an error', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${crm.url}/?layout=moved#/companies/43`);
    await expect.poll(() => page.locator('[data-goalpost="notice"]').count(), {timeout: 20_000}).toBe(1);
    expect(await panel(page).count()).toBe(0);
    expect(errors).toEqual([]);
    const health = await browser.extensionPage('src/ui/options/index.html');
    const row = health.locator('[data-testid="health-table"] tr', {hasText: 'custom:tinycrm'}).filter({hasText: 'panel'});
    await expect.poll(() => row.count(), {timeout: 10_000}).toBeGreaterThan(0);
    expect(await row.first().textContent()).toContain('company');
    await health.close();
    await page.close();
  });

  test('IDEA-1 the CRMs section lists the custom CRM with its access, and "Test on a tab" counts its selectors', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(`${crm.url}/#/companies/42`);
    await expect.poll(() => panel(tab).count(), {timeout: 15_000}).toBe(1);
    const page = await openOptions();
    const row = crmsSection(page).locator('[data-crm="custom:tinycrm"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Access granted');
    await row.getByRole('button', {name: 'Test on a tab'}).click();
    await row.getByRole('button', {name: 'Test selectors'}).click();
    const results = row.locator('[data-testid="crm-test-results"]');
    await expect.poll(() => results.count(), {timeout: 10_000}).toBe(1);
    expect(await row.getByRole('status').textContent()).toContain('record:company');
    const anchor = results.locator('tr', {hasText: 'records.company.anchor'});
    expect(await anchor.locator('td').nth(2).textContent()).toBe('1');
    await row.screenshot({path: `${SHOTS}/options-test-on-tab.png`});
    await page.close();
    await tab.close();
  });

  test('IDEA-1 a description with mistakes is refused with the paths of its errors', async () => {
    const page = await openOptions();
    const bad = {...tinyCrmDescription(crm.port), id: 'broken', records: {company: {urlPattern: '/#/companies', anchor: 'aside', fields: {name: 'h1', colour: '.x'}}}};
    await page.getByLabel('Custom CRM description (JSON)').fill(JSON.stringify(bad));
    await page.getByRole('button', {name: 'Save CRM'}).click();
    const alert = crmsSection(page).getByRole('alert');
    await expect.poll(async () => (await alert.textContent()) ?? '').toContain('records.company.urlPattern');
    expect(await alert.textContent()).toContain('records.company.fields.colour');
    await page.getByLabel('Custom CRM description (JSON)').fill('{"id": ');
    await page.getByRole('button', {name: 'Save CRM'}).click();
    await expect.poll(async () => (await alert.textContent()) ?? '').toContain('not valid JSON');
    // The background validates too: a bad description sent directly is refused.
    const direct = await sendFromPage(page, 'crms/save', {description: bad});
    expect((direct.value as {ok: boolean}).ok).toBe(false);
    await page.close();
  });

  test('IDEA-1 a description saved from the CRMs section is stored and listed', async () => {
    const page = await openOptions();
    const second = {...tinyCrmDescription(crm.port), id: 'tinycrm-two', name: 'Tiny CRM Two', match: `http://127.0.0.1:${crm.port}/two/*`};
    await page.getByLabel('Custom CRM description (JSON)').fill(JSON.stringify(second));
    await page.getByRole('button', {name: 'Save CRM'}).click();
    await expect.poll(() => crmsSection(page).locator('[data-crm="custom:tinycrm-two"]').count()).toBe(1);
    expect(await crmsSection(page).getByRole('status').first().textContent()).toContain('Tiny CRM Two');
    // Edit: the stored description comes back into the editor; saving replaces it.
    await crmsSection(page).locator('[data-crm="custom:tinycrm-two"]').getByRole('button', {name: 'Edit'}).click();
    const editor = page.getByLabel('Custom CRM description (JSON)');
    expect(JSON.parse(await editor.inputValue()).name).toBe('Tiny CRM Two');
    await editor.fill(JSON.stringify({...second, name: 'Tiny CRM Renamed'}));
    await page.getByRole('button', {name: 'Save CRM'}).click();
    await expect.poll(async () => (await crmsSection(page).locator('[data-crm="custom:tinycrm-two"]').textContent()) ?? '').toContain('Tiny CRM Renamed');
    expect(await crmsSection(page).locator('[data-testid="crm-row"][data-crm^="custom:"]').count()).toBe(2);
    page.once('dialog', (d) => void d.accept());
    await crmsSection(page).locator('[data-crm="custom:tinycrm-two"]').getByRole('button', {name: 'Remove'}).click();
    await expect.poll(() => crmsSection(page).locator('[data-crm="custom:tinycrm-two"]').count()).toBe(0);
    await page.close();
  });
});

describe('kill switches', () => {
  test('a feature switched off (by keyboard) no longer runs; the rest still does', async () => {
    const page = await openOptions();
    const box = crmsSection(page).locator('input[data-feature="company-panel"]');
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(false);
    const before = (await status()).companies;
    const tab = await browser.context.newPage();
    await tab.goto(`${crm.url}/#/companies/501`);
    // Activity capture still runs (the company is stored); the panel does not appear.
    await expect.poll(async () => (await status()).companies, {timeout: 15_000}).toBe(before + 1);
    expect(await panel(tab).count()).toBe(0);
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(true);
    await tab.reload();
    await expect.poll(() => panel(tab).count(), {timeout: 15_000}).toBe(1);
    await tab.close();
    await page.close();
  });

  test('a CRM switched off runs nothing on its pages', async () => {
    const page = await openOptions();
    const toggle = crmsSection(page).getByRole('checkbox', {name: 'Goalpost on Tiny CRM'});
    await toggle.uncheck();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    const before = (await status()).companies;
    const tab = await browser.context.newPage();
    await tab.goto(`${crm.url}/#/companies/601`);
    // The demo CRM still runs on its own pages in the same browser (a positive signal the content script ran).
    const demo = await browser.context.newPage();
    await demo.goto(`${browser.demoUrl}/companies/co-001`);
    await expect.poll(() => panel(demo).count(), {timeout: 15_000}).toBe(1);
    expect(await panel(tab).count()).toBe(0);
    expect((await status()).companies).toBeLessThanOrEqual(before + 1);
    await toggle.check();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await demo.close();
    await tab.close();
    await page.close();
  });
});

describe('the CRMs section', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`passes axe-core (${scheme})`, async () => {
      const page = await openOptions();
      await page.emulateMedia({colorScheme: scheme});
      await crmsSection(page).locator('[data-crm="custom:tinycrm"]').getByRole('button', {name: 'Test on a tab'}).click();
      expect(await axeViolations(page, 'section#crms')).toEqual([]);
      await crmsSection(page).screenshot({path: `${SHOTS}/crms-${scheme}.png`});
      await page.close();
    });
  }

  test('built-in CRMs each offer "Grant access" and show their status', async () => {
    const page = await openOptions();
    for (const id of ['hubspot', 'salesforce', 'pipedrive']) {
      const row = crmsSection(page).locator(`[data-crm="${id}"]`);
      expect(await row.textContent()).toContain('No access');
      expect(await row.getByRole('button', {name: 'Grant access'}).count()).toBe(1);
    }
    expect(await crmsSection(page).locator('[data-crm="demo"]').textContent()).toContain('Runs on this computer');
    await page.close();
  });
});
