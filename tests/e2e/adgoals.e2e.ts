/**
 * Ad goals end to end (SPEC §3): a Google Ads export imported on the goals page (preview, one commit,
 * re-import changes nothing), the goal wizard with inline AG-11 errors, details, AG-24 edit, AG-25
 * delete with its dialog, and the popup's status and progress. axe in light and dark; keyboard use.
 */
import {mkdirSync} from 'node:fs';
import {resolve} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Page} from 'playwright-core';
import {axeViolations, launch, sendFromPage, type Browser} from './harness';

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

type ListAnswer = {goals: Array<{id: string; name: string; campaignIds: string[]; accountIds: string[]}>; results: Record<string, {refreshedAt: string | null; nextRefreshAt: string | null; periods: Array<{actual: number | null}>}>};
const listGoals = async (p: Page) => (await sendFromPage(p, 'adGoals/list', {})).value as ListAnswer;
const total = (r: ListAnswer['results'][string]) => r.periods.reduce((sum, p) => sum + (p.actual ?? 0), 0);

describe('AG-17 refresh now', () => {
  test('refreshed progress, refresh time and next refresh survive a stopped worker and reopened goals page and popup', async () => {
    const before = await listGoals(page);
    const goal = before.goals.find((g) => g.name === 'Spring search (edited)')!;
    // Conversions for today (the goal runs from the 1st of this month, so today is always inside it,
    // the 1st included): they arrive after today's 00:00 refresh, so they show only after "Refresh now" (AG-17).
    const day = new Date().toISOString().slice(0, 10);
    const imported = await sendFromPage(page, 'adMetrics/import', {rows: [{date: day, accountId: goal.accountIds[0], campaignId: goal.campaignIds[0], network: 'google', spend: 70, conversions: 7}], campaignNames: {}});
    expect(imported.ok).toBe(true);
    await page.reload();
    const row = () => page.getByTestId('ag-goal-row').filter({hasText: 'Spring search (edited)'});
    await expect.poll(() => row().count()).toBe(1);
    expect(total((await listGoals(page)).results[goal.id])).toBe(total(before.results[goal.id]));

    await page.getByRole('button', {name: 'Refresh now'}).click();
    await expect.poll(async () => total((await listGoals(page)).results[goal.id])).toBe(total(before.results[goal.id]) + 7);
    const refreshed = (await listGoals(page)).results[goal.id];
    expect(Date.parse(refreshed.nextRefreshAt!) - Date.parse(refreshed.refreshedAt!)).toBe(86_400_000); // the cycle restarted
    await expect.poll(() => page.getByTestId('ag-refreshed').textContent()).toMatch(/^Last refreshed .+ · next refresh .+/);
    const shownProgress = await row().getByRole('progressbar').getAttribute('aria-valuetext');
    const shownRefreshed = await page.getByTestId('ag-refreshed').textContent();
    await page.screenshot({path: `${SHOTS}/refreshed.png`, fullPage: true});

    await browser.stopServiceWorker(page);
    await page.close();
    page = await browser.extensionPage(GOALS);
    await expect.poll(() => row().count()).toBe(1);
    expect(await row().getByRole('progressbar').getAttribute('aria-valuetext')).toBe(shownProgress);
    expect(await page.getByTestId('ag-refreshed').textContent()).toBe(shownRefreshed);
    expect((await listGoals(page)).results[goal.id]).toMatchObject({refreshedAt: refreshed.refreshedAt, nextRefreshAt: refreshed.nextRefreshAt});

    const popup = await browser.extensionPage('src/ui/popup/index.html');
    const item = popup.getByTestId('popup-adgoal').filter({hasText: 'Spring search (edited)'});
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.getByRole('progressbar').getAttribute('aria-valuetext')).toBe(shownProgress);
    expect(await item.getByTestId('popup-adgoal-refreshed').textContent()).toMatch(/^Measured .+\.$/);
    await popup.screenshot({path: `${SHOTS}/popup-refreshed.png`, fullPage: true});
    await popup.close();
  });
});

