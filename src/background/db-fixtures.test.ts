/**
 * Issue 10 "Schema upgrades": a frozen fixture of every schema version that ever shipped
 * (tests/fixtures/db/v<N>.json: its stores, indexes and records, built here with the bare IndexedDB
 * API, not with today's migrations) is upgraded to the current version, and every record is checked.
 * A new schema version must add its own fixture: the first test fails until it does.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {IDBFactory} from 'fake-indexeddb';
import {beforeEach, describe, expect, test} from 'vitest';
import {DB_VERSION, openGoalpostDB, RECORD_COUNTS_KEY, type StoredRecord} from './db';

interface Fixture {
  version: number;
  stores: Array<{name: string; keyPath: string; autoIncrement?: boolean; indexes: Array<{name: string; keyPath: string; multiEntry?: boolean}>}>;
  data: Record<string, Array<Record<string, unknown>>>;
}

const DIR = join(import.meta.dirname, '../../tests/fixtures/db');
const fixtures: Fixture[] = readdirSync(DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Fixture)
  .sort((a, b) => a.version - b.version);

const CURRENT_INDEXES = {events: ['by-at', 'by-company', 'by-contact'], records: ['by-company'], trail: ['by-subject'], health: [], state: [], derived: ['by-company', 'by-contact']};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** The database exactly as the fixture describes it, at the fixture's version. */
function build(fixture: Fixture): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('goalpost', fixture.version);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const s of fixture.stores) {
        const store = db.createObjectStore(s.name, {keyPath: s.keyPath, autoIncrement: s.autoIncrement ?? false});
        for (const index of s.indexes) store.createIndex(index.name, index.keyPath, {multiEntry: index.multiEntry ?? false});
      }
      for (const [store, values] of Object.entries(fixture.data)) for (const value of values) request.transaction!.objectStore(store).put(value);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

/** What a record of an old version looks like after the upgrades (v1 had one `companyId`). */
function upgraded(record: Record<string, unknown>): StoredRecord {
  if (Array.isArray(record.companyIds)) return record as unknown as StoredRecord;
  const {companyId, ...rest} = record;
  return {...rest, companyIds: typeof companyId === 'string' ? [companyId] : []} as unknown as StoredRecord;
}

describe('schema upgrades from frozen fixtures (issue 10)', () => {
  test('there is a fixture for every schema version up to the current one', () => {
    expect(fixtures.map((f) => f.version)).toEqual(Array.from({length: DB_VERSION}, (_, i) => i + 1));
  });

  for (const fixture of fixtures) {
    test(`a v${fixture.version} database upgrades to the current version with every record, event, trail, health and state entry kept`, async () => {
      await build(fixture);
      const db = await openGoalpostDB();
      expect(db.version).toBe(DB_VERSION);
      for (const [store, indexes] of Object.entries(CURRENT_INDEXES)) {
        expect([...db.transaction(store as 'events').store.indexNames].sort(), store).toEqual(indexes);
      }

      const records = fixture.data.records.map(upgraded);
      expect(await db.getAll('records')).toEqual([...records].sort((a, b) => (a.id < b.id ? -1 : 1)));
      expect(await db.getAll('events')).toEqual([...fixture.data.events].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1)));
      expect(await db.getAll('trail')).toEqual(fixture.data.trail);
      for (const entry of fixture.data.health ?? []) expect(await db.get('health', entry.key as string)).toEqual(entry);
      for (const entry of fixture.data.state ?? []) expect(await db.get('state', entry.key as string)).toEqual(entry);
      expect(await db.getAll('derived')).toEqual(fixture.data.derived ?? []);

      // What the current version derives: the per-kind counts and the company index.
      const counts = (await db.get('state', RECORD_COUNTS_KEY))?.value as Record<string, number>;
      for (const kind of ['company', 'contact', 'deal', 'lead', 'activity']) expect(counts[kind], kind).toBe(records.filter((r) => r.kind === kind).length);
      const company = 'demo:127.0.0.1:company:co-001';
      expect((await db.getAllFromIndex('records', 'by-company', company)).map((r) => r.id).sort()).toEqual(records.filter((r) => r.companyIds.includes(company)).map((r) => r.id).sort());
      // v4: the log's events are found by their engine event's contact and company (the account overview).
      type Engine = {engine?: {contactId?: string; companyId?: string}};
      const events = fixture.data.events as Engine[];
      const contact = events.find((e) => e.engine?.contactId)?.engine?.contactId;
      if (contact) expect(await db.getAllFromIndex('events', 'by-contact', contact)).toEqual(events.filter((e) => e.engine?.contactId === contact));
      const named = events.find((e) => e.engine?.companyId)?.engine?.companyId;
      if (named) expect(await db.getAllFromIndex('events', 'by-company', named)).toEqual(events.filter((e) => e.engine?.companyId === named));
      db.close();
    });
  }
});
