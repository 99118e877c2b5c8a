import {describe, expect, test} from 'vitest';
import type {CustomCrm} from './custom/schema';
import {cases as hubspotCases, unrelated as hubspotUnrelated} from './hubspot/pages.cases';
import {loadAdapterPicker} from './loader';
import {cases as pipedriveCases, unrelated as pipedriveUnrelated} from './pipedrive/pages.cases';
import {adapterFor} from './registry';
import {cases as salesforceCases, unrelated as salesforceUnrelated} from './salesforce/pages.cases';

const acme: CustomCrm = {
  id: 'acme', name: 'Acme CRM', match: 'https://*.acme-crm.example/*',
  records: {company: {urlPattern: '/companies/:id', anchor: 'aside', fields: {name: 'h1'}}},
};
const tiny: CustomCrm = {
  id: 'tiny', name: 'Tiny CRM', match: 'http://127.0.0.1:9000/*',
  records: {company: {urlPattern: '/#/companies/:id', anchor: 'aside', fields: {name: 'h1'}}},
};
// A description that claims a HubSpot host too: built-ins still come first there.
const greedy: CustomCrm = {...acme, id: 'greedy', match: ['https://*.hubspot.com/*', 'https://*.pipedrive.com/*']};

const urls = [
  ...[hubspotCases, salesforceCases, pipedriveCases].flatMap((table) => Object.values(table).flat()),
  ...hubspotUnrelated, ...salesforceUnrelated, ...pipedriveUnrelated,
  'http://127.0.0.1:5173/companies/co-001', 'http://localhost:4000/contacts', 'http://127.0.0.1:9000/#/companies/42',
  'http://127.0.0.1:9000/companies/42', 'https://127.0.0.1/companies/1', 'https://eu.acme-crm.example/companies/9',
  'https://example.com/companies/1', 'https://app.hubspot.com.evil.example/contacts/1/record/0-1/2',
];
const settings: Array<[string, CustomCrm[], string[]]> = [
  ['no descriptions', [], []],
  ['descriptions', [acme, tiny, greedy], []],
  ['descriptions, some switched off', [acme, tiny, greedy], ['custom:tiny', 'hubspot', 'demo']],
];

describe('adapters/loader (only this host\'s adapter is loaded)', () => {
  test.each(settings)('IDEA-1 picks exactly what registry.adapterFor picks (%s)', async (_label, customs, off) => {
    for (const url of urls) {
      const picker = await loadAdapterPicker(new URL(url), customs, off);
      expect({url, id: picker(new URL(url))?.id}).toEqual({url, id: adapterFor(new URL(url), customs, off)?.id});
    }
  });

  test('IDEA-1 the picker keeps choosing on in-app navigation within the host', async () => {
    const picker = await loadAdapterPicker(new URL('http://127.0.0.1:9000/'), [tiny]);
    expect(picker(new URL('http://127.0.0.1:9000/#/companies/42'))?.id).toBe('custom:tiny');
    expect(picker(new URL('http://127.0.0.1:9000/companies/co-001'))?.id).toBe('demo');
  });

  test('a stored description the engine cannot build is passed over, not thrown', async () => {
    const broken = {id: 'broken', name: 'Broken', match: 'http://127.0.0.1/*', records: null} as unknown as CustomCrm;
    const picker = await loadAdapterPicker(new URL('http://127.0.0.1:5173/companies/co-001'), [broken]);
    expect(picker(new URL('http://127.0.0.1:5173/companies/co-001'))?.id).toBe('demo');
  });
});
