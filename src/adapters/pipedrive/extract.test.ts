import {describe, expect, test} from 'vitest';
import {loadFixture} from '../shared/fixture';
import {pipedriveAdapter as pd} from './index';

const fixture = (name: string, url: string) => loadFixture(new URL(`./fixtures/${name}.html`, import.meta.url), url);
const ORG_URL = 'https://northwind.pipedrive.com/organization/7';
const org = {type: 'record', kind: 'company', id: '7'} as const;

describe('Pipedrive extraction', () => {
  const doc = fixture('organization', ORG_URL);

  test('TA-31 an organization page is a company record in the northwind account', () => {
    expect(pd.readPage(new URL(ORG_URL))).toEqual(org);
    expect(pd.namespace(new URL(ORG_URL))).toBe('pipedrive:northwind');
    expect(pd.readPage(new URL('https://northwind.pipedrive.com/leads/inbox/0F8FAD5B-D9CB-469F-A165-70867728950E'))).toEqual({type: 'record', kind: 'lead', id: '0f8fad5b-d9cb-469f-a165-70867728950e'});
  });

  test('TA-13 the visible view gives name, website domain, owner and the people listed', () => {
    const record = pd.readRecord(doc, org);
    expect(record?.name).toBe('Northwind Mills');
    expect(record?.fields).toEqual({owner: 'Maria Sales', domain: 'northwind-mills.example'});
    expect(record?.contacts).toEqual([{id: '12', name: 'Ella Virtanen'}, {id: '13', name: 'Otto Laine'}]);
  });

  test('TA-16 TA-23 TA-24 flow items give a call with outcome, an email, a meeting and a note', () => {
    expect(pd.readRecord(doc, org)?.activities).toEqual([
      {sourceId: 'activity-501', type: 'call', direction: 'user', outcome: 'noAnswer', at: Date.parse('2026-03-02T10:00:00Z'), title: 'Renewal call', userName: 'Maria Sales', contactId: '12'},
      {sourceId: 'mail-88', type: 'email', direction: 'user', at: Date.parse('2026-03-01T09:45:00Z'), title: 'Pricing sheet'},
      {sourceId: 'activity-502', type: 'meeting', direction: 'user', title: 'Quarterly review'},
      {sourceId: 'note-77', type: 'note', direction: 'user', body: 'Budget holder is the CFO; decision expected in April.'},
    ]);
  });

  test('TA-31 the panel goes at the top of the record sidebar', () => {
    const host = doc.createElement('div');
    const anchor = pd.findAnchor(doc, org, 'panel')!;
    pd.place(anchor, host, 'panel');
    expect(anchor.firstElementChild).toBe(host);
    expect(anchor.getAttribute('data-testid')).toBe('detail-sidebar');
  });

  test('TA-12 a person page (old detail view) gives email, owner and organization id', () => {
    const url = 'https://northwind.pipedrive.com/person/12';
    const person = fixture('person', url);
    const page = {type: 'record', kind: 'contact', id: '12'} as const;
    expect(pd.readRecord(person, page)).toEqual({
      kind: 'contact', id: '12', name: 'Ella Virtanen',
      fields: {email: 'ella.virtanen@northwind-mills.example (Work)', owner: 'Maria Sales', companyId: '7'},
      contacts: [], activities: [],
    });
    const badge = person.createElement('span');
    const anchor = pd.findAnchor(person, page, 'badge')!;
    pd.place(anchor, badge, 'badge');
    expect(anchor.className).toBe('spacer');
    expect(anchor.lastElementChild).toBe(badge);
  });

  test('TA-2 list rows give person ids; the badge cell is the one holding the person link', () => {
    const url = 'https://northwind.pipedrive.com/persons/list/everyone';
    const list = fixture('list', url);
    expect(pd.readPage(new URL(url))).toEqual({type: 'list', kind: 'contact'});
    const rows = pd.listRows(list, {type: 'list', kind: 'contact'});
    expect(rows.map((r) => r.id)).toEqual(['12', '13']);
    expect(pd.findAnchor(rows[1].element, {type: 'list', kind: 'contact'}, 'badge')?.textContent).toBe('Otto Laine');
  });

  test('TA-31 moved anchors fail soft: no anchor, id from the URL, name from the tab title', () => {
    const moved = fixture('moved', 'https://northwind.pipedrive.com/deal/345');
    const page = {type: 'record', kind: 'deal', id: '345'} as const;
    for (const slot of ['panel', 'badge', 'indicator'] as const) expect(pd.findAnchor(moved, page, slot)).toBeNull();
    expect(pd.readRecord(moved, page)).toEqual({kind: 'deal', id: '345', name: 'Northwind renewal 2026', fields: {}, contacts: [], activities: []});
  });

  test('TA-35 record URLs are built per company subdomain', () => {
    expect(pd.recordUrl?.('pipedrive:northwind', 'company', '7')).toBe(ORG_URL);
    expect(pd.recordUrl?.('pipedrive:northwind', 'company', '7/../x')).toBeUndefined();
  });
});
