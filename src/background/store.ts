/**
 * Reads and writes over db.ts. Every write of a batch happens in one transaction: on abort or quota
 * failure nothing of the batch is stored, and the caller gets a StorageError that says so.
 */
import type {CompanySummary} from '../shared/protocol';
import {db, StorageError, toStorageError, type StoredEvent, type StoredHealthRecord, type StoredRecord} from './db';

export interface CommitResult {
  newEvents: number;
  newRecords: number;
}

/** A hook for fault-injection tests (quota exhaustion, aborts) at the storage boundary. */
let beforeCommit: ((stage: 'start' | 'written') => void) | undefined;
export function setCommitFault(hook: typeof beforeCommit): void {
  beforeCommit = hook;
}

export async function commitBatch(records: StoredRecord[], events: StoredEvent[]): Promise<CommitResult> {
  const bad = [...records, ...events].find((item) => typeof item.id !== 'string' || item.id === '');
  if (bad) throw new StorageError('storage-failed', `Nothing was saved: a ${'kind' in bad ? bad.kind : 'event'} has no id`);
  const database = await db();
  const tx = database.transaction(['records', 'events'], 'readwrite');
  const done = tx.done.catch(() => undefined);
  const writes: Array<Promise<unknown>> = [];
  try {
    beforeCommit?.('start');
    const recordStore = tx.objectStore('records');
    const eventStore = tx.objectStore('events');
    let newRecords = 0;
    let newEvents = 0;
    // Reads first, then writes: requests on one transaction run in order, so no await in between
    // lets another batch interleave.
    const [oldRecords, oldEvents] = await Promise.all([
      Promise.all(records.map((r) => recordStore.get(r.id))),
      Promise.all(events.map((e) => eventStore.getKey(e.id))),
    ]);
    records.forEach((record, i) => {
      const old = oldRecords[i];
      if (!old) newRecords++;
      writes.push(recordStore.put(old ? mergeRecord(old, record) : record));
    });
    const seen = new Set<string>();
    events.forEach((event, i) => {
      if (oldEvents[i] !== undefined || seen.has(event.id)) return;
      seen.add(event.id);
      newEvents++;
      writes.push(eventStore.add(event));
    });
    beforeCommit?.('written');
    // allSettled: after the first failure the transaction aborts and every other request rejects too;
    // each must be handled, and the first failure is the one worth reporting.
    const failed = (await Promise.allSettled(writes)).find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    await tx.done;
    return {newEvents, newRecords};
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

/** A later capture refreshes what the page shows now but keeps when we first saw the record. */
function mergeRecord(old: StoredRecord, next: StoredRecord): StoredRecord {
  const data = {...old.data};
  for (const [key, value] of Object.entries(next.data)) if (value !== undefined) data[key] = value;
  const companyIds = [...new Set([...old.companyIds, ...next.companyIds])];
  return {...old, name: next.name || old.name, data, companyIds, firstSeen: Math.min(old.firstSeen, next.firstSeen), lastSeen: Math.max(old.lastSeen, next.lastSeen)};
}

const ACTIVITY_LIMIT = 25;

export async function companySummary(id: string): Promise<CompanySummary | null> {
  const database = await db();
  const tx = database.transaction('records');
  const company = await tx.store.get(id);
  if (!company || company.kind !== 'company') return null;
  const related = await tx.store.index('by-company').getAll(id);
  const contacts = related.filter((r) => r.kind === 'contact').sort((a, b) => a.name.localeCompare(b.name));
  const activities = related
    .filter((r) => r.kind === 'activity')
    .map((r) => ({r, at: typeof r.data.at === 'number' ? r.data.at : r.firstSeen}))
    .sort((a, b) => b.at - a.at);
  return {
    id,
    name: company.name,
    firstSeen: company.firstSeen,
    lastSeen: company.lastSeen,
    activityCount: activities.length,
    contacts: contacts.map((c) => ({
      id: c.id,
      name: c.name,
      email: typeof c.data.email === 'string' ? c.data.email : undefined,
      buyingRoles: Array.isArray(c.data.buyingRoles) ? (c.data.buyingRoles as string[]) : [],
    })),
    activities: activities.slice(0, ACTIVITY_LIMIT).map(({r, at}) => ({
      id: r.id,
      type: String(r.data.type),
      direction: String(r.data.direction),
      outcome: typeof r.data.outcome === 'string' ? r.data.outcome : undefined,
      at,
      title: typeof r.data.title === 'string' ? r.data.title : undefined,
      capturedAt: r.firstSeen,
    })),
  };
}

export async function storeStatus() {
  const database = await db();
  const tx = database.transaction(['records', 'events']);
  const kinds = tx.objectStore('records').index('by-kind');
  const [companies, contacts, activities, events] = await Promise.all([
    kinds.count('company'),
    kinds.count('contact'),
    kinds.count('activity'),
    tx.objectStore('events').count(),
  ]);
  return {companies, contacts, activities, events};
}

export async function recordHealth(entry: Omit<StoredHealthRecord, 'key' | 'at' | 'count'>, now: number): Promise<void> {
  const database = await db();
  const key = `${entry.adapterId}|${entry.pageKind}|${entry.slot}`;
  const tx = database.transaction('health', 'readwrite');
  const old = await tx.store.get(key);
  await tx.store.put({...entry, key, at: now, count: (old?.count ?? 0) + 1});
  await tx.done;
}

export async function listHealth(): Promise<StoredHealthRecord[]> {
  return (await db()).getAll('health');
}
