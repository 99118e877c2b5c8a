/** Backup and restore through the data handlers, with the dismissed target-account recommendations (TA-30, storage.local). */
import {IDBFactory} from 'fake-indexeddb';
import {beforeEach, describe, expect, test, vi} from 'vitest';
import {createFakeBrowser} from '../../../tests/unit/fake-browser';
import browser from '../../shared/browser';
import {BACKUP_VERSION, DISMISSED_KEY, parseBackup, restoreBackup} from '../backup';
import {db, resetDbConnection} from '../db';
import {resetEngineHost} from '../engine-host';
import {storeStatus} from '../store';
import {dataHandlers} from './data';

vi.mock('../../shared/browser', () => ({default: createFakeBrowser()}));

const NOW = Date.parse('2026-11-23T12:00:00Z');
const sender = {kind: 'page' as const, url: new URL('chrome-extension://x/')};
const handlers = dataHandlers({now: () => NOW} as never);
const record = (id: string) => ({id, kind: 'company' as const, source: 'demo:x', name: id, data: {}, companyIds: [], firstSeen: 1, lastSeen: 2});
const dismissed = async () => (await browser.storage.local.get(DISMISSED_KEY))[DISMISSED_KEY];

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  resetDbConnection();
  resetEngineHost();
  await browser.storage.local.set({[DISMISSED_KEY]: []});
});

describe('backup of dismissed recommendations (TA-30)', () => {
  test('export carries them; "delete all data" removes them; restore gives them back', async () => {
    await browser.storage.local.set({[DISMISSED_KEY]: ['demo:x:company:1', 'demo:x:company:2']});
    await (await db()).put('records', record('demo:x:company:1'));
    const {json, counts} = await handlers['backup/export']({}, sender);
    expect(counts).toMatchObject({records: 1, accountsDismissed: 2});
    const doc = JSON.parse(json) as {version: number; accountsDismissed: string[]};
    expect(doc.version).toBe(BACKUP_VERSION);
    expect(doc.accountsDismissed).toEqual(['demo:x:company:1', 'demo:x:company:2']);

    await handlers['data/wipe']({confirm: 'delete everything'}, sender);
    expect(await dismissed()).toEqual([]);
    expect(await (await db()).count('records')).toBe(0);

    const restored = await handlers['backup/restore']({json}, sender);
    expect(restored).toMatchObject({ok: true, counts: {records: 1, accountsDismissed: 2}});
    expect(await dismissed()).toEqual(['demo:x:company:1', 'demo:x:company:2']);
    expect(await (await db()).getAll('records')).toEqual([record('demo:x:company:1')]);
    expect(await storeStatus()).toMatchObject({companies: 1, contacts: 0});
  });

  test('"delete all data" also empties what the engines made: their tail and the events they emitted (a workflow\'s task)', async () => {
    const database = await db();
    await database.put('derived', {id: 'wf:task:1', at: 1, engine: {id: 'wf:task:1', at: 1, type: 'taskCreated', taskId: 'wf:task:1', contactId: 'c1'}});
    await database.put('state', {key: 'engines-tail:000000000001', value: {rulesKey: 'k', before: 0, events: [], now: 1}});
    await handlers['data/wipe']({confirm: 'delete everything'}, sender);
    for (const store of ['records', 'events', 'trail', 'health', 'derived'] as const) expect(await database.count(store), store).toBe(0);
    expect(await database.getAllKeys('state')).toEqual(['engines']); // only the fresh engines' snapshot of nothing
  });

  test('a version 1 backup (before dismissals were kept) upgrades to none dismissed', () => {
    const v1 = {format: 'goalpost-backup', version: 1, exportedAt: '2026-11-20T00:00:00Z', settings: {}, records: [], events: [], trail: []};
    const parsed = parseBackup(JSON.stringify(v1));
    expect(parsed.ok && parsed.backup.accountsDismissed).toEqual([]);
  });

  test('a dismissed id that is not a non-empty string is refused with its place, and nothing is replaced', async () => {
    await browser.storage.local.set({[DISMISSED_KEY]: ['demo:x:company:old']});
    const doc = {format: 'goalpost-backup', version: BACKUP_VERSION, exportedAt: '2026-11-20T00:00:00Z', settings: {}, records: [], events: [], trail: [], accountsDismissed: ['ok', 7]};
    const answer = await handlers['backup/restore']({json: JSON.stringify(doc)}, sender);
    expect(answer).toMatchObject({ok: false, problems: [{path: 'accountsDismissed[1]'}]});
    expect(await dismissed()).toEqual(['demo:x:company:old']);
  });

  test('a restore whose database write fails leaves the dismissed ids as they were', async () => {
    await browser.storage.local.set({[DISMISSED_KEY]: ['demo:x:company:old']});
    const parsed = parseBackup(JSON.stringify({format: 'goalpost-backup', version: BACKUP_VERSION, exportedAt: '2026-11-20T00:00:00Z', settings: {}, records: [record('demo:x:company:1')], events: [], trail: [], accountsDismissed: ['demo:x:company:new']}));
    if (!parsed.ok) throw new Error('expected a valid backup');
    // A record whose key IndexedDB refuses makes the transaction fail.
    parsed.backup.records.push({...record('x'), id: {} as never});
    const swap = async (ids: string[]) => {
      const before = (await dismissed()) as string[];
      await browser.storage.local.set({[DISMISSED_KEY]: ids});
      return before;
    };
    await expect(restoreBackup(parsed.backup, swap)).rejects.toMatchObject({code: 'storage-failed'});
    expect(await dismissed()).toEqual(['demo:x:company:old']);
  });
});
