/**
 * Ad goals end to end (SPEC §3): a Google Ads export imported on the goals page (preview, one commit,
 * re-import changes nothing), the goal wizard with inline AG-11 errors, details, AG-24 edit, AG-25
 * delete with its dialog, and the popup's status and progress. axe in light and dark; keyboard use.
 */
import {mkdirSync} from 'node:fs';
import {resolve} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Page} from 'playwright-core';
import {axeViolations, launch, type Browser} from './harness';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/imports');
const SHOTS = '/tmp/shots-ag';
const GOALS = 'src/ui/goals/index.html';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, {recursive: true});
  browser = await launch();
  page = await browser.extensionPage(GOALS);
});
afterAll(async () => browser?.close());

const fileInput = () => page.getByTestId('ag-import-file');
const wizard = () => page.getByTestId('ag-wizard');
const next = () => wizard().getByRole('button', {name: 'Next'}).click();

async function chooseImport(name: string) {
  await fileInput().setInputFiles(resolve(FIXTURES, name));
  await expect.poll(() => page.getByTestId('ag-import-preview').count()).toBe(1);
}

/** Walks the wizard for a goal on the imported Google Ads campaigns, from the template step to notifications. */
async function fillWizard(template: string, name: string, stage?: string) {
  await page.getByRole('button', {name: 'Create goal'}).click();
  await wizard().getByRole('radio', {name: new RegExp(template)}).check();
  await next();
  await wizard().getByLabel('Goal name').fill(name);
  if (stage) await wizard().getByLabel('Lifecycle stage').selectOption({label: stage});
  await next();
  await wizard().getByRole('checkbox', {name: 'Acme Europe'}).check();
  await wizard().getByRole('checkbox', {name: /Search - Brand/}).check();
  await wizard().getByRole('checkbox', {name: /Search - Generic/}).check();
  await next();
  await next(); // duration: the pre-filled monthly span around today
  await wizard().getByRole('checkbox', {name: 'Select all campaigns'}).check();
  await wizard().getByLabel('Target value').fill('10');
  await wizard().getByRole('button', {name: /Apply target to 2 selected rows/}).click();
  await next();
}

describe('ad data import on the goals page', () => {
  test('a file with errors lists them by file, line and column and cannot be committed', async () => {
    await chooseImport('google-ads-broken.csv');
    const errors = page.getByRole('table', {name: 'Errors in google-ads-broken.csv'});
    await expect.poll(() => errors.locator('tbody tr').count()).toBeGreaterThan(0);
    const first = await errors.locator('tbody tr').first().locator('td').allTextContents();
    expect(first.slice(0, 3)).toEqual(['google-ads-broken.csv', '6', 'Cost']);
    expect(await page.getByRole('button', {name: /^Import \d+ rows$/}).isDisabled()).toBe(true);
    await page.getByTestId('ag-import-preview').getByRole('button', {name: 'Cancel'}).click();
  });

  test('a Google Ads export previews spend by campaign and month, commits in one go, and re-importing changes nothing', async () => {
    await chooseImport('google-ads-campaigns.csv');
    const summary = page.getByRole('table', {name: /Spend and conversions by campaign and month/});
    await expect.poll(() => summary.locator('tbody tr').count()).toBe(4);
    await page.screenshot({path: `${SHOTS}/import-preview.png`, fullPage: true});
    await page.getByRole('button', {name: /^Import \d+ rows$/}).click();
    await expect.poll(() => page.getByRole('status').filter({hasText: /Imported \d+ rows/}).count()).toBe(1);
    await chooseImport('google-ads-campaigns.csv');
    await page.getByRole('button', {name: /^Import \d+ rows$/}).click();
    await expect.poll(() => page.getByText('This data was already imported; nothing changed.').count()).toBe(1);
  });
});

describe('goal wizard', () => {
  test('AG-11 shows what is missing beside each field, then AG-13 targets and AG-14 notifications save a goal', async () => {
    await page.getByRole('button', {name: 'Create goal'}).click();
    await next();
    await expect.poll(() => wizard().getByText('Choose a template. (AG-11)').count()).toBe(1);
    await wizard().getByRole('radio', {name: /Network conversions/}).check();
    await next();
    await next();
    await expect.poll(() => wizard().getByText('A goal needs a name. (AG-11)').count()).toBe(1);
    await wizard().getByRole('button', {name: 'Cancel'}).click();

    await fillWizard('Network conversions', 'Spring search conversions');
    await expect.poll(() => wizard().getByRole('checkbox').count()).toBe(4);
    await wizard().getByRole('checkbox', {name: 'Goal achieved'}).check();
    await page.screenshot({path: `${SHOTS}/wizard-notifications.png`, fullPage: true});
    await wizard().getByRole('button', {name: 'Save goal'}).click();
    const row = page.getByTestId('ag-goal-row').filter({hasText: 'Spring search conversions'});
    await expect.poll(() => row.count()).toBe(1);
    // AG-20: the goal's span includes today.
    await expect.poll(() => row.getByTestId('ag-status').textContent()).toBe('In progress');
    await expect.poll(() => page.getByTestId('ag-details').count()).toBe(1);
    expect(await page.getByTestId('ag-chart').count()).toBe(1);
    expect(await page.getByTestId('ag-by-campaign').locator('tbody tr').count()).toBe(2);
    await page.screenshot({path: `${SHOTS}/goals-list-details.png`, fullPage: true});
  });

  test('AG-15 a cost-per-contact goal offers only the goal start notification', async () => {
    await fillWizard('Cost per contact', 'Cost per MQL', 'Marketing qualified lead');
    const boxes = wizard().getByRole('checkbox');
    expect(await boxes.count()).toBe(1);
    expect((await wizard().locator('label.check').allTextContents()).map((s) => s.trim())).toEqual(['Goal start']);
    await wizard().getByRole('button', {name: 'Save goal'}).click();
    await expect.poll(() => page.getByTestId('ag-goal-row').count()).toBe(2);
  });

  test('the wizard works from the keyboard', async () => {
    await page.getByRole('button', {name: 'Create goal'}).focus();
    await page.keyboard.press('Enter');
    await wizard().getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await wizard().getByRole('radio', {name: /Cost per contact/}).isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => wizard().getByLabel('Goal name').count()).toBe(1);
    await wizard().getByRole('button', {name: 'Cancel'}).click();
  });
});

