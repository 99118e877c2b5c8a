/** CRM exports → namespaced records, associations resolved across files, activities → events. */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {crmTotals, importFiles, recordEvents, type ImportInput} from '../../src/import/index';

const FIXTURES = join(__dirname, '../fixtures/imports');
const load = (...names: string[]): ImportInput[] => names.map((name) => ({name, data: new Uint8Array(readFileSync(join(FIXTURES, name)))}));
const hubspot = () => importFiles(load('hubspot-contacts.csv', 'hubspot-companies-1252.csv', 'hubspot-deals.csv', 'hubspot-calls.csv'));

describe('HubSpot', () => {
  test('TA-12 TA-13 contacts get namespaced ids, primary company first, buying roles and lifecycle stage normalized', () => {
    const {crm} = hubspot();
    expect(crm.contacts.find((c) => c.id === 'hubspot:import:contact:501')).toEqual({
      id: 'hubspot:import:contact:501',
      companyIds: ['hubspot:import:company:9001'],
      properties: {
        firstname: 'Claire',
        lastname: 'Dubois',
        email: 'claire.dubois@sge-equipements.fr',
        lifecyclestage: 'salesqualifiedlead',
        ownerid: 'hubspot:import:user:Amélie Roux',
      },
      buyingRoles: ['decisionMaker', 'budgetHolder'],
      lawfulBasis: true,
    });
    expect(crm.contacts.find((c) => c.id === 'hubspot:import:contact:504')?.companyIds).toEqual([
      'hubspot:import:company:9002',
      'hubspot:import:company:9001',
    ]);
  });

  test('TA-2 the "Target Account" column sets the flag (true/Yes/blank), windows-1252 names intact', () => {
    const {crm} = hubspot();
    expect(crm.companies.map((c) => [c.name, c.targetAccount])).toEqual([
      ['Société Générale Équipements', true],
      ['Café Crème SARL', false],
      ['Ingénierie Conseil', true],
      ['Northwind Oy', false],
    ]);
  });

  test('TA-9 deal stages map to open / closedwon / closedlost and open deal value counts target accounts only', () => {
    const {crm} = hubspot();
    expect(crm.deals.map((d) => [d.id, d.stage, d.amount])).toEqual([
      ['hubspot:import:deal:7001', 'open', 48000],
      ['hubspot:import:deal:7002', 'open', 12500],
      ['hubspot:import:deal:7003', 'closedwon', 3000],
      ['hubspot:import:deal:7004', 'closedlost', 9000],
      ['hubspot:import:deal:7005', 'open', 20000],
    ]);
    expect(crmTotals(crm).openDealValue).toBe(60500);
  });

  test('TA-16 LA-4 calls become callLogged events with deterministic ids; a call without a contact is skipped with a warning', () => {
    const {crm} = hubspot();
    expect(crm.events).toEqual([
      {type: 'callLogged', id: 'hubspot:import:activity:88001', at: Date.UTC(2026, 2, 4, 10, 30), contactId: 'hubspot:import:contact:501', userId: 'hubspot:import:user:Amélie Roux', outcome: 'connected'},
      {type: 'callLogged', id: 'hubspot:import:activity:88002', at: Date.UTC(2026, 2, 5, 16), contactId: 'hubspot:import:contact:502', userId: 'hubspot:import:user:Amélie Roux', outcome: 'noAnswer'},
      // LA-5: a call with no outcome must not count as connected.
      {type: 'callLogged', id: 'hubspot:import:activity:88003', at: Date.UTC(2026, 2, 6, 9, 15), contactId: 'hubspot:import:contact:503', userId: 'hubspot:import:user:Jérôme Petit', outcome: 'noAnswer'},
    ]);
    expect(crm.warnings).toEqual([{file: 'hubspot-calls.csv', line: 5, column: null, message: 'call names no contact; skipped'}]);
  });
});

