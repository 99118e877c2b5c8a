/**
 * Backup and restore, settings import (issue 9 and 8's contracts): backup → wipe → restore gives back
 * identical data, checked record by record; a settings file goes in through "Import settings".
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {gunzipSync} from 'node:zlib';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Page} from 'playwright-core';
import {axeViolations, launch, sendFromPage, type Browser} from './harness';

let browser: Browser;
let options: Page;

beforeAll(async () => {
  browser = await launch();
  const page = await browser.context.newPage();
  await page.goto(`${browser.demoUrl}/companies?reset=1`);
  for (const id of ['co-001', 'co-002', 'co-005']) {
    await page.goto(`${browser.demoUrl}/companies/${id}`);
    await page.locator('[data-goalpost="company-panel"] [data-testid="gp-contacts"] li').first().waitFor({timeout: 15_000});
  }
  await page.close();
  options = await browser.extensionPage('src/ui/options/index.html');
  options.on('dialog', (d) => void d.accept());
});
afterAll(async () => browser?.close());

type Doc = {records: Array<{id: string; kind: string}>; events: Array<{id: string}>; trail: unknown[]; accountsDismissed: string[]};
const dump = async () => JSON.parse(((await sendFromPage(options, 'backup/export', {})).value as {json: string}).json) as Doc;
const byId = <T extends {id: string}>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

describe('backup and restore', () => {
  test('backup → delete all data → restore gives back identical data, record by record (dismissed recommendations too, TA-30)', async () => {
    const companies = (await dump()).records.filter((r) => r.kind === 'company').map((r) => r.id);
    expect(companies.length).toBeGreaterThanOrEqual(2);
    for (const companyId of companies.slice(0, 2)) expect((await sendFromPage(options, 'accounts/recommendation-dismiss', {companyId})).ok).toBe(true);
    const before = await dump();
    expect(before.records.length).toBeGreaterThan(20);
    expect([...before.accountsDismissed].sort()).toEqual(companies.slice(0, 2).sort());
    const download = options.waitForEvent('download');
    await options.getByRole('button', {name: 'Download backup'}).click();
    const file = await (await download).path();
    const json = gunzipSync(readFileSync(file)).toString('utf8');
    expect(JSON.parse(json).format).toBe('goalpost-backup');

    await options.getByRole('button', {name: 'Delete all data'}).click();
    await expect.poll(async () => (await dump()).records.length).toBe(0);
    expect((await dump()).accountsDismissed).toEqual([]);

    await options.getByLabel('Restore from backup').setInputFiles(file);
    await expect.poll(() => options.getByRole('status').filter({hasText: 'Restored'}).count(), {timeout: 15_000}).toBe(1);
    const after = await dump();
    expect(byId(after.records)).toEqual(byId(before.records));
    expect(byId(after.events)).toEqual(byId(before.events));
    expect(after.trail).toEqual(before.trail);
    expect([...after.accountsDismissed].sort()).toEqual([...before.accountsDismissed].sort());
  });

  test('a broken backup is refused with the place of the problem, and nothing is replaced', async () => {
    const before = await dump();
    const broken = JSON.stringify({...before, format: 'goalpost-backup', version: 1, exportedAt: new Date().toISOString(), settings: {}, records: [{...before.records[0], kind: 'spaceship'}]});
    const path = `${browser.profile}/broken-backup.json`;
    writeFileSync(path, broken);
    await options.getByLabel('Restore from backup').setInputFiles(path);
    await expect.poll(() => options.getByRole('alert').textContent(), {timeout: 10_000}).toContain('records[0].kind');
    expect(byId((await dump()).records)).toEqual(byId(before.records));
  });

  test('a backup from a newer Goalpost is refused with a clear message', async () => {
    const path = `${browser.profile}/newer.json`;
    writeFileSync(path, JSON.stringify({format: 'goalpost-backup', version: 99, exportedAt: '2030-01-01T00:00:00Z', settings: {}, records: [], events: [], trail: []}));
    await options.getByLabel('Restore from backup').setInputFiles(path);
    await expect.poll(() => options.getByRole('alert').textContent(), {timeout: 10_000}).toContain('newer Goalpost');
  });
});

describe('settings import', () => {
  test('a settings document imported through "Import settings" is applied', async () => {
    const path = `${browser.profile}/settings.json`;
    writeFileSync(path, JSON.stringify({format: 'goalpost-settings/1', gdprMode: true, fiscalYearStartMonth: 4}));
    await options.getByLabel('Import settings').setInputFiles(path);
    await expect.poll(() => options.getByRole('status').filter({hasText: 'Settings imported'}).count(), {timeout: 10_000}).toBe(1);
    const {value} = await sendFromPage(options, 'settings/get', {});
    expect(value).toMatchObject({settings: {gdprMode: true, fiscalYearStartMonth: 4}});
  });

  test('an invalid settings document is refused with its path, and settings stay as they were', async () => {
    const path = `${browser.profile}/bad-settings.json`;
    writeFileSync(path, JSON.stringify({format: 'goalpost-settings/1', workflows: [{id: 'w1', enrollment: {all: [{property: 'x', op: 'equals', value: 1}]}}]}));
    await options.getByLabel('Import settings').setInputFiles(path);
    await expect.poll(() => options.getByRole('alert').textContent(), {timeout: 10_000}).toContain('workflows[0].enrollment.all[0].op');
    const {value} = await sendFromPage(options, 'settings/get', {});
    expect(value).toMatchObject({settings: {gdprMode: true, workflows: []}});
  });

  test('the data section passes axe-core in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({colorScheme: scheme});
      expect(await axeViolations(options, '#data')).toEqual([]);
      await options.locator('#data').screenshot({path: `test-results/data-${scheme}.png`});
    }
  });
});
