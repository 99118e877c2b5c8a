/** Ad exports → AdMetricRow: keys, summing, re-import, all-or-nothing and its opt-out (AG-2, AG-17). */
import {describe, expect, test} from 'vitest';
import {adMetricKey, adMetricsImportedEvent, importFile, importFiles, mergeAdMetrics, shapeKey} from '../../src/import/index';

const google = (rows: string[]) => ['Campaign report', '"1 March 2026 - 31 March 2026"', 'Day,Account,Campaign,Device,Currency code,Cost,Conversions', ...rows].join('\n');

describe('normalized rows', () => {
  test('AG-2 rows carry date, account, campaign, network, spend and the network\'s own conversions', () => {
    const file = importFile({name: 'g.csv', data: google(['2026-03-02,Acme Europe ,  Search - Brand ,Computers,EUR,45.20,3.00'])});
    expect(file.adMetrics).toEqual([{date: '2026-03-02', accountId: 'Acme Europe', campaignId: 'Search - Brand', network: 'google', spend: 45.2, conversions: 3}]);
    expect(file.currency).toBe('EUR');
  });

  test('AG-2 rows sharing day + account + campaign within one file are summed (device segments, ad sets)', () => {
    const file = importFile({
      name: 'g.csv',
      data: google(['2026-03-02,Acme,Brand,Computers,EUR,45.20,3', '2026-03-02,Acme,Brand,Mobile phones,EUR,30.05,1.5', '2026-03-02,Other,Brand,Computers,EUR,1,1']),
    });
    expect(file.adMetrics.map((r) => [r.accountId, r.spend, r.conversions])).toEqual([
      ['Acme', 75.25, 4.5],
      ['Other', 1, 1],
    ]);
  });

  test('AG-3 an export that names the campaign id and account id uses them, keeping the name for display', () => {
    const csv = '"Reporting starts","Reporting ends","Account ID","Campaign ID","Campaign name","Results","Amount spent (USD)"\n"2026-03-02","2026-03-02","act_1","c-9","Spring","2","10.00"\n';
    const file = importFile({name: 'm.csv', data: csv});
    expect(file.adMetrics).toEqual([{date: '2026-03-02', accountId: 'act_1', campaignId: 'c-9', network: 'meta', spend: 10, conversions: 2}]);
    expect(file.campaignNames).toEqual({'c-9': 'Spring'});
    expect(file.currency).toBe('USD');
  });

  test('AG-11 a Meta export with no account column uses the default account given by the caller', () => {
    const csv = '"Reporting starts","Reporting ends","Campaign name","Results","Amount spent (EUR)"\n"2026-03-02","2026-03-02","Spring","2","10,00"\n';
    expect(importFile({name: 'm.csv', data: csv}, {defaultAdAccount: 'meta:acme'}).adMetrics[0].accountId).toBe('meta:acme');
  });
});

describe('idempotency', () => {
  test('AG-17 re-importing the same rows changes nothing: same keys, same rows, same event id', () => {
    const data = google(['2026-03-02,Acme,Brand,Computers,EUR,45.20,3', '2026-03-03,Acme,Brand,Computers,EUR,41.00,2']);
    const first = importFile({name: 'g.csv', data}).adMetrics;
    const stored = mergeAdMetrics(first);
    const again = mergeAdMetrics(stored, importFile({name: 'g.csv', data}).adMetrics);
    expect(again).toEqual(stored);
    expect(adMetricsImportedEvent(again, 1).id).toBe(adMetricsImportedEvent(first, 2).id);
  });

  test('AG-17 a later import of a key replaces the earlier figures instead of adding to them', () => {
    const old = importFile({name: 'a.csv', data: google(['2026-03-02,Acme,Brand,Computers,EUR,45.20,3'])}).adMetrics;
    const corrected = importFile({name: 'b.csv', data: google(['2026-03-02,Acme,Brand,Computers,EUR,50.00,4'])}).adMetrics;
    expect(mergeAdMetrics(old, corrected)).toEqual(corrected);
    expect(importFiles([{name: 'a.csv', data: google(['2026-03-02,Acme,Brand,Computers,EUR,45.20,3'])}, {name: 'b.csv', data: google(['2026-03-02,Acme,Brand,Computers,EUR,50.00,4'])}]).adMetrics).toEqual(corrected);
  });

  test('AG-2 the key is day + account + campaign, per network', () => {
    const row = {date: '2026-03-02', accountId: 'A', campaignId: 'C', spend: 1, conversions: 0};
    expect(adMetricKey({...row, network: 'google'})).not.toBe(adMetricKey({...row, network: 'meta'}));
    expect(adMetricKey({...row, network: 'google'})).toBe(adMetricKey({...row, network: 'google', spend: 9} as typeof row & {network: string}));
  });
});

describe('all or nothing', () => {
  const data = google(['2026-03-02,Acme,Brand,Computers,EUR,45.20,3', '2026-03-03,Acme,Brand,Computers,EUR,"12,3x",2', '2026-03-33,Acme,Brand,Computers,EUR,1,1']);

  test('IDEA-8 a file with any error yields its errors and no rows to commit', () => {
    const file = importFile({name: 'g.csv', data});
    expect(file.errors).toEqual([
      {line: 5, column: 'Cost', message: '"Cost" is not a number: "12,3x"'},
      {line: 6, column: 'Day', message: '"Day" is not a date: "2026-03-33"'},
    ]);
    expect(file.adMetrics).toEqual([]);
  });

  test('IDEA-8 with skipInvalidRows the listed rows are dropped and the rest kept', () => {
    const file = importFile({name: 'g.csv', data}, {skipInvalidRows: true});
    expect(file.errors).toHaveLength(2);
    expect(file.adMetrics.map((r) => r.date)).toEqual(['2026-03-02']);
  });
});

describe('file shape', () => {
  test('IDEA-8 the shape key ignores column order, case and spacing but not the set of columns', () => {
    expect(shapeKey(['Datum', 'Kampagne', 'Kosten'])).toBe(shapeKey([' kosten', 'KAMPAGNE', 'Datum ']));
    expect(shapeKey(['Datum', 'Kampagne', 'Kosten'])).not.toBe(shapeKey(['Datum', 'Kampagne', 'Kosten', 'Klicks']));
  });
});
