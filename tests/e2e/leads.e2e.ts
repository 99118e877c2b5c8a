/**
 * Lead pipeline automation end to end (SPEC §2): the lead-stage badge on a demo lead's contact moves
 * New → Attempting → Connected as activity is logged, says why, locks on a manual move back (LA-7) and
 * re-arms; row badges on list pages; the options section and the popup's lead counts.
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
    await page.goto(`${browser.demoUrl}/contacts`);
    const contactRow = page.locator(`[data-testid="list-row"][data-record-id="${CONTACT}"] [data-goalpost="lead-stage-badge"]`);
    await expect.poll(() => contactRow.count(), {timeout: 15_000}).toBe(1);
    expect(await page.locator('[data-goalpost="lead-stage-badge"]').count()).toBe(1);
    await page.screenshot({path: `${SHOTS}/contact-list.png`});
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
