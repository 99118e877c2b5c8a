import {describe, expect, test} from 'vitest';
import {Window} from 'happy-dom';
import {createCustomAdapter, testSelectors, validateCustomCrm, type CustomCrm} from './index';

const base = {
  id: 'acme',
  name: 'Acme CRM',
  match: 'https://crm.example.com/*',
  records: {
    company: {
      urlPattern: '/#/companies/:id',
      anchor: '.side',
      placement: 'before',
      fields: {name: 'h1', domain: {selector: '.domain', attribute: 'data-domain'}, lifecycleStage: {selector: '.stage', map: {Kunde: 'customer'}}},
      activities: {item: '.act', id: {attribute: 'data-id'}, type: {value: 'call'}, outcome: '.outcome', title: {selector: 'a', attribute: 'href'}},
    },
  },
  lists: {company: {urlPattern: '/#/companies', row: 'tr.r', id: {attribute: 'data-id'}, badgeCell: 'td.b'}},
};

function page(html: string, url: string): Document {
  const window = new Window({url});
  window.document.body.innerHTML = html;
  return window.document as unknown as Document;
}

describe('custom CRM descriptions', () => {
  test('IDEA-1 a valid description is accepted as written', () => {
    expect(validateCustomCrm(base)).toEqual({ok: true, value: base});
  });

  test('IDEA-1 errors name the field path and say what is wrong', () => {
    const bad = {
      ...base,
      match: ['https://*/*'],
      records: {company: {...base.records.company, urlPattern: '/companies', anchor: '//div[@id]', placement: 'inside', fields: {name: {selector: 'h1', attr: 'x'}}}},
      lists: {company: {urlPattern: 'companies', row: 'tr[', id: {attribute: 'data id'}}},
    };
    const result = validateCustomCrm(bad);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toEqual(expect.arrayContaining([
      {path: 'match.0', message: 'must name the CRM\'s host, not "*" (that would cover every site)'},
      {path: 'records.company.urlPattern', message: 'must contain ":id"'},
      {path: 'records.company.anchor', message: 'must be a CSS selector (XPath and prefixes such as "css:" are not supported)'},
      {path: 'records.company.placement', message: 'must be one of "prepend", "append", "before", "after"'},
      {path: 'records.company.fields.name.attr', message: 'is not a known field'},
      {path: 'lists.company.urlPattern', message: 'must start with "/" (a path such as "/companies/:id" or "/#/companies/:id")'},
      {path: 'lists.company.row', message: 'has unbalanced brackets or quotes'},
      {path: 'lists.company.id.attribute', message: 'must be an attribute name such as "data-id"'},
    ]));
    expect(validateCustomCrm({...base, records: {}})).toEqual({ok: false, errors: [{path: 'records', message: 'must describe at least one of company, contact, lead, deal'}]});
    expect(validateCustomCrm('nope')).toEqual({ok: false, errors: [{path: '(description)', message: 'must be an object'}]});
  });

  test('TA-31 hash routes are matched; the anchor placement comes from the description', () => {
    const adapter = createCustomAdapter(base as CustomCrm);
    expect(adapter.id).toBe('custom:acme');
    expect(adapter.readPage(new URL('https://crm.example.com/#/companies/42?tab=1'))).toEqual({type: 'record', kind: 'company', id: '42'});
    expect(adapter.readPage(new URL('https://crm.example.com/#/companies'))).toEqual({type: 'list', kind: 'company'});
    expect(adapter.readPage(new URL('https://other.example.com/#/companies/42'))).toBeUndefined();
    expect(adapter.namespace(new URL('https://crm.example.com/'))).toBe('custom:acme');
    const doc = page('<main><aside class="side"></aside></main>', 'https://crm.example.com/#/companies/42');
    const anchor = adapter.findAnchor(doc, {type: 'record', kind: 'company', id: '42'}, 'panel')!;
    const host = doc.createElement('div');
    adapter.place(anchor, host, 'panel');
    expect(anchor.previousElementSibling).toBe(host);
  });

  test('TA-13 fields read attributes and mapped text; only http(s) hrefs leave the page', () => {
    const adapter = createCustomAdapter(base as CustomCrm);
    const doc = page(
      `<h1> Acme&#x202D; Oy </h1><span class="domain" data-domain="acme.fi">x</span><span class="stage">Kunde</span>
       <div class="act" data-id="a1"><a href="javascript:alert(1)">x</a><i class="outcome">Left voicemail</i></div>
       <div class="act" data-id="a2"><a href="/calls/a2">x</a></div>`,
      'https://crm.example.com/#/companies/42',
    );
    const record = adapter.readRecord(doc, {type: 'record', kind: 'company', id: '42'});
    expect(record).toEqual({
      kind: 'company', id: '42', name: 'Acme Oy', fields: {domain: 'acme.fi', lifecycleStage: 'customer'}, contacts: [],
      activities: [
        {sourceId: 'a1', type: 'call', direction: 'user', outcome: 'leftVoicemail'},
        {sourceId: 'a2', type: 'call', direction: 'user', title: 'https://crm.example.com/calls/a2'},
      ],
    });
  });

  test('TA-31 a selector that breaks at run time costs a field, never an exception', () => {
    const broken = {...base, records: {company: {...base.records.company, anchor: 'div:nth-child(', fields: {name: 'h1:has-not-a-thing('}}}} as CustomCrm;
    const adapter = createCustomAdapter(broken);
    const doc = page('<h1>Acme</h1>', 'https://crm.example.com/#/companies/42');
    const p = {type: 'record', kind: 'company', id: '42'} as const;
    expect(adapter.findAnchor(doc, p, 'panel')).toBeNull();
    expect(adapter.readRecord(doc, p)).toMatchObject({id: '42', name: ''});
  });

  test('IDEA-1 "test on this tab" counts matches per selector, items per item selector', () => {
    const doc = page('<h1>Acme</h1><aside class="side"></aside><div class="act" data-id="1"><i class="outcome">x</i></div><div class="act" data-id="2"></div>', 'https://crm.example.com/#/companies/42');
    const {page: info, results} = testSelectors(doc, base as CustomCrm, new URL('https://crm.example.com/#/companies/42'));
    expect(info).toEqual({type: 'record', kind: 'company', id: '42'});
    expect(results).toEqual([
      {path: 'records.company.anchor', selector: '.side', count: 1},
      {path: 'records.company.fields.name', selector: 'h1', count: 1},
      {path: 'records.company.fields.domain', selector: '.domain', count: 0},
      {path: 'records.company.fields.lifecycleStage', selector: '.stage', count: 0},
      {path: 'records.company.activities.item', selector: '.act', count: 2},
      {path: 'records.company.activities.outcome', selector: '.outcome', count: 1, items: 2},
      {path: 'records.company.activities.title', selector: 'a', count: 0, items: 2},
    ]);
  });
});