describe('managing goals', () => {
  test('AG-22 filters narrow the list and "Clear all" removes them', async () => {
    await page.getByLabel('Status').selectOption({label: 'Missed'});
    await expect.poll(() => page.getByTestId('ag-goal-row').count()).toBe(0);
    await page.getByRole('button', {name: 'Clear all'}).click();
    await expect.poll(() => page.getByTestId('ag-goal-row').count()).toBe(2);
    await page.getByLabel('Progress min %').fill('50');
    await expect.poll(() => page.getByTestId('ag-goal-row').count()).toBe(0);
    await page.getByRole('button', {name: 'Clear all'}).click();
    await expect.poll(() => page.getByTestId('ag-goal-row').count()).toBe(2);
  });

  test('AG-24 editing offers only name, targets and notifications', async () => {
    await page.getByTestId('ag-goal-row').filter({hasText: 'Spring search conversions'}).getByRole('button', {name: 'Edit'}).click();
    expect(await wizard().locator('.steps li').allTextContents()).toEqual(['1 Name and stage', '2 Targets', '3 Notifications']);
    await wizard().getByLabel('Goal name').fill('Spring search (edited)');
    await next();
    await next();
    await wizard().getByRole('button', {name: 'Save goal'}).click();
    await expect.poll(() => page.getByTestId('ag-goal-row').filter({hasText: 'Spring search (edited)'}).count()).toBe(1);
  });

  test('the popup shows each active goal with its status and progress', async () => {
    const popup = await browser.extensionPage('src/ui/popup/index.html');
    const goals = popup.getByTestId('popup-adgoal');
    await expect.poll(() => goals.count()).toBe(2);
    const edited = goals.filter({hasText: 'Spring search (edited)'});
    expect(await edited.getByTestId('ag-status').textContent()).toBe('In progress');
    expect(await edited.getByRole('progressbar').count()).toBe(1);
    await popup.screenshot({path: `${SHOTS}/popup.png`, fullPage: true});
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({colorScheme: 'dark'});
    await popup.screenshot({path: `${SHOTS}/popup-dark.png`, fullPage: true});
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  test('axe finds nothing on the goals page, wizard and options card, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({colorScheme: scheme});
      await page.getByTestId('ag-goal-row').first().getByRole('button').first().click();
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({path: `${SHOTS}/goals-${scheme}.png`, fullPage: true});
      await page.getByRole('button', {name: 'Create goal'}).click();
      await wizard().getByRole('radio', {name: /Network conversions/}).check();
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({path: `${SHOTS}/wizard-${scheme}.png`, fullPage: true});
      await wizard().getByRole('button', {name: 'Cancel'}).click();
      const options = await browser.extensionPage('src/ui/options/index.html');
      await options.emulateMedia({colorScheme: scheme});
      await expect.poll(() => options.getByTestId('options-adgoals').count()).toBe(1);
      expect(await axeViolations(options, '[data-testid="options-adgoals"]')).toEqual([]);
      await options.close();
    }
    await page.emulateMedia({colorScheme: 'light'});
  });

  test('AG-25 deleting asks first; cancelling deletes nothing', async () => {
    const row = page.getByTestId('ag-goal-row').filter({hasText: 'Cost per MQL'});
    await row.getByRole('checkbox').check();
    await page.getByRole('button', {name: 'Delete selected (1)'}).click();
    const dialog = page.getByTestId('ag-delete-dialog');
    await expect.poll(() => dialog.getByText('Delete the goal "Cost per MQL"? This cannot be undone.').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', {name: 'Cancel'}).click();
    await expect.poll(() => page.getByTestId('ag-goal-row').count()).toBe(2);
    await page.getByRole('button', {name: 'Delete selected (1)'}).click();
    await dialog.getByRole('button', {name: 'Delete'}).click();
    await expect.poll(() => page.getByTestId('ag-goal-row').count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByTestId('ag-goal-row').count()).toBe(1);
  });
});
