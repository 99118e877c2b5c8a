/**
 * The storage boundary under faults (docs/security.md promises S1–S3), with fake-indexeddb and the
 * engine host's fault hook: quota and abort errors at random points of random batches leave nothing
 * half-written and say so clearly, the next write works; a stored record of the wrong shape is
 * skipped with a health entry, never a crash; an old database fixture upgrades and reads.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import * as fc from 'fast-check';
import {IDBFactory} from 'fake-indexeddb';
import {openDB} from 'idb';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {createFakeBrowser} from './fake-browser';
import {captureToBatch, type CapturedRecord} from '../../src/background/capture';
import {db, migrations, resetDbConnection} from '../../src/background/db';
import {ingest, resetEngineHost, setIngestFault} from '../../src/background/engine-host';
import {companySummary, listHealth} from '../../src/background/store';

vi.mock('../../src/shared/browser', () => ({default: createFakeBrowser()}));

const NS = 'demo:127.0.0.1';
const COMPANY = `${NS}:company:co-001`;
const company = (activityIds: number[]): CapturedRecord => ({
  kind: 'company',
  id: 'co-001',
  name: 'Acme Oy',
  fields: {domain: 'acme.fi'},
  contacts: [{id: 'ct-0003', name: 'Ella Virtanen', buyingRoles: []}],
  activities: activityIds.map((n) => ({sourceId: `act-${n}`, type: 'call' as const, direction: 'user' as const, outcome: 'connected' as const, at: 1_000_000 + n, title: `Call ${n}`})),
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDbConnection();
  resetEngineHost();
});
afterEach(() => setIngestFault(undefined));

async function counts() {
  const database = await db();
  return {records: await database.count('records'), events: await database.count('events')};
}

describe('quota and abort at the storage boundary (S1)', () => {
  test('S1: random faults at random points of random batches: each batch is wholly stored or not at all, and the next write works', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ids: fc.uniqueArray(fc.integer({min: 1, max: 40}), {maxLength: 8}), fault: fc.constantFrom('none', 'quota@start', 'quota@written', 'abort@start', 'abort@written')}), {minLength: 1, maxLength: 8}),
        async (batches) => {
          globalThis.indexedDB = new IDBFactory();
          resetDbConnection();
          resetEngineHost();
          const stored = new Set<number>();
          let now = 1000;
          for (const {ids, fault} of batches) {
            const [kind, stage] = fault.split('@');
            setIngestFault(kind === 'none' ? undefined : (at) => {
              if (at === stage) throw new DOMException(kind, kind === 'quota' ? 'QuotaExceededError' : 'AbortError');
            });
            const before = await counts();
            const batch = captureToBatch(NS, company(ids), (now += 1000));
            const attempt = ingest(batch.records, batch.events, now);
            if (kind === 'none') {
              const result = await attempt;
              expect(result.newEvents).toBeGreaterThanOrEqual(ids.filter((n) => !stored.has(n)).length);
              for (const n of ids) stored.add(n);
            } else {
              await expect(attempt).rejects.toMatchObject(kind === 'quota' ? {code: 'storage-quota', message: expect.stringContaining('Nothing from this change was saved')} : {code: 'storage-failed', message: expect.stringContaining('nothing from this change was written')});
              expect(await counts()).toEqual(before);
            }
          }
          setIngestFault(undefined);
          // Exactly the successful batches' activities are stored, each once.
          const database = await db();
          const activities = (await database.getAll('records')).filter((r) => r.kind === 'activity').map((r) => r.id).sort();
          expect(activities).toEqual([...stored].map((n) => `${NS}:activity:act-${n}`).sort());
          // And the next write works.
          const next = captureToBatch(NS, company([99]), now + 1000);
          expect((await ingest(next.records, next.events, now + 1000)).newEvents).toBeGreaterThanOrEqual(1);
        },
      ),
      {numRuns: 40},
    );
  }, 120_000);
});

describe('a corrupted stored record (S2)', () => {
  test.each([
    ['a contact without a name', {kind: 'contact', name: undefined, data: {}}],
    ['a contact whose data is null', {kind: 'contact', name: 'X', data: null}],
    ['an activity whose data is a string', {kind: 'activity', name: 'X', data: 'boom'}],
    ['a contact whose name is a number', {kind: 'contact', name: 42, data: {}}],
    ['a record with no kind', {name: 'X', data: {}}],
  ])('S2: %s is skipped with a health entry, and the rest of the company still reads', async (_name, bad) => {
    const batch = captureToBatch(NS, company([1, 2]), 1000);
    await ingest(batch.records, batch.events, 1000);
    const database = await db();
    await database.put('records', {id: `${NS}:contact:ct-bad`, source: NS, companyIds: [COMPANY], firstSeen: 1, lastSeen: 1, ...bad} as never);
    const summary = await companySummary(COMPANY);
    expect(summary).toMatchObject({name: 'Acme Oy', activityCount: 2});
    expect(summary?.contacts.map((c) => c.name)).toEqual(['Ella Virtanen']);
    const health = await listHealth();
    expect(health).toEqual([expect.objectContaining({adapterId: 'store', slot: 'record', found: false, fieldsMissing: [`${NS}:contact:ct-bad`]})]);
  });

  test('S2: a corrupted company record itself reads as "nothing stored", not a crash', async () => {
    const database = await db();
    await database.put('records', {id: COMPANY, kind: 'company', source: NS, name: null, data: null, companyIds: [COMPANY], firstSeen: 1, lastSeen: 1} as never);
    await expect(companySummary(COMPANY)).resolves.toBeNull();
    expect((await listHealth())[0]).toMatchObject({adapterId: 'store', found: false, fieldsMissing: [COMPANY]});
  });
});

describe('schema upgrades from a fixture (S3)', () => {
  test('S3: a v1 database dump (tests/fixtures/hostile/db-v1.json) upgrades and reads, its bad record skipped', async () => {
    const dump = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/hostile/db-v1.json'), 'utf8')) as {records: unknown[]; events: unknown[]; trail: unknown[]};
    const v1 = await openDB('goalpost', 1, {upgrade: (database, _o, _n, tx) => migrations[0](database as never, tx as never)});
    const tx = v1.transaction(['records', 'events', 'trail'], 'readwrite');
    for (const r of dump.records) void tx.objectStore('records').put(r);
    for (const e of dump.events) void tx.objectStore('events').put(e);
    for (const t of dump.trail) void tx.objectStore('trail').put(t);
    await tx.done;
    v1.close();

    const summary = await companySummary(COMPANY);
    expect(summary).toMatchObject({name: 'Acme Oy', activityCount: 2});
    expect(summary?.contacts.map((c) => c.name)).toEqual(['Ella Virtanen']);
    expect(summary?.activities.map((a) => a.at)).toEqual([1600, 1500]);
    const database = await db();
    expect((await database.get('records', `${NS}:contact:ct-0009`))?.companyIds).toEqual([]);
    expect(await database.count('events')).toBe(2);
    expect(await database.count('trail')).toBe(1);
    expect((await listHealth()).map((h) => h.fieldsMissing)).toEqual([[`${NS}:contact:ct-0666`]]);
  });
});
