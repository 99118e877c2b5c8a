/**
 * Row badges on list pages (issue 5): drawn in time slices off the page and put into the rows at once,
 * each host skipped by the browser while off screen (content-visibility). Here: every row still gets its
 * badge with the stage, the badge is reachable by keyboard, its "why" tip is not clipped, its details are
 * built on opening and move the lead, and it passes axe-core in light and dark.
 * (How fast: bench/content-browser.ts, content.longTasks.)
 */
import {mkdirSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Locator, Page} from 'playwright-core';
import {axeViolations, launch, type Browser} from './harness';

const SHOTS = '/tmp/shots-badges';
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, {recursive: true});
  browser = await launch();
  const page = await browser.context.newPage();
  await page.goto(`${browser.demoUrl}/companies?reset=1`);
  await page.close();
});
afterAll(async () => browser?.close());

const rowBadges = (page: Page) => page.locator('[data-testid="list-row"] [data-goalpost="lead-stage-badge"]');

async function openLeadList(page: Page): Promise<number> {
  await page.goto(`${browser.demoUrl}/leads`);
  const rows = await page.locator('[data-testid="list-row"]').count();
  expect(rows).toBeGreaterThan(10);
  await expect.poll(() => rowBadges(page).count(), {timeout: 20_000}).toBe(rows);
  return rows;
}

/** Tabs from the row's first link until focus is inside the row's badge; returns the badge host. */
async function tabIntoBadge(page: Page, row: Locator): Promise<Locator> {
  await row.locator('a').first().focus();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const inBadge = await row.evaluate((r) => {
      const host = document.activeElement as HTMLElement | null;
      return Boolean(host?.dataset.goalpost === 'lead-stage-badge' && r.contains(host) && host.shadowRoot?.activeElement?.classList.contains('pill'));
    });
    if (inBadge) return row.locator('[data-goalpost="lead-stage-badge"]');
  }
  throw new Error('the row badge is not reachable by Tab from its row');
}

describe('lead-stage badges on list rows', () => {
  test('every row of the lead list gets its badge at the stage the row shows, also far down the list', async () => {
    const page = await browser.context.newPage();
    await openLeadList(page);
    const last = page.locator('[data-testid="list-row"]').last();
    await last.scrollIntoViewIfNeeded();
    const shown = (await last.locator('[data-testid="cell-leadstage"]').textContent())?.trim();
    await expect.poll(() => last.locator('[data-testid="gp-lead-stage"]').textContent()).toBe(shown);
    // Off screen a host is skipped, not empty: its pill has a size once it is on screen.
    const box = await last.locator('[data-goalpost="lead-stage-badge"] .pill').boundingBox();
    expect(box?.width).toBeGreaterThan(40);
    expect(box?.height).toBeGreaterThan(15);
    await page.close();
  });

  test('LA-4: a row badge is reached by keyboard, shows "why" on focus, opens its details with Enter and moves the lead by hand', async () => {
    const page = await browser.context.newPage();
    await openLeadList(page);
    const row = page.locator('[data-testid="list-row"]').nth(3);
    const badge = await tabIntoBadge(page, row);
    // The "why" tip overlays the rows below the pill: visible, not clipped by the host's containment.
    const tip = badge.locator('[data-testid="gp-lead-why"]');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const tipBox = await tip.boundingBox();
    const pillBox = await badge.locator('.pill').boundingBox();
    expect(tipBox!.y).toBeGreaterThanOrEqual(pillBox!.y + pillBox!.height);
    expect(await tip.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(10);
    expect(await page.evaluate(([x, y]) => {
      const at = document.elementFromPoint(x, y);
      return at?.getAttribute('data-goalpost') ?? at?.tagName;
    }, [tipBox!.x + tipBox!.width / 2, tipBox!.y + tipBox!.height / 2] as const)).toBe('lead-stage-badge');
    await page.screenshot({path: `${SHOTS}/row-why.png`, clip: {x: 0, y: 0, width: 1360, height: 520}});

    // Details are built when opened (a 1,000-row list stays light).
    expect(await badge.getByRole('group').count()).toBe(0);
    await page.keyboard.press('Enter');
    const details = badge.getByRole('group');
    await expect.poll(() => details.isVisible()).toBe(true);
    const before = (await badge.locator('[data-testid="gp-lead-stage"]').textContent()) ?? '';
    const target = before === 'Qualified' ? 'Disqualified' : 'Qualified';
    await details.getByLabel('Move to stage').selectOption({label: target});
    await details.getByRole('button', {name: 'Move', exact: true}).click();
    await expect.poll(() => badge.locator('[data-testid="gp-lead-stage"]').textContent()).toBe(target);
    await page.keyboard.press('Escape');
    await expect.poll(() => details.count()).toBe(0);
    // The other rows keep their badges.
    expect(await rowBadges(page).count()).toBe(await page.locator('[data-testid="list-row"]').count());
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`row badges, one with its details open, pass axe-core (${scheme})`, async () => {
      const page = await browser.context.newPage();
      await page.emulateMedia({colorScheme: scheme});
      await openLeadList(page);
      expect(await axeViolations(page, '[data-goalpost="lead-stage-badge"]')).toEqual([]);
      const badge = rowBadges(page).nth(1);
      await badge.locator('.pill').click();
      await expect.poll(() => badge.getByRole('group').isVisible()).toBe(true);
      await badge.locator('.pill').hover();
      expect(await axeViolations(page, '[data-goalpost="lead-stage-badge"]')).toEqual([]);
      await page.screenshot({path: `${SHOTS}/rows-open-${scheme}.png`, clip: {x: 0, y: 0, width: 1360, height: 700}});
      await page.close();
    });
  }
});
