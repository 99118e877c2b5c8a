/**
 * The only owner of Goalpost's IndexedDB (DESIGN.md "Storage"). Content scripts never touch it: their
 * IndexedDB would be the CRM origin's.
 *
 * Schema history (every version that ever shipped keeps its migration, tested in db.test.ts):
 *   v1  events (by-at), records (by-kind), trail (by-subject). Records named one `companyId`.
 *   v2  records carry `companyIds` (a contact can belong to several companies, TA-13) with a
 *       multi-entry index; events get a by-type index; health and state stores.
 *   v3  fewer indexes, so bulk writes (imports) touch fewer rows: records lose by-kind (its only use,
 *       counting records per kind, reads the `recordCounts` state entry that every writer keeps in the
 *       same transaction) and events lose by-type (nothing queried it).
 *   v4  events get by-contact and by-company indexes on their engine event's contactId / companyId (the
 *       account overview reads a company's activities from the log instead of the engines keeping
 *       every activity in their snapshot), and a `derived` store keeps the events the engines emitted
 *       (a workflow's task) with the same indexes: not log entries, remade whenever projections are.
 *       The `state` store also holds the engines' snapshot tail (`engines-tail:…`, engine-host.ts).
 */
import type {ScenarioEvent} from '../core/model';
import {openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames} from 'idb';

export const DB_NAME = 'goalpost';
export const DB_VERSION = 4;

export type RecordKindStored = 'company' | 'contact' | 'deal' | 'lead' | 'activity';

export interface StoredRecord {
  id: string;
  kind: RecordKindStored;
  /** The namespace it came from, e.g. `demo:127.0.0.1` or `hubspot:123`. */
  source: string;
  name: string;
  data: Record<string, unknown>;
  companyIds: string[];
  firstSeen: number;
  lastSeen: number;
}

export interface StoredEvent {
  /** Deterministic: the same capture or import row always yields the same id. */
  id: string;
  /** When it happened (the CRM's timestamp where known). */
  at: number;
  recordedAt: number;
  type: string;
  subject: string;
  body: unknown;
  /** The engine's view of it (SCENARIO.md event), when the rules care about it. */
  engine?: ScenarioEvent;
}

/** An event the engines emitted (derived store): kept for the views, remade by a rebuild. */
export interface DerivedEvent {
  id: string;
  at: number;
  engine: ScenarioEvent;
}

export interface StoredTrail {
  seq?: number;
  rule: string;
  subject: string;
  message: string;
  eventId?: string;
  criterion?: string;
  at: number;
}

export interface StoredHealthRecord {
  key: string;
  adapterId: string;
  pageKind: string;
  slot: string;
  found: boolean;
  fieldsFound: string[];
  fieldsMissing: string[];
  url: string;
  at: number;
  count: number;
}

/** How many records of each kind are stored: kept in the `state` store under RECORD_COUNTS_KEY. */
export type RecordCounts = Record<RecordKindStored, number>;
export const RECORD_COUNTS_KEY = 'recordCounts';
export const RECORD_KINDS: readonly RecordKindStored[] = ['company', 'contact', 'deal', 'lead', 'activity'];

/** The stored counts, or zeros (an emptied store has none). */
export function recordCountsOf(stored: unknown): RecordCounts {
  const counts = {company: 0, contact: 0, deal: 0, lead: 0, activity: 0};
  if (stored && typeof stored === 'object') {
    for (const kind of RECORD_KINDS) {
      const n = (stored as Record<string, unknown>)[kind];
      if (typeof n === 'number' && Number.isFinite(n) && n > 0) counts[kind] = n;
    }
  }
  return counts;
}

export interface GoalpostSchema extends DBSchema {
  events: {key: string; value: StoredEvent; indexes: {'by-at': number; 'by-contact': string; 'by-company': string}};
  derived: {key: string; value: DerivedEvent; indexes: {'by-contact': string; 'by-company': string}};
  records: {key: string; value: StoredRecord; indexes: {'by-company': string}};
  trail: {key: number; value: StoredTrail; indexes: {'by-subject': string}};
  health: {key: string; value: StoredHealthRecord};
  state: {key: string; value: {key: string; value: unknown}};
}

export type GoalpostDB = IDBPDatabase<GoalpostSchema>;
type UpgradeTx = IDBPTransaction<GoalpostSchema, StoreNames<GoalpostSchema>[], 'versionchange'>;

