import {describe, expect, test} from 'vitest';
import {loadFixture} from '../shared/fixture';
import {healthReport} from '../health';
import {hubspotAdapter as hs} from './index';

const fixture = (name: string, url: string) => loadFixture(new URL(`./fixtures/${name}.html`, import.meta.url), url);
const COMPANY_URL = 'https://app.hubspot.com/contacts/1234567/record/0-2/9876543210';

describe('HubSpot extraction', () => {
  const doc = fixture('company', COMPANY_URL);
  const page = hs.readPage(new URL(COMPANY_URL));

  test('TA-31 a company record page is read as company 9876543210 in portal 1234567', () => {
    expect(page).toEqual({type: 'record', kind: 'company', id: '9876543210'});
    expect(hs.namespace(new URL(COMPANY_URL))).toBe('hubspot:1234567');
  });

  test('TA-13 company name, fields and associated contacts come from the page', () => {
    const record = hs.readRecord(doc, {type: 'record', kind: 'company', id: '9876543210'});
    expect(record?.name).toBe('Northwind Mills');
    expect(record?.fields).toEqual({domain: 'northwind-mills.example', owner: 'Maria Sales', lifecycleStage: 'opportunity'});
    // The second contact's name carried a U+202E override: it is stripped, not shown reversed.
    expect(record?.contacts).toEqual([
      {id: '51', name: 'Ella Virtanen', email: 'ella.virtanen@northwind-mills.example'},
      {id: '52', name: 'Otto Laine'},
    ]);
  });

  test('TA-16 TA-23 TA-24 timeline call (with outcome), emails, meeting and note carry engagement ids', () => {
    const record = hs.readRecord(doc, {type: 'record', kind: 'company', id: '9876543210'});
    expect(record?.activities).toEqual([
      {sourceId: '40000000001', type: 'call', direction: 'user', outcome: 'connected', at: Date.parse('2026-03-02T10:00:00Z'),
        title: 'Call logged', body: 'Walked through the renewal options with Ella.', userName: 'Maria Sales'},
      {sourceId: '40000000002', type: 'email', direction: 'user', title: 'Outgoing email', body: 'Following up on the pricing sheet we discussed.'},
      {sourceId: '40000000003', type: 'email', direction: 'contact', title: 'Incoming email', body: 'Thanks, we will review it on Thursday.'},
      {sourceId: '40000000004', type: 'meeting', direction: 'user', title: 'Meeting', body: 'Quarterly review with the operations team.'},
      {sourceId: '40000000005', type: 'note', direction: 'user', title: 'Internal note', body: 'Budget holder is the CFO; decision expected in April.'},
    ]);
  });

  test('TA-31 the panel goes at the top of the right sidebar, the badge right after the name', () => {
    const p = {type: 'record', kind: 'company', id: '9876543210'} as const;
    const host = doc.createElement('div');
    const sidebar = hs.findAnchor(doc, p, 'panel')!;
    hs.place(sidebar, host, 'panel');
    expect(sidebar.getAttribute('data-test-id')).toBe('right-sidebar');
    expect(sidebar.firstElementChild).toBe(host);
    const badge = doc.createElement('span');
    const title = hs.findAnchor(doc, p, 'badge')!;
    hs.place(title, badge, 'badge');
    expect(title.nextElementSibling).toBe(badge);
    expect(hs.findAnchor(doc, p, 'indicator')?.getAttribute('data-test-id')).toBe('record-highlight-main-content');
  });

  test('TA-12 a contact page gives email, owner, stage, buying roles and the primary company', () => {
    const url = 'https://app.hubspot.com/contacts/1234567/record/0-1/51';
    const record = hs.readRecord(fixture('contact', url), {type: 'record', kind: 'contact', id: '51'});
    expect(record).toMatchObject({kind: 'contact', id: '51', name: 'Ella Virtanen', contacts: []});
    expect(record?.fields).toEqual({
      email: 'ella.virtanen@northwind-mills.example',
      owner: 'Maria Sales',
      lifecycleStage: 'marketingqualifiedlead',
      buyingRoles: ['decisionMaker', 'champion'],
      companyId: '9876543210',
    });
    expect(record?.activities).toEqual([
      {sourceId: '40000000010', type: 'form', direction: 'contact', title: 'Form submission', body: 'Submitted "Request a demo" on northwind-mills.example.'},
    ]);
  });

  test('TA-2 list rows give record ids and a badge cell per row', () => {
    const url = 'https://app.hubspot.com/contacts/1234567/objects/0-2/views/all/list';
    const list = fixture('list', url);
    const listPage = hs.readPage(new URL(url));
    expect(listPage).toEqual({type: 'list', kind: 'company'});
    const rows = hs.listRows(list, {type: 'list', kind: 'company'});
    expect(rows.map((r) => r.id)).toEqual(['9876543210', '9876543211', '9876543212']);
    const cell = hs.findAnchor(rows[1].element, {type: 'list', kind: 'company'}, 'badge')!;
    const badge = list.createElement('span');
    hs.place(cell, badge, 'badge');
    expect(cell.lastElementChild).toBe(badge);
  });

  test('TA-31 moved anchors fail soft: no anchor, the record keeps its URL id and tab-title name', () => {
    const doc2 = fixture('moved', COMPANY_URL);
    const p = {type: 'record', kind: 'company', id: '9876543210'} as const;
    for (const slot of ['panel', 'badge', 'indicator'] as const) expect(hs.findAnchor(doc2, p, slot)).toBeNull();
    expect(hs.readRecord(doc2, p)).toEqual({kind: 'company', id: '9876543210', name: 'Northwind Mills', fields: {}, contacts: [], activities: []});
    const health = healthReport(hs, doc2, p);
    expect(health.every((h) => !h.found)).toBe(true);
    expect(health[0].fieldsMissing).toEqual(['domain', 'owner']);
  });

  test('TA-35 the company record URL opens in the right portal', () => {
    expect(hs.recordUrl?.('hubspot:1234567', 'company', '9876543210')).toBe(COMPANY_URL);
    expect(hs.recordUrl?.('hubspot:1234567', 'company', '../x')).toBeUndefined();
  });
});
