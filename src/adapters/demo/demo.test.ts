import {describe, expect, test} from 'vitest';
import {loadFixture} from '../shared/fixture';
import {validateCustomCrm} from '../custom/validate';
import {demoAdapter, demoDescription} from './index';

const URL_CO = 'http://127.0.0.1:5173/companies/co-001';
const company = {type: 'record', kind: 'company', id: 'co-001'} as const;

describe('demo CRM adapter (a built-in custom description)', () => {
  const doc = loadFixture(new URL('./fixtures/company.html', import.meta.url), URL_CO);

  test('IDEA-1 the demo description passes the same validation users get', () => {
    expect(validateCustomCrm(demoDescription)).toEqual({ok: true, value: demoDescription});
  });

  test('TA-31 demo URLs on any port and host spelling are read; the namespace keeps host and port', () => {
    expect(demoAdapter.readPage(new URL(URL_CO))).toEqual(company);
    expect(demoAdapter.readPage(new URL('http://localhost:8080/contacts/ct-0003'))).toEqual({type: 'record', kind: 'contact', id: 'ct-0003'});
    expect(demoAdapter.readPage(new URL('http://localhost/leads'))).toEqual({type: 'list', kind: 'lead'});
    expect(demoAdapter.readPage(new URL('https://127.0.0.1/companies/co-001'))).toBeUndefined();
    expect(demoAdapter.namespace(new URL(URL_CO))).toBe('demo:127.0.0.1:5173');
    expect(demoAdapter.recordUrl?.('demo:127.0.0.1:5173', 'company', 'co-001')).toBe(URL_CO);
  });

  test('TA-12 TA-13 company fields and associated contacts with buying roles', () => {
    const record = demoAdapter.readRecord(doc, company)!;
    expect(record.name).toBe('Acme Oy');
    expect(record.fields).toEqual({domain: 'acme.fi', owner: 'Maria Sales', lifecycleStage: 'customer'});
    expect(record.contacts).toEqual([
      {id: 'ct-0003', name: 'Ella Virtanen', email: 'ella@acme.fi', buyingRoles: ['decisionMaker', 'champion']},
      {id: 'ct-0004', name: 'Otto Laine'},
    ]);
  });

  test('TA-16 TA-17 timeline items keep id, type, direction, outcome, time and contact; odd items are skipped', () => {
    const acts = demoAdapter.readRecord(doc, company)!.activities;
    expect(acts.map((a) => a.sourceId)).toEqual(['act-00042', 'act-00041', 'act-00040', 'act-00039']);
    expect(acts[0]).toEqual({
      sourceId: 'act-00042', type: 'call', direction: 'user', outcome: 'connected', at: Date.parse('2026-03-02T10:00:00Z'),
      title: 'Call with Ella Virtanen', body: 'Discussed the renewal.', userName: 'Maria Sales', contactId: 'ct-0003',
    });
    expect(acts[1]).toMatchObject({type: 'email', direction: 'contact', contactId: 'ct-0003'});
    expect(acts[2]).toMatchObject({type: 'meeting', direction: 'user', contactId: 'ct-0004'});
    // Hostile note: bidi overrides stripped from the title, body clipped to 500 characters.
    expect(acts[3].title).toBe('Budget note');
    expect(acts[3].body).toHaveLength(500);
  });

  test('TA-31 the panel goes at the top of the sidebar; the badge next to the title on contact pages', () => {
    const host = doc.createElement('div');
    const sidebar = demoAdapter.findAnchor(doc, company, 'panel')!;
    demoAdapter.place(sidebar, host, 'panel');
    expect(sidebar.getAttribute('data-testid')).toBe('record-sidebar');
    expect(sidebar.firstElementChild).toBe(host);
    const contactPage = {type: 'record', kind: 'contact', id: 'ct-0003'} as const;
    const title = demoAdapter.findAnchor(doc, contactPage, 'badge')!;
    const badge = doc.createElement('span');
    demoAdapter.place(title, badge, 'badge');
    expect(title.getAttribute('data-testid')).toBe('record-title');
    expect(title.nextElementSibling).toBe(badge);
    expect(demoAdapter.findAnchor(doc, contactPage, 'panel')).toBe(sidebar);
  });

  test('TA-2 list rows carry record ids and their empty goalpost cell takes the badge', () => {
    const list = loadFixture(new URL('./fixtures/contact-list.html', import.meta.url), 'http://localhost:5173/contacts');
    const page = {type: 'list', kind: 'contact'} as const;
    const rows = demoAdapter.listRows(list, page);
    expect(rows.map((r) => r.id)).toEqual(['ct-0001', 'ct-0002']);
    const cell = demoAdapter.findAnchor(rows[1].element, page, 'badge')!;
    const badge = list.createElement('span');
    demoAdapter.place(cell, badge, 'badge');
    expect(cell.getAttribute('data-testid')).toBe('cell-goalpost');
    expect(cell.firstElementChild).toBe(badge);
    expect(demoAdapter.watchSelector(page)).toBe('[data-testid="list-page"]');
  });
});
