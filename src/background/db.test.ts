import {IDBFactory} from 'fake-indexeddb';
import {openDB} from 'idb';
import {beforeEach, describe, expect, test} from 'vitest';
import {DB_VERSION, migrations, openGoalpostDB, type GoalpostDB} from './db';

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
    expect(await db.countFromIndex('events', 'by-type', 'callLogged')).toBe(250);
    expect(await db.count('trail')).toBe(500);
    expect(await db.getAllFromIndex('records', 'by-company', 'demo:x:company:1')).toHaveLength(await db.countFromIndex('records', 'by-company', 'demo:x:company:1'));
    db.close();
  });

  test('a fresh install creates the current schema', async () => {
    const db = await openGoalpostDB();
    expect([...db.objectStoreNames].sort()).toEqual(['events', 'health', 'records', 'state', 'trail']);
    db.close();
  });
});
