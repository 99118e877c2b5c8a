import {describe, expect, test} from 'vitest';
import {loadFixture} from '../shared/fixture';
import {demoAdapter} from './index';

const contactPage = {type: 'record', kind: 'contact', id: 'ct-0184'} as const;
const leadPage = {type: 'record', kind: 'lead', id: 'ld-038'} as const;

describe('demo adapter readLeadRefs (the lead-stage badge reads leads through the adapter)', () => {
  test('LA-1 a contact page lists its leads with their stages; rows without a clean id are skipped', () => {
    const doc = loadFixture(new URL('./fixtures/contact-leads.html', import.meta.url), 'http://127.0.0.1:5173/contacts/ct-0184');
    expect(demoAdapter.readLeadRefs?.(doc, contactPage)).toEqual([
      {leadId: 'ld-038', contactId: 'ct-0184', stage: 'new'},
      {leadId: 'ld-039', contactId: 'ct-0184', stage: 'attempting'},
    ]);
  });

  test('LA-1 a lead page names its contact and stage', () => {
    const doc = loadFixture(new URL('./fixtures/lead.html', import.meta.url), 'http://127.0.0.1:5173/leads/ld-038');
    expect(demoAdapter.readLeadRefs?.(doc, leadPage)).toEqual([{leadId: 'ld-038', contactId: 'ct-0184', stage: 'connected'}]);
  });

  test('other pages and pages without the markup give no refs', () => {
    const doc = loadFixture(new URL('./fixtures/company.html', import.meta.url), 'http://127.0.0.1:5173/companies/co-001');
    expect(demoAdapter.readLeadRefs?.(doc, leadPage)).toEqual([]);
    expect(demoAdapter.readLeadRefs?.(doc, {type: 'record', kind: 'company', id: 'co-001'})).toEqual([]);
    expect(demoAdapter.readLeadRefs?.(doc, {type: 'list', kind: 'lead'})).toEqual([]);
  });

  test('LA-1 lead list rows, which show no contact, give each lead by its own id with the stage the row shows', () => {
    const doc = loadFixture(new URL('./fixtures/lead-refs-list.html', import.meta.url), 'http://127.0.0.1:5173/leads');
    expect(demoAdapter.readLeadRefs?.(doc, {type: 'list', kind: 'lead'})).toEqual([{leadId: 'ld-001', stage: 'attempting'}, {leadId: 'ld-002'}]);
    expect(demoAdapter.readLeadRefs?.(doc, {type: 'list', kind: 'contact'})).toEqual([]);
  });
});
