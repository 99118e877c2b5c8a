import {describe, expect, test} from 'vitest';
import {loadFixture} from '../shared/fixture';
import {healthReport} from '../health';
import {salesforceAdapter as sf} from './index';

const fixture = (name: string, url: string) => loadFixture(new URL(`./fixtures/${name}.html`, import.meta.url), url);
const ACCOUNT_URL = 'https://acme.lightning.force.com/lightning/r/Account/001Dn00000AbCdEIAV/view';
const account = {type: 'record', kind: 'company', id: '001Dn00000AbCdEIAV'} as const;

describe('Salesforce extraction', () => {
  const doc = fixture('account', ACCOUNT_URL);

  test('TA-31 an Account page is a company record in the acme My Domain', () => {
    expect(sf.readPage(new URL(ACCOUNT_URL))).toEqual(account);
    expect(sf.namespace(new URL(ACCOUNT_URL))).toBe('salesforce:acme');
    expect(sf.namespace(new URL('https://acme--uat.sandbox.lightning.force.com/lightning/o/Account/list'))).toBe('salesforce:acme--uat');
  });

  test('TA-13 the active view is read, not the cached earlier record', () => {
    const record = sf.readRecord(doc, account);
    expect(record?.name).toBe('Northwind Mills');
    expect(record?.fields).toEqual({owner: 'Maria Sales', domain: 'northwind-mills.example'});
    expect(record?.contacts).toEqual([
      {id: '003Dn00000XyZaBIAV', name: 'Ella Virtanen', email: 'ella.virtanen@northwind-mills.example'},
      {id: '003Dn00000XyZaCIAV', name: 'Otto Laine'},
    ]);
  });

  test('TA-16 TA-23 TA-24 timeline call with outcome, email, event and the Notes list carry Salesforce ids', () => {
    expect(sf.readRecord(doc, account)?.activities).toEqual([
      {sourceId: '00TDn00000CaLlAIAR', type: 'call', direction: 'user', outcome: 'connected', at: Date.parse('2026-03-02T10:00:00Z'),
        title: 'Call about renewal', body: 'Walked through the renewal options.', contactId: '003Dn00000XyZaBIAV'},
      {sourceId: '00TDn00000EmAiLIAR', type: 'email', direction: 'user', title: 'Email: Pricing sheet', userName: 'Maria Sales', contactId: '003Dn00000XyZaBIAV'},
      {sourceId: '00UDn00000MeEtAIAR', type: 'meeting', direction: 'user', at: Date.parse('2026-02-27T14:00:00Z'), title: 'Quarterly review'},
      {sourceId: '069Dn00000NoTeAIAR', type: 'note', direction: 'user', title: 'Budget holder is the CFO'},
    ]);
  });

  test('TA-31 the panel goes above the activity panel in the right column; badge after the name', () => {
    const host = doc.createElement('div');
    const anchor = sf.findAnchor(doc, account, 'panel')!;
    sf.place(anchor, host, 'panel');
    expect(host.nextElementSibling).toBe(anchor);
    expect(anchor.getAttribute('data-component-id')).toBe('runtime_sales_activities_activityPanel');
    const title = sf.findAnchor(doc, account, 'badge')!;
    expect(title.textContent?.trim()).toBe('Northwind Mills');
    expect(sf.findAnchor(doc, account, 'indicator')?.tagName.toLowerCase()).toBe('records-lwc-highlights-panel');
  });

  test('TA-12 a Contact page gives email, owner and the Account id from the lookup', () => {
    const url = 'https://acme.lightning.force.com/lightning/r/Contact/003Dn00000XyZaBIAV/view';
    const record = sf.readRecord(fixture('contact', url), {type: 'record', kind: 'contact', id: '003Dn00000XyZaBIAV'});
    expect(record).toEqual({
      kind: 'contact', id: '003Dn00000XyZaBIAV', name: 'Ella Virtanen',
      fields: {email: 'ella.virtanen@northwind-mills.example', owner: 'Maria Sales', companyId: '001Dn00000AbCdEIAV'},
      contacts: [], activities: [],
    });
  });

  test('TA-2 list view rows give Account ids and a name cell for the badge', () => {
    const url = 'https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent';
    const list = fixture('list', url);
    const page = sf.readPage(new URL(url));
    expect(page).toEqual({type: 'list', kind: 'company'});
    const rows = sf.listRows(list, {type: 'list', kind: 'company'});
    expect(rows.map((r) => r.id)).toEqual(['001Dn00000AbCdEIAV', '001Dn00000AbCdFIAV']);
    expect(sf.findAnchor(rows[0].element, {type: 'list', kind: 'company'}, 'badge')?.tagName).toBe('TH');
  });

  test('TA-31 renamed components fail soft: no anchor, id from the URL, name from the tab title', () => {
    const moved = fixture('moved', ACCOUNT_URL);
    for (const slot of ['panel', 'badge', 'indicator'] as const) expect(sf.findAnchor(moved, account, slot)).toBeNull();
    expect(sf.readRecord(moved, account)).toEqual({kind: 'company', id: '001Dn00000AbCdEIAV', name: 'Northwind Mills', fields: {}, contacts: [], activities: []});
    expect(healthReport(sf, moved, account)[0]).toEqual({slot: 'panel', found: false, fieldsFound: ['name'], fieldsMissing: ['domain', 'owner']});
  });

  test('TA-35 record URLs point at the org (sandboxes included)', () => {
    expect(sf.recordUrl?.('salesforce:acme', 'company', '001Dn00000AbCdEIAV')).toBe(ACCOUNT_URL);
    expect(sf.recordUrl?.('salesforce:acme--uat', 'deal', '006Dn00000QrStUIAV')).toBe('https://acme--uat.sandbox.lightning.force.com/lightning/r/Opportunity/006Dn00000QrStUIAV/view');
  });
});
