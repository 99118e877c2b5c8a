/**
 * The import-preview CLI as a user runs it (DESIGN.md "Contracts" → Import preview): a child process on
 * the fixture exports, checking the printed JSON and the exit code.
 */
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';

const ROOT = join(__dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/imports');

function preview(...args: string[]) {
  const files = args.map((a) => (a.endsWith('.csv') || a.endsWith('.json') ? join(FIXTURES, a) : a));
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/import-preview.ts'), ...files], {cwd: ROOT, encoding: 'utf8'});
  const json = run.stdout.trim() ? JSON.parse(run.stdout) : undefined;
  return {status: run.status, stderr: run.stderr, json, files: json?.files ?? []};
}

describe('import-preview: ad-platform exports', () => {
  test('IDEA-8 AG-2 Google Ads report: title/date lines and "Total:" rows are not data; segments sum per campaign and month', () => {
    const {status, files} = preview('google-ads-campaigns.csv');
    expect(status).toBe(0);
    expect(files[0]).toEqual({
      file: join(FIXTURES, 'google-ads-campaigns.csv'),
      format: 'google-ads',
      rows: 6,
      errors: [],
      adMetrics: {
        byCampaignMonth: [
          {campaign: 'Search - Brand', month: '2026-03', spend: 116.25, conversions: 6.5},
          {campaign: 'Search - Brand', month: '2026-04', spend: 39.8, conversions: 2},
          {campaign: 'Search - Generic', month: '2026-03', spend: 1210.4, conversions: 4},
          {campaign: 'Search - Generic', month: '2026-04', spend: 980, conversions: 3.5},
        ],
      },
    });
    expect(files[0]).not.toHaveProperty('crm');
  });

  test('IDEA-8 AG-2 Meta export: the summary row is skipped, "Results" are the conversions, ad sets sum', () => {
    const {files} = preview('meta-ads-daily.csv');
    expect(files[0].format).toBe('meta-ads');
    expect(files[0].rows).toBe(5);
    expect(files[0].adMetrics.byCampaignMonth).toEqual([
      {campaign: 'Leads - Spring Webinar', month: '2026-03', spend: 156.45, conversions: 9},
      {campaign: 'Leads - Spring Webinar', month: '2026-04', spend: 70, conversions: 5},
      {campaign: 'Retargeting - Site visitors', month: '2026-03', spend: 18.9, conversions: 0},
    ]);
  });

  test('IDEA-8 AG-2 LinkedIn UTF-16LE tab export with title lines reads like any other', () => {
    const {status, files} = preview('linkedin-ads-utf16.csv');
    expect(status).toBe(0);
    expect(files[0]).toMatchObject({format: 'linkedin-ads', rows: 4, errors: []});
    expect(files[0].adMetrics.byCampaignMonth).toEqual([
      {campaign: 'ABM - Finance leaders', month: '2026-03', spend: 220.45, conversions: 3},
      {campaign: 'ABM - Finance leaders', month: '2026-04', spend: 130, conversions: 3},
      {campaign: 'Retarget - Pricing page', month: '2026-03', spend: 45.25, conversions: 0},
    ]);
  });

  test('IDEA-8 a bad number names its line, column and what was expected; exit 2 and nothing to commit', () => {
    const {status, files} = preview('google-ads-broken.csv', 'google-ads-campaigns.csv');
    expect(status).toBe(2);
    expect(files[0].errors).toEqual([{line: 6, column: 'Cost', message: '"Cost" is not a number: "12,3x"'}]);
    expect(files[0].rows).toBe(4);
    expect(files[0].adMetrics.byCampaignMonth).toEqual([]);
    expect(files[1].errors).toEqual([]);
  });

  test('IDEA-8 a Meta export without a daily breakdown is refused with the fix in the message', () => {
    const {status, files} = preview('meta-ads-no-breakdown.csv');
    expect(status).toBe(2);
    expect(files[0].errors[0]).toMatchObject({line: 2, column: 'Reporting ends'});
    expect(files[0].errors[0].message).toContain('Breakdown › By time › Day');
  });

  test('IDEA-8 generic semicolon/decimal-comma file: unknown without a mapping, read with one', () => {
    const unknown = preview('generic-ads-semicolon.csv');
    expect(unknown.status).toBe(2);
    expect(unknown.files[0]).toMatchObject({format: 'generic', errors: [{line: 2, column: null}]});
    expect(unknown.files[0]).not.toHaveProperty('adMetrics');

    const mapped = preview('generic-ads-semicolon.csv', '--mapping', 'generic-ads-semicolon.mapping.json');
    expect(mapped.status).toBe(0);
    expect(mapped.files[0]).toMatchObject({format: 'generic', rows: 3, errors: []});
    expect(mapped.files[0].adMetrics.byCampaignMonth).toEqual([
      {campaign: 'Frühjahr Webinar', month: '2026-03', spend: 2235, conversions: 5},
      {campaign: 'Messe Hannover', month: '2026-03', spend: 99.9, conversions: 0},
    ]);
  });
});

describe('import-preview: CRM exports', () => {
  test('TA-2 TA-7 TA-9 HubSpot contacts + companies (windows-1252) + deals + calls: totals over the files together', () => {
    const {status, files} = preview('hubspot-contacts.csv', 'hubspot-companies-1252.csv', 'hubspot-deals.csv', 'hubspot-calls.csv');
    expect(status).toBe(0);
    expect(files.map((f: {format: string; rows: number}) => [f.format, f.rows])).toEqual([
      ['hubspot-contacts', 4],
      ['hubspot-companies', 4],
      ['hubspot-deals', 5],
      ['hubspot-calls', 4],
    ]);
    const totals = {contacts: 4, companies: 4, deals: 5, targetAccounts: 2, openDealValue: 60500};
    for (const f of files) expect(f.crm).toEqual(totals);
    for (const f of files) expect(f).not.toHaveProperty('adMetrics');
  });

  test('TA-9 Salesforce report exports: footer lines skipped, contacts and opportunities linked by account name', () => {
    const {status, files} = preview('salesforce-accounts.csv', 'salesforce-contacts.csv', 'salesforce-opportunities.csv');
    expect(status).toBe(0);
    expect(files.map((f: {rows: number}) => f.rows)).toEqual([3, 5, 4]);
    // Hooli is named by a contact but not exported: it becomes a (4th) company.
    expect(files[2].crm).toEqual({contacts: 5, companies: 4, deals: 4, targetAccounts: 2, openDealValue: 40250.5});
  });

  test('TA-9 Pipedrive exports (deals semicolon-separated with decimal commas); deleted deals are not deals', () => {
    const {status, files} = preview('pipedrive-organizations.csv', 'pipedrive-persons.csv', 'pipedrive-deals-semicolon.csv', 'pipedrive-activities.csv');
    expect(status).toBe(0);
    expect(files.map((f: {format: string}) => f.format)).toEqual(['pipedrive-organizations', 'pipedrive-persons', 'pipedrive-deals', 'pipedrive-activities']);
    expect(files[0].crm).toEqual({contacts: 3, companies: 2, deals: 3, targetAccounts: 1, openDealValue: 12500.5});
  });

  test('IDEA-8 a quoted multi-line cell shifts the error line to the physical line in the file', () => {
    const {status, files} = preview('hubspot-deals-broken.csv');
    expect(status).toBe(2);
    expect(files[0].errors).toEqual([{line: 4, column: 'Amount', message: '"Amount" is not a number: "12 5OO"'}]);
    expect(files[0].crm).toEqual({contacts: 0, companies: 0, deals: 0, targetAccounts: 0, openDealValue: 0});
  });
});

describe('import-preview: command line', () => {
  test('IDEA-8 no file, or a missing file, exits 2 with a message on stderr', () => {
    const none = preview();
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no file given');
    const missing = preview(join(FIXTURES, 'does-not-exist.csv'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('file not found');
  });
});