describe('associations across files', () => {
  test('TA-13 Salesforce contacts and opportunities with only an account name link to the account of another file', () => {
    const {crm} = importFiles(load('salesforce-contacts.csv', 'salesforce-opportunities.csv', 'salesforce-accounts.csv'));
    const contact = (id: string) => crm.contacts.find((c) => c.id === `salesforce:import:contact:${id}`);
    expect(contact('0035g00000XyZaA')?.companyIds).toEqual(['salesforce:import:company:0015g00000AbCdE']);
    // "initech " (trailing space, lower case) still finds Initech.
    expect(contact('0035g00000XyZaC')?.companyIds).toEqual(['salesforce:import:company:0015g00000AbCdF']);
    expect(crm.deals.find((d) => d.id === 'salesforce:import:deal:0065g00000OpP4')?.companyIds).toEqual(['salesforce:import:company:0015g00000AbCdG']);
    expect(crm.deals.find((d) => d.id === 'salesforce:import:deal:0065g00000OpP3')?.stage).toBe('closedwon');
  });

  test('TA-13 a company named but not exported becomes a stub that never clears a target-account flag', () => {
    const {crm} = importFiles(load('salesforce-contacts.csv', 'salesforce-accounts.csv'));
    expect(crm.stubCompanyIds).toEqual(['salesforce:import:company:name:hooli']);
    const events = recordEvents(crm, 0);
    const stub = events.find((e) => e.type === 'recordUpserted' && e.record.id === 'salesforce:import:company:name:hooli');
    expect(stub).toMatchObject({record: {kind: 'company', name: 'Hooli'}});
    expect(stub && 'record' in stub ? stub.record : {}).not.toHaveProperty('targetAccount');
  });

  test('TA-9 Pipedrive: organization names resolve persons and deals; activities find contacts by full name', () => {
    const {crm} = importFiles(load('pipedrive-activities.csv', 'pipedrive-deals-semicolon.csv', 'pipedrive-persons.csv', 'pipedrive-organizations.csv'));
    expect(crm.stubCompanyIds).toEqual([]);
    expect(crm.contacts.map((c) => [c.id, c.companyIds])).toEqual([
      ['pipedrive:import:contact:11', ['pipedrive:import:company:41']],
      ['pipedrive:import:contact:12', ['pipedrive:import:company:41']],
      ['pipedrive:import:contact:13', ['pipedrive:import:company:42']],
    ]);
    expect(crm.deals.map((d) => [d.id, d.amount, d.stage])).toEqual([
      ['pipedrive:import:deal:301', 12500.5, 'open'],
      ['pipedrive:import:deal:302', 1234.56, 'closedwon'],
      ['pipedrive:import:deal:303', 3000, 'closedlost'],
    ]);
    expect(crm.events.map((e) => [e.type, 'contactId' in e ? e.contactId : undefined])).toEqual([
      ['callLogged', 'pipedrive:import:contact:11'],
      ['meetingScheduled', 'pipedrive:import:contact:12'],
      ['emailSent', 'pipedrive:import:contact:13'],
    ]);
  });

  test('TA-9 (open point: default once per deal) a deal with two target accounts counts once; missing Amount counts as 0', () => {
    const companies = 'Record ID,Company name,Target Account\n1,A,true\n2,B,true\n';
    const deals = 'Record ID,Deal Name,Deal Stage,Amount,Associated Company IDs\n10,Shared,Qualified To Buy,1000,1;2\n11,No amount,Qualified To Buy,,1\n';
    const {crm} = importFiles([{name: 'c.csv', data: companies}, {name: 'd.csv', data: deals}]);
    expect(crmTotals(crm)).toEqual({contacts: 0, companies: 2, deals: 2, targetAccounts: 2, openDealValue: 1000});
  });
});

describe('idempotency and generic mapping', () => {
  test('IDEA-8 re-importing the same export yields the same record events (ids), so nothing changes', () => {
    const first = recordEvents(hubspot().crm, 1);
    const again = recordEvents(hubspot().crm, 2);
    expect(again.map((e) => e.id)).toEqual(first.map((e) => e.id));
    const edited = importFiles([{name: 'c.csv', data: 'Record ID,Company name,Target Account\n9001,Société Générale Équipements,false\n'}]);
    const changed = recordEvents(edited.crm, 3)[0];
    expect(first.map((e) => e.id)).not.toContain(changed.id);
  });

  test('IDEA-8 a generic CRM file is read with a mapping remembered for its shape', () => {
    const csv = 'Firma;Kennung;Zielkunde\nAcme AG;A-1;ja\nBeta GmbH;B-2;nein\n';
    const unknown = importFiles([{name: 'firmen.csv', data: csv}]);
    const key = unknown.files[0].shapeKey;
    expect(unknown.files[0].errors[0].message).toContain(key);
    const mapping = {kind: 'crm' as const, entity: 'company' as const, columns: {id: 'Kennung', name: 'Firma', targetAccount: 'Zielkunde'}};
    const known = importFiles([{name: 'firmen.csv', data: csv}], {mappings: {[key]: mapping}});
    expect(known.files[0].errors).toEqual([]);
    expect(known.crm.companies.map((c) => [c.id, c.name, c.targetAccount])).toEqual([
      ['custom:import:company:A-1', 'Acme AG', true],
      ['custom:import:company:B-2', 'Beta GmbH', false],
    ]);
  });
});
