/**
 * "Import CRM data" (options page): HubSpot contacts + companies + deals exported together are
 * previewed (format, rows, totals) and committed in one transaction; contacts end up associated with
 * their companies; a broken file reports its line and column and imports nothing; importing again
 * changes nothing; a generic CSV's column mapping is remembered per file shape.
 */
import {writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {axeViolations, launch, sendFromPage, type Browser} from './harness';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/imports');
const HUBSPOT = ['hubspot-contacts.csv', 'hubspot-companies-1252.csv', 'hubspot-deals.csv'].map((f) => `${FIXTURES}/${f}`);
const SHOTS = '/tmp/shots-im';

let browser: Browser;
let options: Page;

beforeAll(async () => {
  browser = await launch();
  options = await browser.extensionPage('src/ui/options/index.html#imports');
  await options.locator('#imports h2').waitFor();
});
afterAll(async () => browser?.close());

type Doc = {records: Array<{id: string; kind: string; companyIds: string[]}>; events: Array<{id: string}>};
const dump = async () => JSON.parse(((await sendFromPage(options, 'backup/export', {})).value as {json: string}).json) as Doc;
const byId = <T extends {id: string}>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
const section = () => options.locator('#imports');
const choose = (files: string[]) => section().getByLabel('Choose CSV files…').setInputFiles(files);
const preview = () => section().getByTestId('import-preview');
const status = (text: string) => section().getByRole('status').filter({hasText: text});

describe('import CRM data', () => {
  test('TA-2 / TA-9 / TA-13: HubSpot contacts, companies and deals imported together: preview, commit, associations', async () => {
    await choose(HUBSPOT);
    await preview().waitFor({timeout: 15_000});
    const rows = preview().locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(0).innerText()).toMatch(/hubspot-contacts\.csv\s+hubspot-contacts\s+4\s+4\s+0\s+0\s+Ready/);
    expect(await rows.nth(1).innerText()).toMatch(/hubspot-companies-1252\.csv\s+hubspot-companies\s+4\s+0\s+4\s+0/);
    expect(await rows.nth(2).innerText()).toMatch(/hubspot-deals\.csv\s+hubspot-deals\s+5\s+0\s+0\s+5/);
    const totals = (await preview().getByTestId('import-totals').innerText()).replace(/\s+/g, ' ');
    expect(totals).toContain('Contacts 4 Companies 4 Deals 5 Target accounts 2 Open deal value (target accounts) 60,500');
    await options.screenshot({path: `${SHOTS}/preview.png`, fullPage: true});

    await preview().getByRole('button', {name: 'Import 13 records'}).click();
    await status('Imported: 13 new records').waitFor({timeout: 15_000});

    const {value: storeStatus} = await sendFromPage(options, 'store/status', {});
    expect(storeStatus).toMatchObject({companies: 4, contacts: 4});
    const records = (await dump()).records;
    const contact = (id: string) => records.find((r) => r.id === `hubspot:import:contact:${id}`);
    expect(contact('501')?.companyIds).toEqual(['hubspot:import:company:9001']);
    expect(contact('504')?.companyIds).toEqual(['hubspot:import:company:9002', 'hubspot:import:company:9001']);
    const {value: summary} = await sendFromPage(options, 'company/summary', {recordId: 'hubspot:import:company:9001'});
    expect((summary as {name: string; contacts: Array<{name: string}>}).name).toBe('Société Générale Équipements');
    expect((summary as {contacts: Array<{name: string}>}).contacts.map((c) => c.name)).toEqual(['Claire Dubois', 'Marc Lefèvre', 'Tom Becker']);
    // The accounts engine saw the same associations (TA-13 counts every associated contact).
    const panel = await sendFromPage(options, 'accounts/panel', {companyId: 'hubspot:import:company:9001'});
    expect(panel.value).toMatchObject({known: true, targetAccount: true, row: {contacts: 3, openDeals: 1, openDealValue: 48_000}});
  });

  test('re-importing the same files changes nothing (deterministic ids)', async () => {
    const before = await dump();
    await choose(HUBSPOT);
    await preview().waitFor({timeout: 15_000});
    await preview().getByRole('button', {name: 'Import 13 records'}).click();
    await status('Nothing changed').waitFor({timeout: 15_000});
    const after = await dump();
    expect(byId(after.records)).toEqual(byId(before.records));
    expect(byId(after.events)).toEqual(byId(before.events));
  });

  test('a broken file reports its line and column and imports nothing, unless its rows are skipped', async () => {
    const before = await dump();
    await choose([`${FIXTURES}/hubspot-deals-broken.csv`]);
    const errors = preview().getByTestId('import-errors');
    await errors.waitFor({timeout: 15_000});
    expect(await errors.innerText()).toContain('hubspot-deals-broken.csv, line 4, column "Amount": "Amount" is not a number: "12 5OO"');
    expect(await preview().getByRole('button', {name: /^Import/}).isDisabled()).toBe(true);
    expect(byId((await dump()).records)).toEqual(byId(before.records));
    await options.screenshot({path: `${SHOTS}/errors.png`, fullPage: true});

    // Keyboard: tick "skip the listed rows" with Space, then Tab to Import and press Enter.
    await preview().getByLabel('Skip the listed rows and import the rest').focus();
    await options.keyboard.press('Space');
    const commit = preview().getByRole('button', {name: 'Import 2 records'});
    await commit.waitFor({timeout: 15_000});
    await preview().getByLabel('Skip the listed rows and import the rest').focus();
    for (let i = 0; i < 5 && !(await commit.evaluate((el) => el === document.activeElement)); i++) await options.keyboard.press('Tab');
    expect(await commit.evaluate((el) => el === document.activeElement)).toBe(true);
    await options.keyboard.press('Enter');
    await status('Imported: 2 new records').waitFor({timeout: 15_000});
    const ids = (await dump()).records.map((r) => r.id);
    expect(ids).toContain('hubspot:import:deal:7101');
    expect(ids).toContain('hubspot:import:deal:7103');
    expect(ids).not.toContain('hubspot:import:deal:7102');
  });

  test('a generic CSV gets a column-mapping step, remembered for the next file of the same shape', async () => {
    const path = `${browser.profile}/people.csv`;
    writeFileSync(path, 'Person,Given,Family,Mail\nP1,Ada,Lovelace,ada@example.com\nP2,Alan,Turing,alan@example.com\n');
    await choose([path]);
    const form = section().locator('form.im-mapping');
    await form.waitFor({timeout: 15_000});
    await form.getByLabel('Each row is a').selectOption('contact');
    await form.getByLabel('Record ID (required)').selectOption('Person');
    await form.getByLabel('First name').selectOption('Given');
    await form.getByLabel('Last name').selectOption('Family');
    await form.getByLabel('Email').selectOption('Mail');
    await options.screenshot({path: `${SHOTS}/mapping.png`, fullPage: true});
    await form.getByRole('button', {name: 'Use this mapping'}).click();
    await expect.poll(async () => (await preview().locator('tbody tr').first().innerText()).replace(/\s+/g, ' '), {timeout: 15_000}).toMatch(/people\.csv Your column mapping 2 2 0 0 Ready/);
    await preview().getByRole('button', {name: 'Import 2 records'}).click();
    await status('Imported: 2 new records').waitFor({timeout: 15_000});

    // The same shape again (columns in another order): no mapping step, read the same way.
    const again = `${browser.profile}/people-2.csv`;
    writeFileSync(again, 'Mail,Person,Family,Given\ngrace@example.com,P3,Hopper,Grace\n');
    await choose([again]);
    await expect.poll(async () => (await preview().locator('tbody tr').first().innerText()).replace(/\s+/g, ' '), {timeout: 15_000}).toMatch(/people-2\.csv Your column mapping 1 1 0 0 Ready/);
    expect(await form.count()).toBe(0);
    const {value} = await sendFromPage(options, 'imports/mappings', {});
    expect(Object.keys((value as {mappings: object}).mappings)).toHaveLength(1);
  });

  test('Cancel stops reading a large file, and nothing is imported', async () => {
    const path = `${browser.profile}/big.csv`;
    const lines = ['Record ID,First Name,Last Name,Email,Lifecycle Stage,Buying Role,Contact owner,Associated Company IDs,Associated Company'];
    for (let i = 0; i < 400_000; i++) lines.push(`${100000 + i},First${i},Last${i},p${i}@example.com,Lead,,Owner,9001,Société Générale Équipements`);
    writeFileSync(path, lines.join('\n'));
    const before = (await dump()).records.length;
    await choose([path]);
    // Progress within the one big file: percent, rows and rows/s while it is read.
    await section().getByTestId('import-progress').filter({hasText: /Reading file 1 of 1: \d+ %, [\d,]+ rows \([\d,]+ rows\/s\)/}).waitFor({timeout: 30_000});
    await section().screenshot({path: `${SHOTS}/progress.png`});
    await section().getByRole('button', {name: 'Cancel'}).click({timeout: 15_000});
    await status('cancelled').waitFor();
    expect(await preview().count()).toBe(0);
    expect((await dump()).records.length).toBe(before);
  });

  test('the import section passes axe-core in light and dark', async () => {
    await choose([`${FIXTURES}/hubspot-deals-broken.csv`, ...HUBSPOT]);
    await preview().waitFor({timeout: 15_000});
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({colorScheme: scheme});
      expect(await axeViolations(options, '#imports')).toEqual([]);
      await section().screenshot({path: `${SHOTS}/section-${scheme}.png`});
    }
  });
});
