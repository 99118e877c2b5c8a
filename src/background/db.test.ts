import {IDBFactory} from 'fake-indexeddb';
import {openDB} from 'idb';
import {beforeEach, describe, expect, test} from 'vitest';
import {DB_VERSION, migrations, openGoalpostDB, RECORD_COUNTS_KEY, type GoalpostDB} from './db';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** A database as version `version` of Goalpost left it: only the migrations up to it ran. */
async function openAt(version: number): Promise<GoalpostDB> {
  return (await openDB('goalpost', version, {
    async upgrade(db, old, _new, tx) {
      for (let v = old; v < version; v++) await migrations[v](db as never, tx as never);
    },
  })) as unknown as GoalpostDB;
}

describe('schema migrations', () => {
  test('every schema version has a migration', () => {
    expect(migrations).toHaveLength(DB_VERSION);
  });

  test('a v1 database upgrades to the current version keeping every record, event and trail entry', async () => {
    const v1 = await openAt(1);
    const tx = v1.transaction(['records', 'events', 'trail'], 'readwrite');
    for (let i = 0; i < 500; i++) {
      void tx.objectStore('records').put({id: `demo:x:contact:${i}`, kind: 'contact', source: 'demo:x', name: `Contact ${i}`, data: {n: i}, companyId: i % 3 ? `demo:x:company:${i % 7}` : undefined, firstSeen: i, lastSeen: i} as never);
      void tx.objectStore('events').put({id: `e${i}`, at: i, recordedAt: i, type: i % 2 ? 'callLogged' : 'noteLogged', subject: `s${i}`, body: {i}});
      void tx.objectStore('trail').put({rule: 'WG-6', subject: `s${i}`, message: `m${i}`, at: i});
    }
    await tx.done;
    v1.close();

    const db = await openGoalpostDB();
    expect(db.version).toBe(DB_VERSION);
    const records = await db.getAll('records');
    expect(records).toHaveLength(500);
    for (const r of records) {
      const i = (r.data as {n: number}).n;
      expect(r.name).toBe(`Contact ${i}`);
      expect(r.companyIds).toEqual(i % 3 ? [`demo:x:company:${i % 7}`] : []);
      expect(r).not.toHaveProperty('companyId');
    }
    expect(await db.count('events')).toBe(500);
    expect((await db.getAll('events')).filter((e) => e.type === 'callLogged')).toHaveLength(250);
    expect(await db.count('trail')).toBe(500);
    expect(await db.getAllFromIndex('records', 'by-company', 'demo:x:company:1')).toHaveLength(await db.countFromIndex('records', 'by-company', 'demo:x:company:1'));
    db.close();
  });

  test('a v2 database upgrades to v3: every record, event, trail entry and state entry kept, two indexes fewer, counts per kind', async () => {
    const v2 = await openAt(2);
    const tx = v2.transaction(['records', 'events', 'trail', 'state', 'health'], 'readwrite');
    const kinds = ['company', 'contact', 'deal', 'lead', 'activity'] as const;
    const records = Array.from({length: 1000}, (_, i) => ({id: `demo:x:${kinds[i % 5]}:${i}`, kind: kinds[i % 5], source: 'demo:x', name: `R${i}`, data: {n: i}, companyIds: i % 2 ? [`demo:x:company:${i % 9}`] : [], firstSeen: i, lastSeen: i + 1}));
    const events = Array.from({length: 700}, (_, i) => ({id: `e${i}`, at: 700 - i, recordedAt: i, type: i % 2 ? 'callLogged' : 'noteLogged', subject: `s${i}`, body: {i}, engine: {id: `e${i}`, at: 700 - i, type: 'callLogged'} as never}));
    for (const r of records) void tx.objectStore('records').put(r);
    for (const e of events) void tx.objectStore('events').put(e);
    for (let i = 0; i < 300; i++) void tx.objectStore('trail').put({rule: 'WG-6', subject: `s${i}`, message: `m${i}`, at: i});
    void tx.objectStore('state').put({key: 'engines', value: {snapshots: {}, seen: ['e1'], rulesKey: 'k'}});
    void tx.objectStore('health').put({key: 'h', adapterId: 'demo', pageKind: 'company', slot: 's', found: true, fieldsFound: [], fieldsMissing: [], url: '', at: 1, count: 1});
    await tx.done;
    expect([...v2.transaction('records').store.indexNames].sort()).toEqual(['by-company', 'by-kind']);
    v2.close();

    const db = await openGoalpostDB();
    expect(db.version).toBe(DB_VERSION);
    const check = db.transaction(['records', 'events']);
    expect([...check.objectStore('records').indexNames]).toEqual(['by-company']);
    expect([...check.objectStore('events').indexNames].filter((name: string) => name === 'by-at' || name === 'by-type')).toEqual(['by-at']);
    await check.done;
    const byId = (a: {id: string}, b: {id: string}) => a.id.localeCompare(b.id);
    expect((await db.getAll('records')).sort(byId)).toEqual([...records].sort(byId));
    expect((await db.getAll('events')).sort(byId)).toEqual([...events].sort(byId));
    expect((await db.getAllFromIndex('events', 'by-at')).map((e) => e.at)).toEqual(events.map((e) => e.at).sort((a, b) => a - b));
    expect(await db.count('trail')).toBe(300);
    expect(await db.get('state', 'engines')).toEqual({key: 'engines', value: {snapshots: {}, seen: ['e1'], rulesKey: 'k'}});
    expect(await db.count('health')).toBe(1);
    expect(await db.countFromIndex('records', 'by-company', 'demo:x:company:1')).toBe(records.filter((r) => r.companyIds.includes('demo:x:company:1')).length);
    expect((await db.get('state', RECORD_COUNTS_KEY))?.value).toEqual({company: 200, contact: 200, deal: 200, lead: 200, activity: 200});
    db.close();
  });

  test('a v3 database upgrades to v4: every event kept and found by its engine event\'s contact or company', async () => {
    const v3 = await openAt(3);
    const tx = v3.transaction(['events'], 'readwrite');
    const events = Array.from({length: 600}, (_, i) => {
      const engine = i % 3 === 0 ? {id: `e${i}`, at: i, type: 'noteLogged', companyId: `co${i % 5}`} : i % 3 === 1 ? {id: `e${i}`, at: i, type: 'callLogged', contactId: `c${i % 7}`} : undefined;
      return {id: `e${i}`, at: i, recordedAt: i, type: 'x', subject: 's', body: null, ...(engine ? {engine: engine as never} : {})};
    });
    for (const e of events) void tx.objectStore('events').put(e);
    await tx.done;
    v3.close();

    const db = await openGoalpostDB();
    const byId = (a: {id: string}, b: {id: string}) => a.id.localeCompare(b.id);
    expect((await db.getAll('events')).sort(byId)).toEqual([...events].sort(byId));
    expect((await db.getAllFromIndex('events', 'by-company', 'co2')).sort(byId)).toEqual(events.filter((e) => e.engine && (e.engine as {companyId?: string}).companyId === 'co2').sort(byId));
    expect(await db.countFromIndex('events', 'by-contact', 'c3')).toBe(events.filter((e) => e.engine && (e.engine as {contactId?: string}).contactId === 'c3').length);
    expect(await db.count('derived')).toBe(0);
    db.close();
  });

  test('a fresh install creates the current schema', async () => {
    const db = await openGoalpostDB();
    expect([...db.objectStoreNames].sort()).toEqual(['derived', 'events', 'health', 'records', 'state', 'trail']);
    db.close();
  });
});