describe('AG-23 campaign view', () => {
  test('each campaign name in the details opens its daily metrics and the goals that include it; keyboard, axe light and dark', async () => {
    const {goals} = await listGoals(page);
    const goal = goals.find((g) => g.name === 'Spring search (edited)')!;
    const catalog = (await sendFromPage(page, 'adGoals/catalog', {})).value as {campaigns: Array<{id: string; name: string}>};
    const name = catalog.campaigns.find((c) => c.id === goal.campaignIds[0])!.name;
    await page.getByTestId('ag-goal-row').filter({hasText: goal.name}).getByRole('button', {name: goal.name}).click();
    const campaignButton = page.getByTestId('ag-by-campaign').getByRole('button', {name});
    await expect.poll(() => campaignButton.count()).toBe(1);
    await campaignButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('ag-campaign');
    await expect.poll(() => dialog.getByTestId('ag-campaign-days').count()).toBe(1);
    expect(await dialog.getByRole('heading', {level: 2}).textContent()).toBe(name);
    // From the goal's start to today: one row per day; today carries the imported 70 spend, 7 conversions.
    const today = new Date();
    expect(await dialog.getByTestId('ag-campaign-days').locator('tbody tr').count()).toBe(today.getDate());
    const todayRow = dialog.getByTestId('ag-campaign-days').locator('tbody tr').nth(today.getDate() - 1);
    expect((await todayRow.locator('td').allTextContents()).slice(0, 2)).toEqual(['€70.00', '7']);
    expect(await dialog.getByTestId('ag-campaign-chart').count()).toBe(1);
    expect(await dialog.getByTestId('ag-campaign-goals').getByRole('listitem').allTextContents()).toEqual([`${goal.name} In progress`]);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({colorScheme: scheme});
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({path: `${SHOTS}/campaign-${scheme}.png`, fullPage: false});
    }
    await page.emulateMedia({colorScheme: 'light'});
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await campaignButton.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});

describe('AG-22 team filter', () => {
  test('my team set in options becomes the creator\'s team of a new goal; the goals page filters by it (axe light and dark)', async () => {
    const options = await browser.extensionPage('src/ui/options/index.html');
    const people = options.getByTestId('ag-people');
    await expect.poll(() => people.getByTestId('ag-people-user').count()).toBe(1);
    await people.getByRole('button', {name: 'Add team'}).click();
    await people.getByLabel('Team name').fill('EMEA');
    await people.getByTestId('ag-people-user').getByLabel('Name').fill('Maija');
    await people.getByTestId('ag-people-user').getByLabel('Team').selectOption({label: 'EMEA'});
    // A nameless extra team is refused with where it is, and nothing is saved.
    await people.getByRole('button', {name: 'Add team'}).click();
    await people.getByRole('button', {name: 'Save people and teams'}).click();
    await expect.poll(() => people.getByTestId('ag-people-errors').textContent()).toContain('Team 2: A team needs a name.');
    await people.getByRole('button', {name: 'Remove team 2'}).click();
    await people.getByRole('button', {name: 'Save people and teams'}).click();
    await expect.poll(() => people.getByRole('status').filter({hasText: 'Saved.'}).count()).toBe(1);
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({colorScheme: scheme});
      expect(await axeViolations(options, '[data-testid="options-adgoals"]')).toEqual([]);
      await people.screenshot({path: `${SHOTS}/people-${scheme}.png`});
    }
    await options.close();

    await page.reload();
    await fillWizard('Network conversions', 'EMEA conversions');
    await wizard().getByRole('button', {name: 'Save goal'}).click();
    await expect.poll(() => page.getByTestId('ag-goal-row').count()).toBe(2);
    // Then I move to a new team NA: the goal made in EMEA stays EMEA's (its creator's team when made);
    // the older goal, made before it stored a team, follows its creator's team now.
    const again = await browser.extensionPage('src/ui/options/index.html');
    const editor = again.getByTestId('ag-people');
    await expect.poll(() => editor.getByTestId('ag-people-user').count()).toBe(1);
    await editor.getByRole('button', {name: 'Add team'}).click();
    await editor.getByLabel('Team name').nth(1).fill('NA');
    await editor.getByTestId('ag-people-user').getByLabel('Team').selectOption({label: 'NA'});
    await editor.getByRole('button', {name: 'Save people and teams'}).click();
    await expect.poll(() => editor.getByRole('status').filter({hasText: 'Saved.'}).count()).toBe(1);
    await again.close();
    await page.reload();
    await expect.poll(() => page.getByTestId('ag-goal-row').count()).toBe(2);
    const shown = () => page.getByTestId('ag-goal-row').getByRole('button', {name: /conversions|Spring/}).allTextContents();
    await page.getByLabel('Team').selectOption({label: 'EMEA'});
    await expect.poll(shown).toEqual(['EMEA conversions']);
    await page.screenshot({path: `${SHOTS}/team-filter.png`, fullPage: true});
    await page.getByLabel('Team').selectOption({label: 'NA'});
    await expect.poll(shown).toEqual(['Spring search (edited)']);
    await page.getByRole('button', {name: 'Clear all'}).click();
    await expect.poll(() => page.getByTestId('ag-goal-row').count()).toBe(2);
    const {goals} = (await sendFromPage(page, 'adGoals/list', {})).value as {goals: Array<{name: string; ownerId?: string; teamId?: string}>};
    const teams = ((await sendFromPage(page, 'adGoals/people', {})).value as {teams: Array<{id: string; name: string}>}).teams;
    expect(goals.find((g) => g.name === 'EMEA conversions')).toMatchObject({ownerId: 'me', teamId: teams.find((x) => x.name === 'EMEA')!.id});
  });
});
