/**
 * Lead pipeline automation end to end (SPEC §2): the lead-stage badge on a demo lead's contact moves
 * New → Attempting → Connected as activity is logged, says why, locks on a manual move back (LA-7) and
 * re-arms; row badges on list pages; the options section and the popup's lead counts; stage actions edited
 * in options (LA-13..16) running when a lead enters their stage.
 */
import {mkdirSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Page} from 'playwright-core';
import {axeViolations, launch, sendFromPage, type Browser} from './harness';

const SHOTS = '/tmp/shots-leads';
// A seeded lead at stage New whose contact has no activity yet (demo seed 20261120).
const LEAD = 'ld-038';
const CONTACT = 'ct-0184';

let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, {recursive: true});
  browser = await launch();
  const page = await browser.context.newPage();
  await page.goto(`${browser.demoUrl}/companies?reset=1`);
  await page.close();
});
afterAll(async () => browser?.close());

const badge = (page: Page) => page.locator('[data-goalpost="lead-stage-badge"]').first();
const stage = (page: Page) => badge(page).locator('[data-testid="gp-lead-stage"]');
const why = async (page: Page) => (await badge(page).locator('[data-testid="gp-lead-why"]').textContent()) ?? '';

async function openContact(page: Page) {
  await page.goto(`${browser.demoUrl}/contacts/${CONTACT}`);
  await expect.poll(() => stage(page).textContent(), {timeout: 15_000}).toBe('New');
}

async function logEmail(page: Page, subject: string) {
  await page.getByRole('button', {name: 'Log email'}).click();
  const form = page.locator('[data-testid="log-email-form"]');
  await form.getByLabel('Subject').fill(subject);
  await form.getByRole('button', {name: 'Save email'}).click();
}

async function logCall(page: Page, outcome: string) {
  await page.getByRole('button', {name: 'Log call'}).click();
  const form = page.locator('[data-testid="log-call-form"]');
  await form.getByLabel('Call outcome').selectOption({label: outcome});
  await form.getByRole('button', {name: 'Save call'}).click();
}

