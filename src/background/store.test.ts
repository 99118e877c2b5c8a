import {IDBFactory} from 'fake-indexeddb';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {createFakeBrowser} from '../../tests/unit/fake-browser';
import {captureToBatch, type CapturedRecord} from './capture';
import {db, resetDbConnection, type StoredEvent, type StoredRecord} from './db';
import {ingest, resetEngineHost, setIngestFault as setCommitFault} from './engine-host';
import {companySummary} from './store';

vi.mock('../shared/browser', () => ({default: createFakeBrowser()}));
const commitBatch = (records: StoredRecord[], events: StoredEvent[], now = 1000) => ingest(records, events, now);

const NS = 'demo:127.0.0.1';
const company = (activities: CapturedRecord['activities'] = []): CapturedRecord => ({
  kind: 'company',
  id: 'co-001',
  name: 'Aalto Logistics Oy',
  fields: {domain: 'aalto.example', owner: 'Maria'},
  contacts: [
    {id: 'ct-0001', name: 'Ella Virtanen', email: 'ella@aalto.example', buyingRoles: ['decisionMaker']},
    {id: 'ct-0002', name: 'Jonas Berg', buyingRoles: []},
  ],
  activities,
});
const call = {sourceId: 'act-1', type: 'call' as const, direction: 'user' as const, outcome: 'connected' as const, at: Date.parse('2026-11-20T10:00:00Z'), title: 'Intro call'};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDbConnection();
  resetEngineHost();
});
afterEach(() => setCommitFault(undefined));

async function capture(record: CapturedRecord, now: number) {
  const batch = captureToBatch(NS, record, now);
  return commitBatch(batch.records, batch.events, now);
}

describe('capture into the store', () => {
  test('a captured company, its contacts and activity read back as its summary', async () => {
    await capture(company([call]), 1000);
    const summary = await companySummary(`${NS}:company:co-001`);
    expect(summary).toMatchObject({name: 'Aalto Logistics Oy', firstSeen: 1000, activityCount: 1});
    expect(summary?.contacts.map((c) => c.name)).toEqual(['Ella Virtanen', 'Jonas Berg']);
    expect(summary?.contacts[0].buyingRoles).toEqual(['decisionMaker']);
    expect(summary?.activities[0]).toMatchObject({type: 'call', outcome: 'connected', title: 'Intro call'});
  });

  test('capturing the same page again (a re-render) adds no event and keeps first seen', async () => {
    const first = await capture(company([call]), 1000);
    const again = await capture(company([call]), 5000);
    expect(first.newEvents).toBeGreaterThan(0);
    expect(again.newEvents).toBe(0);
    const summary = await companySummary(`${NS}:company:co-001`);
    expect(summary).toMatchObject({firstSeen: 1000, lastSeen: 5000, activityCount: 1});
    expect((await (await db()).getAll('events')).filter((e) => e.type === 'callLogged')).toHaveLength(1);
  });

  test('a newly logged call is one new event', async () => {
    await capture(company([call]), 1000);
    const next = await capture(company([call, {...call, sourceId: 'act-2', outcome: 'noAnswer'}]), 2000);
    expect(next.newEvents).toBe(1);
  });

  test('a record without an id is refused before anything is written', async () => {
    const batch = captureToBatch(NS, company([call]), 1000);
    await expect(commitBatch([...batch.records, {...batch.records[0], id: ''}], batch.events)).rejects.toMatchObject({code: 'storage-failed'});
    expect(await (await db()).count('records')).toBe(0);
  });

  test('a quota error stores nothing of the batch and says so clearly', async () => {
    await capture(company([call]), 1000);
    const before = await (await db()).count('events');
    setCommitFault(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(capture(company([call, {...call, sourceId: 'act-9'}]), 2000)).rejects.toMatchObject({code: 'storage-quota', message: expect.stringContaining('Nothing from this change was saved')});
    setCommitFault(undefined);
    expect(await (await db()).count('events')).toBe(before);
    // The next write works.
    expect((await capture(company([call, {...call, sourceId: 'act-9'}]), 3000)).newEvents).toBe(1);
  });

  test('a batch that fails half-way leaves nothing half-written', async () => {
    // Every write of the batch has been issued when the transaction fails (as an abort would).
    setCommitFault((stage: string) => {
      if (stage === 'written') throw new DOMException('aborted', 'AbortError');
    });
    await expect(capture(company([call]), 1000)).rejects.toMatchObject({code: 'storage-failed'});
    expect(await (await db()).count('records')).toBe(0);
    expect(await (await db()).count('events')).toBe(0);
  });
});
