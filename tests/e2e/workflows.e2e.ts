/**
 * Workflow goals end to end: a workflow created in the options page, activity logged on a demo
 * contact, the goal indicator on the contact page with its real status and "why" trail, and the popup
 * with real numbers. axe-core in light and dark; the indicator works by keyboard.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Page} from 'playwright-core';
import {axeViolations, launch, sendFromPage, type Browser} from './harness';

let browser: Browser;
let options: Page;
let contactId = '';
const SHOTS = '/tmp/shots-wg';

beforeAll(async () => {
  browser = await launch();
  options = await browser.extensionPage('src/ui/options/index.html');
  const page = await browser.context.newPage();
  await page.goto(`${browser.demoUrl}/contacts?reset=1`);
  // A contact whose timeline has calls but none connected yet, so the goal is still ahead of it.
  for (let i = 1; i <= 60 && !contactId; i++) {
    const id = `ct-${String(i).padStart(4, '0')}`;
    await page.goto(`${browser.demoUrl}/contacts/${id}`);
    await page.locator('[data-testid="timeline"]').waitFor();
    if ((await page.locator('[data-testid="timeline-item"][data-outcome="connected"]').count()) === 0) contactId = id;
  }
  await page.close();
}, 120_000);
afterAll(async () => browser?.close());

const indicator = (page: Page) => page.locator('[data-goalpost="goal-indicator"]');

async function logCall(page: Page, outcome: string, notes: string) {
  await page.getByRole('button', {name: 'Log call'}).click();
  const form = page.locator('[data-testid="log-call-form"]');
  await form.getByLabel('Call outcome').selectOption({label: outcome});
  await form.getByLabel('Call notes').fill(notes);
  await form.getByRole('button', {name: 'Save call'}).click();
}

async function createWorkflow(page: Page) {
  await page.getByRole('button', {name: 'New workflow'}).click();
  const editor = page.locator('[data-testid="wg-editor"]');
  await editor.getByLabel('Name', {exact: true}).fill('Call nurture');
  const enrollment = editor.locator('[data-testid="wg-enrollment-criteria"]');
  await enrollment.getByRole('button', {name: '+ Add condition'}).click();
  await enrollment.getByLabel('Condition', {exact: true}).selectOption('event');
  await enrollment.getByLabel('Activity', {exact: true}).selectOption('callLogged');
  const goal = editor.locator('[data-testid="wg-goal-criteria"]');
  await goal.getByRole('button', {name: '+ Add condition'}).click();
  await goal.getByLabel('Condition', {exact: true}).selectOption('event');
  await goal.getByLabel('Activity', {exact: true}).selectOption('callLogged');
  await goal.getByLabel('Where field', {exact: true}).selectOption('outcome');
  await goal.getByLabel('equals', {exact: true}).fill('connected');
  const steps = editor.locator('[data-testid="wg-steps"]');
  await steps.getByRole('button', {name: '+ Add step'}).click();
  await steps.getByRole('button', {name: '+ Add step'}).click();
  await steps.getByLabel('Step', {exact: true}).nth(1).selectOption('delay');
  await steps.getByLabel('Hours', {exact: true}).fill('48');
}

describe('workflow goals (WG)', () => {
  test('WG-1/WG-4 a bad criteria node is rejected with its path; a goal on a company workflow is refused', async () => {
    const bad = await sendFromPage(options, 'workflows/save', {workflow: {id: 'bad', enrollment: null, goal: {any: [{all: [{property: 'lifecyclestage', op: 'bogus', value: 'x'}]}]}, suppressionLists: [], steps: []}});
    expect(bad).toMatchObject({ok: true, value: {ok: false, path: expect.stringMatching(/^workflow\.goal\.any\[0\]\.all\[0\]/)}});
    const company = await sendFromPage(options, 'workflows/save', {workflow: {id: 'co', objectType: 'company', enrollment: null, goal: {property: 'lifecyclestage', op: 'eq', value: 'customer'}, suppressionLists: [], steps: []}});
    expect(company).toMatchObject({ok: true, value: {ok: false, path: 'workflow.goal', message: expect.stringContaining('WG-1')}});
    expect(((await sendFromPage(options, 'workflows/list', {})).value as {workflows: unknown[]}).workflows).toEqual([]);
  });

  test('WG-3/WG-26/IDEA-3 the options editor builds a workflow, warns, runs a what-if and saves it', async () => {
    expect(contactId).not.toBe('');
    await createWorkflow(options);
    const editor = options.locator('[data-testid="wg-editor"]');
    await editor.getByRole('button', {name: 'What if? (dry run)'}).click();
    await expect.poll(() => editor.locator('[data-testid="wg-whatif"]').textContent(), {timeout: 15_000}).toMatch(/enrolled/);
    await options.screenshot({path: `${SHOTS}/options-editor.png`, fullPage: true});
    await editor.getByRole('button', {name: 'Save workflow'}).click();
    await expect.poll(() => options.locator('[data-testid="wg-workflow-list"]').textContent()).toContain('Call nurture');
    const list = (await sendFromPage(options, 'workflows/list', {})).value as {workflows: Array<{id: string; goal: unknown}>};
    expect(list.workflows[0]).toMatchObject({id: 'call-nurture', goal: {any: [{all: [{event: 'callLogged', where: {outcome: 'connected'}}]}]}});
  });

  test('WG-6/WG-10 the indicator shows the contact enrolled, then goal met and counted, with the why trail', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.demoUrl}/contacts/${contactId}`);
    await logCall(page, 'No answer', 'Rang, no answer');
    const row = indicator(page).locator('[data-workflow="call-nurture"]');
    // Enrolled by this call or by a seeded earlier one (then its 48-hour delay may have passed: WG-8).
    await expect.poll(() => row.getAttribute('data-status'), {timeout: 15_000}).toMatch(/^(active|completed)$/);
    expect(await indicator(page).count()).toBe(1);
    await logCall(page, 'Connected', 'Talked it through');
    await expect.poll(() => row.getAttribute('data-status'), {timeout: 15_000}).toBe('goalMet');
    expect(await row.textContent()).toContain('Goal met and counted');
    // Keyboard: focus the Why? button and open the trail with Enter.
    const why = row.getByRole('button', {name: 'Why?'});
    await why.focus();
    await page.keyboard.press('Enter');
    expect(await why.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => row.locator('.trail').textContent()).toMatch(/WG-6/);
    await indicator(page).screenshot({path: `${SHOTS}/indicator-light.png`});
    await page.close();
  });

  test('WG-13/WG-15 the popup shows the real conversion numbers and a weekly trend', async () => {
    const stats = (await sendFromPage(options, 'workflows/stats', {})).value as Array<{id: string; enrolled: number; goalMetCounted: number}>;
    const wf = stats.find((s) => s.id === 'call-nurture')!;
    expect(wf.goalMetCounted).toBeGreaterThanOrEqual(1);
    const popup = await browser.extensionPage('src/ui/popup/index.html');
    const row = popup.locator('[data-testid="wg-popup"] [data-workflow="call-nurture"]');
    await expect.poll(() => row.locator('[data-testid="wg-counts"]').textContent(), {timeout: 15_000}).toContain(`enrolled ${wf.enrolled}`);
    expect(await row.locator('[data-testid="wg-counts"]').textContent()).toContain(`counted ${wf.goalMetCounted}`);
    expect(await row.locator('[data-testid="wg-rate"]').textContent()).toMatch(/%/);
    expect(await row.locator('svg[role="img"]').count()).toBe(1);
    await popup.screenshot({path: `${SHOTS}/popup-light.png`, fullPage: true});
    await popup.close();
  });

  test('WG-17/IDEA-4 clearing the goal resets the figures; "Restore previous goal figures" brings them back as a logged event', async () => {
    const stats = async () => ((await sendFromPage(options, 'workflows/stats', {})).value as Array<{id: string; goalMet: number; goalMetCounted: number; goalResets: Array<{restored: boolean}>}>).find((s) => s.id === 'call-nurture')!;
    const before = await stats();
    expect(before.goalMetCounted).toBeGreaterThanOrEqual(1);
    await options.reload();
    await options.getByRole('button', {name: 'Edit'}).first().click();
    const editor = options.locator('[data-testid="wg-editor"]');
    await editor.locator('[data-testid="wg-goal-criteria"]').getByRole('button', {name: 'Remove condition', exact: true}).click();
    await expect.poll(() => editor.getByRole('note').textContent()).toContain('WG-17');
    await editor.getByRole('button', {name: 'Save workflow'}).click();
    await expect.poll(async () => (await stats()).goalMetCounted, {timeout: 15_000}).toBe(0);

    await options.getByRole('button', {name: 'Edit'}).first().click();
    const snapshot = editor.locator('[data-testid="wg-snapshot"]');
    await expect.poll(() => snapshot.textContent(), {timeout: 15_000}).toContain(`counted ${before.goalMetCounted}`);
    const restore = snapshot.getByRole('button', {name: 'Restore previous goal figures', exact: true});
    await snapshot.screenshot({path: `${SHOTS}/snapshot-before-restore.png`});
    await restore.focus();
    await options.keyboard.press('Enter');
    await expect.poll(async () => (await stats()).goalMetCounted, {timeout: 15_000}).toBe(before.goalMetCounted);
    expect(await stats()).toMatchObject({goalMet: before.goalMet, goalResets: [{restored: true}]});
    await expect.poll(() => snapshot.locator('li').getAttribute('data-restored')).toBe('true');
    await expect.poll(() => options.locator('.wg-status').textContent()).toBe('Previous goal figures restored.');
    await editor.screenshot({path: `${SHOTS}/editor-restored.png`});
    // A second restore of the same figures is refused with a reason.
    expect((await sendFromPage(options, 'workflows/restoreGoal', {workflowId: 'call-nurture', index: 0})).value).toMatchObject({ok: false, message: expect.stringContaining('restored already')});
  });
});

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the goal indicator, popup and workflow editor pass axe-core (${scheme})`, async () => {
      const page = await browser.context.newPage();
      await page.emulateMedia({colorScheme: scheme});
      await page.goto(`${browser.demoUrl}/contacts/${contactId}`);
      await expect.poll(() => indicator(page).locator('[data-workflow]').count(), {timeout: 15_000}).toBeGreaterThan(0);
      await indicator(page).getByRole('button', {name: 'Why?'}).first().click();
      expect(await axeViolations(page, '[data-goalpost="goal-indicator"]')).toEqual([]);
      await indicator(page).screenshot({path: `${SHOTS}/indicator-${scheme}.png`});
      await page.close();
      for (const path of ['src/ui/popup/index.html', 'src/ui/options/index.html']) {
        const ext = await browser.extensionPage(path);
        await ext.emulateMedia({colorScheme: scheme});
        await ext.waitForLoadState('networkidle');
        if (path.includes('options')) {
          await ext.getByRole('button', {name: 'Edit'}).first().click();
          await ext.locator('[data-testid="wg-editor"]').waitFor();
          await ext.locator('[data-testid="wg-editor"]').screenshot({path: `${SHOTS}/editor-${scheme}.png`});
        } else {
          await ext.locator('[data-testid="wg-rate"]').first().waitFor();
        }
        expect(await axeViolations(ext), path).toEqual([]);
        await ext.screenshot({path: `${SHOTS}/${path.split('/')[2]}-${scheme}.png`, fullPage: true});
        await ext.close();
      }
    });
  }
});