/** migrations[n] upgrades a database at version n to n + 1. Never drop user data in one. */
export const migrations: Array<(db: GoalpostDB, tx: UpgradeTx) => Promise<void> | void> = [
  // 0 → 1
  (db) => {
    const events = db.createObjectStore('events', {keyPath: 'id'});
    events.createIndex('by-at', 'at');
    const records = db.createObjectStore('records', {keyPath: 'id'});
    records.createIndex('by-kind' as never, 'kind'); // dropped in v3
    const trail = db.createObjectStore('trail', {keyPath: 'seq', autoIncrement: true});
    trail.createIndex('by-subject', 'subject');
  },
  // 1 → 2
  async (db, tx) => {
    tx.objectStore('events').createIndex('by-type' as never, 'type'); // dropped in v3
    const records = tx.objectStore('records');
    records.createIndex('by-company', 'companyIds', {multiEntry: true});
    db.createObjectStore('health', {keyPath: 'key'});
    db.createObjectStore('state', {keyPath: 'key'});
    let cursor = await records.openCursor();
    while (cursor) {
      const old = cursor.value as StoredRecord & {companyId?: string};
      if (!Array.isArray(old.companyIds)) {
        const {companyId, ...rest} = old;
        await cursor.update({...rest, companyIds: companyId ? [companyId] : []});
      }
      cursor = await cursor.continue();
    }
  },
  // 2 → 3: drop the two indexes, count the records per kind once.
  async (_db, tx) => {
    const records = tx.objectStore('records');
    const events = tx.objectStore('events');
    // The v2 index names are not in the current schema type.
    if (records.indexNames.contains('by-kind' as never)) records.deleteIndex('by-kind');
    if (events.indexNames.contains('by-type' as never)) events.deleteIndex('by-type');
    const counts = recordCountsOf(undefined);
    let cursor = await records.openCursor();
    while (cursor) {
      const kind = (cursor.value as {kind?: unknown}).kind;
      if (RECORD_KINDS.includes(kind as RecordKindStored)) counts[kind as RecordKindStored]++;
      cursor = await cursor.continue();
    }
    await tx.objectStore('state').put({key: RECORD_COUNTS_KEY, value: counts});
  },
  // 3 → 4: a company's activities are found through the log's indexes (records untouched; the browser
  // builds the indexes over the stored events itself).
  (db, tx) => {
    const events = tx.objectStore('events');
    events.createIndex('by-contact', 'engine.contactId');
    events.createIndex('by-company', 'engine.companyId');
    const derived = db.createObjectStore('derived', {keyPath: 'id'});
    derived.createIndex('by-contact', 'engine.contactId');
    derived.createIndex('by-company', 'engine.companyId');
  },
];

export function openGoalpostDB(name = DB_NAME, version = DB_VERSION): Promise<GoalpostDB> {
  return openDB<GoalpostSchema>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) await migrations[v](db, tx);
    },
    blocking() {
      // A newer copy of the worker wants to upgrade: step aside rather than block it.
      dbPromise = undefined;
    },
  });
}

let dbPromise: Promise<GoalpostDB> | undefined;
export function db(): Promise<GoalpostDB> {
  dbPromise ??= openGoalpostDB().catch((error: unknown) => {
    dbPromise = undefined;
    throw error;
  });
  return dbPromise;
}

/** For tests: forget the open connection (fake-indexeddb is reset between tests). */
export function resetDbConnection(): void {
  dbPromise = undefined;
}

export class StorageError extends Error {
  constructor(readonly code: 'storage-quota' | 'storage-failed', message: string, override readonly cause?: unknown) {
    super(message);
    this.name = 'StorageError';
  }
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as {name?: string} | null)?.name;
  if (name === 'QuotaExceededError') {
    return new StorageError('storage-quota', 'The browser has no room left for Goalpost’s data. Nothing from this change was saved. Free space (Options → Storage) and try again.', error);
  }
  return new StorageError('storage-failed', `Saving failed and nothing from this change was written: ${(error as Error)?.message ?? String(error)}`, error);
}

/**
 * Runs `work` on a readwrite transaction and commits all of it or nothing. `work` pushes every write
 * request into `writes`; after the first failure the transaction aborts and every other request rejects
 * too, so each is settled (the first failure is the one reported) and the error becomes a StorageError.
 */
export async function writeAtomically<T>(tx: {abort(): void; done: Promise<void>}, work: (writes: Array<Promise<unknown>>) => Promise<T>): Promise<T> {
  const done = tx.done.catch(() => undefined);
  const writes: Array<Promise<unknown>> = [];
  try {
    const result = await work(writes);
    const failed = (await Promise.allSettled(writes)).find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    await tx.done;
    return result;
  } catch (error) {
    // Requests still pending reject with AbortError once we abort; they are expected, not news.
    for (const write of writes) write.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await done;
    throw toStorageError(error);
  }
}
