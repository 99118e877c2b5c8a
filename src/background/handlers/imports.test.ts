/** The import commit: one ingest() for records + events, idempotent, all or nothing; mappings stored. */
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {IDBFactory} from 'fake-indexeddb';
import * as v from 'valibot';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {createFakeBrowser} from '../../../tests/unit/fake-browser';
import {importFiles} from '../../import/index';
import {ImportCommit} from '../../shared/protocol/imports';
import {db, resetDbConnection} from '../db';
import {resetEngineHost, setIngestFault} from '../engine-host';
import {storeStatus} from '../store';
import {importsHandlers} from './imports';

vi.mock('../../shared/browser', () => ({default: createFakeBrowser()}));

const FIXTURES = resolve(import.meta.dirname, '../../../tests/fixtures/imports');
const NOW = Date.parse('2026-11-23T12:00:00Z');
const handlers = importsHandlers({now: () => NOW});

function hubspot() {
  const {crm} = importFiles(['hubspot-contacts.csv', 'hubspot-companies-1252.csv', 'hubspot-deals.csv'].map((name) => ({name, data: readFileSync(`${FIXTURES}/${name}`)})));
  // What the page sends: checked by the protocol schema exactly as the router checks it.
  return v.parse(ImportCommit, {files: ['a.csv'], companies: crm.companies, contacts: crm.contacts, deals: crm.deals, events: crm.events, stubCompanyIds: crm.stubCompanyIds});
}

async function everything() {
  const database = await db();
  return {records: await database.getAll('records'), events: await database.getAll('events')};
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDbConnection();
  resetEngineHost();
});
afterEach(() => setIngestFault(undefined));

describe('imports/commit', () => {
  test('TA-13: contacts, companies and deals are stored with their associations, one event each', async () => {
    const answer = await handlers['imports/commit'](hubspot(), {} as never);
    expect(answer).toMatchObject({newRecords: 13, newEvents: 13, records: 13, events: 13});
    const {records} = await everything();
    const byId = new Map(records.map((r) => [r.id, r]));
    expect(byId.get('hubspot:import:contact:504')).toMatchObject({kind: 'contact', name: 'Tom Becker', source: 'hubspot:import', companyIds: ['hubspot:import:company:9002', 'hubspot:import:company:9001']});
    expect(byId.get('hubspot:import:company:9001')).toMatchObject({kind: 'company', name: 'Société Générale Équipements', data: {targetAccount: true}});
    expect(byId.get('hubspot:import:deal:7001')).toMatchObject({kind: 'deal', data: {amount: 48_000, dealStage: 'open'}, companyIds: ['hubspot:import:company:9001']});
  });

  test('importing the same records again changes nothing, not even when they were last seen', async () => {
    await handlers['imports/commit'](hubspot(), {} as never);
    const before = await everything();
    const later = importsHandlers({now: () => NOW + 86_400_000});
    expect(await later['imports/commit'](hubspot(), {} as never)).toMatchObject({newRecords: 0, newEvents: 0});
    expect(await everything()).toEqual(before);
  });

  test('a failure while writing leaves nothing half-written and reports the error', async () => {
    setIngestFault((stage) => {
      if (stage === 'written') throw new Error('disk on fire');
    });
    await expect(handlers['imports/commit'](hubspot(), {} as never)).rejects.toThrow(/nothing from this change was written/);
    setIngestFault(undefined);
    expect(await everything()).toEqual({records: [], events: []});
    expect(await storeStatus()).toEqual({companies: 0, contacts: 0, activities: 0, events: 0});
  });
});

function contactsCsv(from: number, to: number) {
  const lines = ['Record ID,First Name,Last Name,Email,Lifecycle Stage,Associated Company IDs,Associated Company'];
  for (let i = from; i < to; i++) lines.push(`${100_000 + i},First${i},Last${i},p${i}@example.com,Lead,${9000 + (i % 20)},Company ${i % 20}`);
  const {crm} = importFiles([{name: 'contacts.csv', data: new TextEncoder().encode(lines.join('\n'))}]);
  return v.parse(ImportCommit, {files: ['contacts.csv'], companies: crm.companies, contacts: crm.contacts, deals: crm.deals, events: crm.events, stubCompanyIds: crm.stubCompanyIds});
}

describe('imports/commit in bulk (existence checked over key ranges)', () => {
  test('an import overlapping an earlier one stores only the new records and events, and keeps the old times', async () => {
    // Companies only named by the contacts are stubs in the engines, not stored records.
    expect(await handlers['imports/commit'](contactsCsv(0, 600), {} as never)).toMatchObject({newRecords: 600, newEvents: 600});
    const first = new Map((await everything()).records.map((r) => [r.id, r]));
    const later = importsHandlers({now: () => NOW + 86_400_000});
    // 300..900: half already stored, half new, inside and around the stored key range.
    expect(await later['imports/commit'](contactsCsv(300, 900), {} as never)).toMatchObject({newRecords: 300, newEvents: 300});
    const {records, events} = await everything();
    expect(records).toHaveLength(900);
    expect(events).toHaveLength(900);
    // Per-kind counts (schema v3 keeps them beside the records, in the same transaction).
    expect(await storeStatus()).toEqual({companies: 0, contacts: 900, activities: 0, events: 900});
    for (const r of records) {
      const old = first.get(r.id);
      expect(r.lastSeen).toBe(old ? old.lastSeen : NOW + 86_400_000);
    }
    expect(await later['imports/commit'](contactsCsv(0, 900), {} as never)).toMatchObject({newRecords: 0, newEvents: 0});
  });
});

describe('imports/mapping-save', () => {
  test('a valid mapping is remembered by file shape; an invalid one is refused with its path', async () => {
    const mapping = {kind: 'crm', entity: 'contact', columns: {id: 'Person', email: 'Mail'}};
    expect(await handlers['imports/mapping-save']({shapeKey: 'shape:2:abc', mapping}, {} as never)).toEqual({ok: true});
    expect(await handlers['imports/mappings']({}, {} as never)).toEqual({mappings: {'shape:2:abc': mapping}});
    const bad = await handlers['imports/mapping-save']({shapeKey: 'shape:2:def', mapping: {kind: 'crm', entity: 'spaceship', columns: {}}}, {} as never);
    expect(bad).toMatchObject({ok: false, error: expect.stringContaining('entity')});
  });
});