describe('lead-stage badge on a demo lead\'s contact', () => {
  test('LA-4, LA-5, LA-7: outreach and a connected call move New → Attempting → Connected with why; a move back locks; re-arm unlocks', async () => {
    const page = await browser.context.newPage();
    await openContact(page);
    expect(await why(page)).toContain('Seen in the CRM at New');

    await logEmail(page, 'Intro to Goalpost');
    await expect.poll(() => stage(page).textContent(), {timeout: 15_000}).toBe('Attempting');
    await expect.poll(() => why(page)).toMatch(/^LA-4: Moved from New to Attempting because/);

    await logCall(page, 'Connected');
    await expect.poll(() => stage(page).textContent(), {timeout: 15_000}).toBe('Connected');
    await expect.poll(() => why(page)).toMatch(/^LA-5: Moved from Attempting to Connected because/);
    await page.screenshot({path: `${SHOTS}/contact-connected.png`});

    // Move it back by hand, by keyboard: the pill opens the details, the select and Move button follow.
    await badge(page).locator('.pill').focus();
    await page.keyboard.press('Enter');
    const details = badge(page).getByRole('group');
    await expect.poll(() => details.isVisible()).toBe(true);
    await details.getByLabel('Move to stage').selectOption({label: 'New'});
    await details.getByRole('button', {name: 'Move', exact: true}).click();
    await expect.poll(() => stage(page).textContent()).toBe('New');
    await expect.poll(() => badge(page).locator('[data-testid="gp-lead-lock"]').count()).toBe(1);
    expect(await badge(page).locator('[data-testid="gp-lead-lock-reason"]').textContent()).toContain('(LA-7)');
    expect(await why(page)).toContain('LA-7');

    // A later connected call leaves it in New (LA-7) and says so.
    await logCall(page, 'Connected');
    await expect.poll(() => why(page), {timeout: 15_000}).toMatch(/^LA-7: Not moved to Connected/);
    expect(await stage(page).textContent()).toBe('New');
    await page.screenshot({path: `${SHOTS}/contact-locked.png`});

    // Re-arm: the lock goes, and the next outreach moves the lead again.
    await details.getByRole('button', {name: 'Re-arm automation'}).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => badge(page).locator('[data-testid="gp-lead-lock"]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => details.isVisible()).toBe(false);
    expect(await badge(page).locator('.pill').evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await logEmail(page, 'Following up');
    await expect.poll(() => stage(page).textContent(), {timeout: 15_000}).toBe('Attempting');
    await page.close();
  });

  test('the lead record page shows the same lead, and list rows get badges from one batched message', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.demoUrl}/leads/${LEAD}`);
    await expect.poll(() => stage(page).textContent(), {timeout: 15_000}).toBe('Attempting');
    await page.goto(`${browser.demoUrl}/leads`);
    const row = page.locator(`[data-testid="list-row"][data-record-id="${LEAD}"] [data-goalpost="lead-stage-badge"]`);
    await expect.poll(() => row.count(), {timeout: 15_000}).toBe(1);
    expect(await row.evaluate((h) => h.shadowRoot?.querySelectorAll('.gp-root').length)).toBe(1);
    expect(await row.locator('[data-testid="gp-lead-stage"]').textContent()).toBe('Attempting');
    // Lead list rows show no contact: rows of leads never opened get badges too, by the lead's own id,
    // at the stage the row shows.
    const rows = page.locator('[data-testid="list-row"]');
    const rowCount = await rows.count();
    expect(rowCount).toBeGreaterThan(10);
    await expect.poll(() => page.locator('[data-testid="list-row"] [data-goalpost="lead-stage-badge"]').count(), {timeout: 20_000}).toBe(rowCount);
    const last = rows.last();
    const lastId = (await last.getAttribute('data-record-id')) ?? '';
    expect(lastId).not.toBe(LEAD);
    const shown = (await last.locator('[data-testid="cell-leadstage"]').textContent())?.trim();
    expect(await last.locator('[data-testid="gp-lead-stage"]').textContent()).toBe(shown);
    // Once its record page names the contact, the lead is that contact's lead (and no longer stands alone).
    await page.goto(`${browser.demoUrl}/leads/${lastId}`);
    await expect.poll(() => stage(page).textContent(), {timeout: 15_000}).toBe(shown);
    const contactOfLast = await page.locator('[data-testid="record-fields"] [data-field="contact"] [data-contact-id]').getAttribute('data-contact-id');
    const ns = `demo:${new URL(browser.demoUrl).host}`;
    const ext = await browser.extensionPage('src/ui/popup/index.html');
    await expect.poll(async () => ((await sendFromPage(ext, 'leads/forContacts', {contactIds: [`${ns}:contact:${contactOfLast}`]})).value as {byContact: Record<string, string[]>}).byContact[`${ns}:contact:${contactOfLast}`])
      .toContain(`${ns}:lead:${lastId}`);
    await ext.close();
    await page.goto(`${browser.demoUrl}/contacts`);
    const contactRow = page.locator(`[data-testid="list-row"][data-record-id="${CONTACT}"] [data-goalpost="lead-stage-badge"]`);
    await expect.poll(() => contactRow.count(), {timeout: 15_000}).toBe(1);
    // Contact rows: only contacts with a known lead — CONTACT, and the contact the lead page named above.
    await expect.poll(() => page.locator(`[data-testid="list-row"][data-record-id="${contactOfLast}"] [data-goalpost="lead-stage-badge"]`).count(), {timeout: 15_000}).toBe(1);
    expect(await page.locator('[data-goalpost="lead-stage-badge"]').count()).toBe(2);
    await page.screenshot({path: `${SHOTS}/contact-list.png`});
    await page.close();
  });
});

describe('log call outcome from the badge', () => {
  test('LA-5: on a fresh lead in New, logging "Connected" from the badge by keyboard moves it to Connected and says why', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.demoUrl}/contacts/ct-0094`); // ld-021: seeded at New, only a page view
    await expect.poll(() => stage(page).textContent(), {timeout: 15_000}).toBe('New');
    await badge(page).locator('.pill').focus();
    await page.keyboard.press('Enter');
    const details = badge(page).getByRole('group');
    await expect.poll(() => details.isVisible()).toBe(true);
    await details.getByLabel('Call outcome').selectOption({label: 'Connected'});
    const record = details.getByRole('button', {name: 'Record call'});
    await record.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => stage(page).textContent(), {timeout: 15_000}).toBe('Connected');
    await expect.poll(() => why(page)).toMatch(/^LA-5: Moved from New to Connected because/);
    await expect.poll(() => details.getByRole('status').textContent()).toBe('Call logged: Connected.');
    expect(await record.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({colorScheme: scheme});
      expect(await axeViolations(page, '[data-goalpost="lead-stage-badge"]')).toEqual([]);
      await page.screenshot({path: `${SHOTS}/log-call-${scheme}.png`, clip: {x: 0, y: 0, width: 1000, height: 620}});
    }
    await page.close();
  });
});

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the lead-stage badge with its details open passes axe-core (${scheme})`, async () => {
      const page = await browser.context.newPage();
      await page.emulateMedia({colorScheme: scheme});
      await page.goto(`${browser.demoUrl}/contacts/${CONTACT}`);
      await expect.poll(() => stage(page).count(), {timeout: 15_000}).toBe(1);
      expect(await axeViolations(page, '[data-goalpost="lead-stage-badge"]')).toEqual([]);
      await badge(page).locator('.pill').click();
      await badge(page).locator('.pill').hover();
      expect(await axeViolations(page, '[data-goalpost="lead-stage-badge"]')).toEqual([]);
      await page.screenshot({path: `${SHOTS}/badge-${scheme}.png`, clip: {x: 0, y: 0, width: 1000, height: 560}});
      await page.close();
    });
  }
});

describe('popup and options', () => {
  test('popup counts leads per stage and lists today\'s automatic moves', async () => {
    const popup = await browser.extensionPage('src/ui/popup/index.html');
    const section = popup.locator('[data-testid="gp-leads"]');
    await expect.poll(() => section.locator('[data-stage="attempting"]').textContent(), {timeout: 10_000}).toContain('1');
    await expect.poll(() => section.locator('[data-testid="gp-lead-moves"] li').count()).toBeGreaterThanOrEqual(2);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({colorScheme: scheme});
      expect(await axeViolations(popup)).toEqual([]);
      await popup.screenshot({path: `${SHOTS}/popup-${scheme}.png`, fullPage: true});
    }
    await popup.close();
  });

  test('LA-11, LA-12: switching Move to Attempting off in options is saved as settings.leadAutomation', async () => {
    const options = await browser.extensionPage('src/ui/options/index.html');
    const section = options.locator('#leads');
    const toggle = section.getByRole('checkbox', {name: 'Move to Attempting'});
    await expect.poll(() => toggle.count(), {timeout: 10_000}).toBe(1);
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await section.getByRole('button', {name: 'Save lead automation'}).click();
    await expect.poll(() => section.getByRole('status').textContent()).toContain('Saved');
    const saved = (await sendFromPage(options, 'leads/settings', {})).value as {form: {moveOnOutreach: {enabled: boolean}}; saved: boolean};
    expect(saved.saved).toBe(true);
    expect(saved.form.moveOnOutreach.enabled).toBe(false);
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({colorScheme: scheme});
      expect(await axeViolations(options, '#leads')).toEqual([]);
      await section.screenshot({path: `${SHOTS}/options-${scheme}.png`});
    }
    await options.close();
  });
});

describe('stage actions in options (LA-13..16)', () => {
  const actionItems = (section: ReturnType<Page['locator']>) => section.locator('[data-stage="attempting"] li[data-action-id]');

  async function addTask(section: ReturnType<Page['locator']>, kind: 'createTask' | 'notify', text: string) {
    const stageBox = section.locator('[data-stage="attempting"]');
    await stageBox.getByRole('button', {name: 'Add action'}).click();
    const form = stageBox.getByRole('form');
    await form.getByLabel('Action type').selectOption(kind);
    await form.getByLabel(kind === 'createTask' ? 'Task title' : 'Notification message').fill(text);
    await form.getByRole('button', {name: 'Save action'}).click();
    await expect.poll(() => form.count()).toBe(0);
  }

  test('LA-13, LA-14: "create task" added on Attempting runs when the lead is moved there; a comment shows author and text', async () => {
    const options = await browser.extensionPage('src/ui/options/index.html');
    const section = options.locator('#leads');
    await expect.poll(() => section.locator('[data-stage="attempting"]').count(), {timeout: 10_000}).toBe(1);
    await addTask(section, 'createTask', 'Research the company');
    await addTask(section, 'createTask', 'Call within 2 days');
    await addTask(section, 'notify', 'Lead is being worked');
    expect(await actionItems(section).allTextContents()).toEqual([
      expect.stringContaining('Create task “Research the company”'),
      expect.stringContaining('Create task “Call within 2 days”'),
      expect.stringContaining('Notify “Lead is being worked”'),
    ]);
    // LA-14: comment by keyboard, with author and text.
    const second = actionItems(section).nth(1);
    await second.getByRole('button', {name: 'Comment'}).focus();
    await options.keyboard.press('Enter');
    await second.getByLabel('Your name').fill('Maria Sales');
    await second.getByLabel('Comment text').fill('Call before noon, they are in Helsinki');
    await second.getByRole('button', {name: 'Add comment'}).click();
    await expect.poll(() => second.locator('[data-testid="la-sa-comments"]').textContent()).toContain('Maria Sales');
    await section.getByRole('button', {name: 'Save lead automation'}).click();
    await expect.poll(() => section.getByRole('status').first().textContent()).toContain('Saved');
    const saved = (await sendFromPage(options, 'leads/settings', {})).value as {form: {stageActions: {attempting: Array<{type: string; comments: Array<{authorId: string; text: string}>}>}}};
    expect(saved.form.stageActions.attempting.map((a) => a.type)).toEqual(['createTask', 'createTask', 'notify']);
    expect(saved.form.stageActions.attempting[1].comments).toEqual([expect.objectContaining({authorId: 'Maria Sales', text: 'Call before noon, they are in Helsinki'})]);
    // An open add form (set-property, with its value type) is checked too.
    const connected = section.locator('[data-stage="connected"]');
    await connected.getByRole('button', {name: 'Add action'}).click();
    await connected.getByLabel('Action type').selectOption('setProperty');
    await connected.getByRole('button', {name: 'Save action'}).click();
    await expect.poll(() => connected.getByRole('alert').textContent()).toBe('Fill in this field.');
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({colorScheme: scheme});
      expect(await axeViolations(options, '#leads')).toEqual([]);
      await section.locator('[data-testid="la-stage-actions"]').screenshot({path: `${SHOTS}/stage-actions-${scheme}.png`});
    }
    await connected.getByRole('button', {name: 'Cancel'}).click();
    await options.close();

    // Move the lead back to New and then to Attempting by hand: entering Attempting runs its actions.
    const page = await browser.context.newPage();
    await page.goto(`${browser.demoUrl}/contacts/${CONTACT}`);
    await expect.poll(() => stage(page).count(), {timeout: 15_000}).toBe(1);
    await badge(page).locator('.pill').click();
    const details = badge(page).getByRole('group');
    // Saving settings rebuilds the engines over the log, so the lead may be in New or Attempting by now.
    const moves = (await stage(page).textContent()) === 'New' ? ['Attempting'] : ['New', 'Attempting'];
    for (const to of moves) {
      await details.getByLabel('Move to stage').selectOption({label: to});
      await details.getByRole('button', {name: 'Move', exact: true}).click();
      await expect.poll(() => stage(page).textContent()).toBe(to);
    }
    await expect.poll(() => why(page)).toBe('LA-13: Attempting stage action: notify "Lead is being worked".');
    const ns = `demo:${new URL(browser.demoUrl).host}`;
    const ext = await browser.extensionPage('src/ui/popup/index.html');
    const lookup = (await sendFromPage(ext, 'leads/forContacts', {contactIds: [`${ns}:contact:${CONTACT}`], detail: true})).value as {leads: Record<string, {why: Array<{rule: string; message: string}>}>};
    const messages = lookup.leads[`${ns}:lead:${LEAD}`].why.filter((w) => w.rule === 'LA-13').map((w) => w.message);
    expect(messages.slice(-3)).toEqual([
      'Attempting stage action: create task "Research the company".',
      'Attempting stage action: create task "Call within 2 days".',
      'Attempting stage action: notify "Lead is being worked".',
    ]);
    await ext.close();
    await page.close();
  });

  test('LA-15: deleting "only this action" (by keyboard, in a dialog) keeps the following actions in order', async () => {
    const options = await browser.extensionPage('src/ui/options/index.html');
    const section = options.locator('#leads');
    await expect.poll(() => actionItems(section).count(), {timeout: 10_000}).toBe(3);
    await actionItems(section).first().getByRole('button', {name: 'Delete'}).focus();
    await options.keyboard.press('Enter');
    const dialog = options.getByRole('dialog', {name: 'Delete this action? Create task “Research the company”'});
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('radio', {name: /Only this action/}).isChecked()).toBe(true);
    expect(await dialog.textContent()).toContain('1 of 3 actions will be deleted.');
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({colorScheme: scheme});
      expect(await axeViolations(options, '[data-testid="la-sa-delete-dialog"]')).toEqual([]);
      await options.screenshot({path: `${SHOTS}/delete-dialog-${scheme}.png`});
    }
    await dialog.getByRole('button', {name: 'Delete'}).focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await actionItems(section).allTextContents()).toEqual([
      expect.stringContaining('Create task “Call within 2 days”'),
      expect.stringContaining('Notify “Lead is being worked”'),
    ]);
    expect(await actionItems(section).first().locator('[data-testid="la-sa-comments"]').textContent()).toContain('Call before noon');
    await section.getByRole('button', {name: 'Save lead automation'}).click();
    await expect.poll(() => section.getByRole('status').first().textContent()).toContain('Saved');
    const saved = (await sendFromPage(options, 'leads/settings', {})).value as {form: {stageActions: {attempting: Array<{id: string; type: string}>}}};
    expect(saved.form.stageActions.attempting.map((a) => a.type)).toEqual(['createTask', 'notify']);
    await options.close();
  });

  test('LA-13: a branch built in the editor (if a condition, yes/no arms with send email and create task) runs when a lead enters the stage, and "why" says which arm and why', async () => {
    const options = await browser.extensionPage('src/ui/options/index.html');
    const section = options.locator('#leads');
    const stageBox = section.locator('[data-stage="qualified"]');
    await expect.poll(() => stageBox.count(), {timeout: 10_000}).toBe(1);
    // The branch, by keyboard: its "if" is built with the workflow criteria builder.
    await stageBox.getByRole('button', {name: 'Add action'}).focus();
    await options.keyboard.press('Enter');
    const form = stageBox.getByRole('form');
    await form.getByLabel('Action type').selectOption('branch');
    await form.getByLabel('Property').fill('goalpost_never_set');
    await form.getByLabel('Operator').selectOption('known');
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({colorScheme: scheme});
      expect(await axeViolations(options, '#leads')).toEqual([]);
      await stageBox.screenshot({path: `${SHOTS}/branch-if-${scheme}.png`});
    }
    await form.getByRole('button', {name: 'Save action'}).focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => form.count()).toBe(0);
    const branch = stageBox.locator('li[data-type="branch"]');
    expect(await branch.locator('.la-sa-summary').first().textContent()).toBe('Branch: if goalpost_never_set known');
    // Its arms: send email on "yes", create task on "no".
    const yes = branch.locator('[data-arm="yes"]');
    await yes.getByRole('button', {name: 'Add action'}).click();
    await yes.getByLabel('Action type').selectOption('sendEmail');
    await yes.getByLabel('Email template').fill('intro-qualified');
    await yes.getByLabel('Subject').fill('Next steps');
    await yes.getByRole('button', {name: 'Save action'}).click();
    const no = branch.locator('[data-arm="no"]');
    await no.getByRole('button', {name: 'Add action'}).click();
    const noForm = no.getByRole('form');
    await noForm.getByLabel('Action type').selectOption('sendEmail');
    await noForm.getByLabel('Email template').fill('qualified-intro');
    await noForm.getByLabel('Subject').fill('Welcome aboard');
    await noForm.getByLabel('Sending webhook (optional)').fill('ftp://mail.example/send');
    await noForm.getByRole('button', {name: 'Save action'}).click();
    await expect.poll(() => noForm.getByRole('alert').textContent()).toBe('Enter an http:// or https:// URL.');
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({colorScheme: scheme});
      expect(await axeViolations(options, '#leads')).toEqual([]);
      await stageBox.screenshot({path: `${SHOTS}/branch-form-${scheme}.png`});
    }
    await noForm.getByLabel('Sending webhook (optional)').fill('');
    await noForm.getByRole('button', {name: 'Save action'}).click();
    await expect.poll(() => noForm.count()).toBe(0);
    expect(await yes.locator('li').allTextContents()).toEqual([expect.stringContaining('Send email “Next steps” (template intro-qualified)')]);
    expect(await no.locator('li').allTextContents()).toEqual([expect.stringContaining('Send email “Welcome aboard” (template qualified-intro)')]);
    expect(await stageBox.textContent()).toContain('cannot be opened as a workflow');
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({colorScheme: scheme});
      expect(await axeViolations(options, '#leads')).toEqual([]);
      await stageBox.screenshot({path: `${SHOTS}/branch-${scheme}.png`});
    }
    await section.getByRole('button', {name: 'Save lead automation'}).click();
    await expect.poll(() => section.getByRole('status').first().textContent()).toContain('Saved');
    const saved = (await sendFromPage(options, 'leads/settings', {})).value as {form: {stageActions: {qualified: unknown[]}}};
    expect(saved.form.stageActions.qualified).toEqual([expect.objectContaining({
      type: 'branch', criteria: {property: 'goalpost_never_set', op: 'known'},
      yes: [expect.objectContaining({type: 'sendEmail', templateId: 'intro-qualified', subject: 'Next steps'})],
      no: [expect.objectContaining({type: 'sendEmail', templateId: 'qualified-intro', subject: 'Welcome aboard'})],
    })]);
    await options.close();

    // Move the lead to Qualified by hand: the branch takes "no" (the property is unknown) and records the email.
    const page = await browser.context.newPage();
    await page.goto(`${browser.demoUrl}/contacts/${CONTACT}`);
    await expect.poll(() => stage(page).count(), {timeout: 15_000}).toBe(1);
    await badge(page).locator('.pill').click();
    const details = badge(page).getByRole('group');
    await details.getByLabel('Move to stage').selectOption({label: 'Qualified'});
    await details.getByRole('button', {name: 'Move', exact: true}).click();
    await expect.poll(() => stage(page).textContent(), {timeout: 15_000}).toBe('Qualified');
    await expect.poll(() => why(page)).toBe('LA-13: Qualified stage action: email "Welcome aboard" (template qualified-intro) recorded as sent; the CRM sends it.');
    const ns = `demo:${new URL(browser.demoUrl).host}`;
    const ext = await browser.extensionPage('src/ui/popup/index.html');
    const lookup = (await sendFromPage(ext, 'leads/forContacts', {contactIds: [`${ns}:contact:${CONTACT}`], detail: true})).value as {leads: Record<string, {why: Array<{rule: string; message: string}>}>};
    const messages = lookup.leads[`${ns}:lead:${LEAD}`].why.filter((w) => w.rule === 'LA-13').map((w) => w.message);
    expect(messages.slice(-2)).toEqual([
      expect.stringMatching(/^Qualified stage branch a\d+: took "no" because the contact does not meet goalpost_never_set known; runs a\d+\.$/),
      'Qualified stage action: email "Welcome aboard" (template qualified-intro) recorded as sent; the CRM sends it.',
    ]);
    await ext.close();
    await page.close();
  });

  test('LA-16: "Open as workflow" creates a workflow with the stage\'s steps and links to it', async () => {
    const options = await browser.extensionPage('src/ui/options/index.html');
    const section = options.locator('#leads');
    const stageBox = section.locator('[data-stage="attempting"]');
    await expect.poll(() => actionItems(section).count(), {timeout: 10_000}).toBe(2);
    await stageBox.getByRole('button', {name: 'Open as workflow'}).click();
    const link = stageBox.getByRole('link', {name: 'Open workflow “Attempting stage actions”'});
    await expect.poll(() => link.count(), {timeout: 10_000}).toBe(1);
    const {workflows} = (await sendFromPage(options, 'workflows/list', {})).value as {workflows: Array<{id: string; name: string; steps: unknown[]}>};
    const created = workflows.find((w) => w.id === 'lead-stage-attempting');
    expect(created).toMatchObject({name: 'Attempting stage actions', steps: [{type: 'createTask', title: 'Call within 2 days'}, {type: 'notify', message: 'Lead is being worked'}]});
    await link.click();
    await expect.poll(() => options.locator('[data-testid="wg-workflow-list"]').textContent(), {timeout: 10_000}).toContain('Attempting stage actions');
    await options.close();
  });
});

