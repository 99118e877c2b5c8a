import {beforeEach, describe, expect, test, vi} from 'vitest';
import {createFakeBrowser} from '../../tests/unit/fake-browser';
import browser from '../shared/browser';
import {DEFAULT_SETTINGS} from '../shared/settings';
import {wantedRegistrations} from './content-registration';
import {invalidateCrms, isEnabledCrmUrl, permissionOrigin} from './crm-origins';

const granted = new Set<string>(['http://127.0.0.1/*', 'http://localhost/*']);
vi.mock('../shared/browser', async () => {
  const fake = createFakeBrowser();
  return {
    default: {
      ...fake,
      permissions: {contains: async ({origins}: {origins: string[]}) => origins.every((o) => granted.has(o))},
      runtime: {...fake.runtime, getManifest: () => ({content_scripts: [{js: ['assets/loader.js'], matches: ['http://127.0.0.1/*', 'http://localhost/*']}]})},
    },
  };
});

const acme = {id: 'acme', name: 'Acme', match: 'https://crm.acme.example/*', records: {company: {urlPattern: '/companies/:id', anchor: 'aside', fields: {name: 'h1'}}}};
const local = {id: 'tiny', name: 'Tiny', match: 'http://127.0.0.1:9000/*', records: {company: {urlPattern: '/#/companies/:id', anchor: 'aside', fields: {name: 'h1'}}}};

async function settings(patch: Partial<typeof DEFAULT_SETTINGS>) {
  await browser.storage.local.set({settings: {...DEFAULT_SETTINGS, ...patch}});
  invalidateCrms();
}
const ok = (url: string) => isEnabledCrmUrl(new URL(url));

beforeEach(async () => {
  granted.clear();
  granted.add('http://127.0.0.1/*').add('http://localhost/*');
  await settings({});
});

describe('which pages may talk to the background as content scripts', () => {
  test('IDEA-1 the demo CRM on the own machine, not other sites', async () => {
    expect(await ok('http://127.0.0.1:5173/companies/co-001')).toBe(true);
    expect(await ok('https://example.com/')).toBe(false);
    expect(await ok('file:///tmp/x.html')).toBe(false);
  });

  test('IDEA-1 a built-in CRM only once its host access is granted, and not while switched off', async () => {
    expect(await ok('https://app.hubspot.com/contacts/1/record/0-2/2')).toBe(false);
    granted.add('https://*.hubspot.com/*');
    invalidateCrms();
    expect(await ok('https://app.hubspot.com/contacts/1/record/0-2/2')).toBe(true);
    await settings({disabledCrms: ['hubspot']});
    expect(await ok('https://app.hubspot.com/contacts/1/record/0-2/2')).toBe(false);
  });

  test('IDEA-1 a custom CRM only when described, granted and on', async () => {
    expect(await ok('https://crm.acme.example/companies/1')).toBe(false);
    await settings({customCrms: [acme]});
    expect(await ok('https://crm.acme.example/companies/1')).toBe(false);
    granted.add('https://crm.acme.example/*');
    invalidateCrms();
    expect(await ok('https://crm.acme.example/companies/1')).toBe(true);
    await settings({customCrms: [acme], disabledCrms: ['custom:acme']});
    expect(await ok('https://crm.acme.example/companies/1')).toBe(false);
  });

  test('IDEA-1 the demo switched off still lets a custom CRM on 127.0.0.1 in; an invalid description is ignored', async () => {
    await settings({customCrms: [local, {id: 'Bad Id'}], disabledCrms: ['demo']});
    expect(await ok('http://127.0.0.1:9000/#/companies/1')).toBe(true);
    expect(await ok('http://127.0.0.1:5173/companies/co-001')).toBe(false);
  });
});

describe('content script registrations', () => {
  test('IDEA-1 one per granted CRM outside the manifest, with the manifest loader; none for the demo hosts', async () => {
    await settings({customCrms: [acme, local]});
    granted.add('https://*.pipedrive.com/*').add('https://crm.acme.example/*');
    invalidateCrms();
    expect(await wantedRegistrations()).toEqual([
      {id: 'goalpost-crm-pipedrive', matches: ['https://*.pipedrive.com/*'], js: ['assets/loader.js']},
      {id: 'goalpost-crm-custom-acme', matches: ['https://crm.acme.example/*'], js: ['assets/loader.js']},
    ]);
  });

  test('permission patterns drop ports and paths', () => {
    expect(permissionOrigin('http://127.0.0.1:8080/app/*')).toBe('http://127.0.0.1/*');
    expect(permissionOrigin('https://*.acme.example/*')).toBe('https://*.acme.example/*');
  });
});
