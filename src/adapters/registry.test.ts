import {describe, expect, test} from 'vitest';
import {adapterFor, builtInAdapters} from './registry';
import type {CustomCrm} from './custom/schema';

const custom: CustomCrm = {
  id: 'acme', name: 'Acme CRM', match: 'https://*.acme-crm.example/*',
  records: {company: {urlPattern: '/companies/:id', anchor: 'aside', fields: {name: 'h1'}}},
};

describe('adapter registry', () => {
  test.each([
    ['https://app-eu1.hubspot.com/contacts/1/record/0-2/2', 'hubspot'],
    ['https://acme.lightning.force.com/lightning/r/Account/001Dn00000AbCdEIAV/view', 'salesforce'],
    ['https://northwind.pipedrive.com/person/1', 'pipedrive'],
    ['http://127.0.0.1:5173/companies/co-001', 'demo'],
    ['http://localhost:4000/contacts', 'demo'],
    ['https://eu.acme-crm.example/companies/9', 'custom:acme'],
  ])('IDEA-1 %s is served by %s', (url, id) => {
    expect(adapterFor(new URL(url), [custom])?.id).toBe(id);
  });

  test('IDEA-1 pages of no known CRM get no adapter', () => {
    expect(adapterFor(new URL('https://example.com/companies/1'), [custom])).toBeUndefined();
    expect(builtInAdapters.map((a) => a.id)).toEqual(['hubspot', 'salesforce', 'pipedrive', 'demo']);
  });

  test('TA-31 built-in adapters never throw on hostile roots', () => {
    const hostile = {querySelector: () => { throw new Error('boom'); }, querySelectorAll: () => { throw new Error('boom'); }} as unknown as ParentNode;
    for (const adapter of builtInAdapters) {
      const page = {type: 'record', kind: 'company', id: '1'} as const;
      expect(() => adapter.readRecord(hostile, page)).not.toThrow();
      expect(adapter.findAnchor(hostile, page, 'panel')).toBeNull();
      expect(adapter.listRows(hostile, {type: 'list', kind: 'company'})).toEqual([]);
    }
  });
});

describe('adapterFor with custom CRMs on the demo hosts', () => {
  const tiny: CustomCrm = {
    id: 'tiny', name: 'Tiny CRM', match: 'http://127.0.0.1:9000/*',
    records: {company: {urlPattern: '/#/companies/:id', anchor: 'aside', fields: {name: 'h1'}}},
  };
  const paths: CustomCrm = {...tiny, id: 'paths', records: {company: {urlPattern: '/companies/:id', anchor: 'aside', fields: {name: 'h1'}}}};

  test('IDEA-1 the adapter that recognises the page wins over the demo, which claims every 127.0.0.1 page', () => {
    expect(adapterFor(new URL('http://127.0.0.1:9000/#/companies/42'), [tiny])?.id).toBe('custom:tiny');
    expect(adapterFor(new URL('http://127.0.0.1:9000/companies/42'), [paths])?.id).toBe('custom:paths');
    expect(adapterFor(new URL('http://127.0.0.1:5173/companies/co-001'), [tiny])?.id).toBe('demo');
  });

  test('IDEA-1 switched-off adapters are passed over', () => {
    expect(adapterFor(new URL('http://127.0.0.1:9000/#/companies/42'), [tiny], ['custom:tiny'])?.id).toBe('demo');
    expect(adapterFor(new URL('http://127.0.0.1:5173/companies/co-001'), [], ['demo'])).toBeUndefined();
  });
});
