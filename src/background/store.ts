/** Reads over db.ts, and the small writes that are not engine input (health). Batches go through engine-host.ts. */
import type {CompanySummary} from '../shared/protocol';
import {db, RECORD_COUNTS_KEY, recordCountsOf, type StoredHealthRecord, type StoredRecord} from './db';

/** A later capture refreshes what the page shows now but keeps when we first saw the record. */
export function mergeRecord(old: StoredRecord, next: StoredRecord): StoredRecord {
  const data = {...old.data};
  for (const [key, value] of Object.entries(next.data)) if (value !== undefined) data[key] = value;
  const companyIds = [...new Set([...old.companyIds, ...next.companyIds])];
  return {...old, name: next.name || old.name, data, companyIds, firstSeen: Math.min(old.firstSeen, next.firstSeen), lastSeen: Math.max(old.lastSeen, next.lastSeen)};
}

const ACTIVITY_LIMIT = 25;

const KINDS = new Set(['company', 'contact', 'deal', 'lead', 'activity']);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
/** A stored record of the wrong shape (an old bug, a hand-edited profile) is skipped, never read. */
export function isWellFormed(r: unknown): r is StoredRecord {
  return isObject(r) && typeof r.id === 'string' && KINDS.has(r.kind as string) && typeof r.name === 'string' && isObject(r.data) && Array.isArray(r.companyIds) && typeof r.firstSeen === 'number' && typeof r.lastSeen === 'number';
}

/** Skipped records are reported on the options page's health list (tests/unit/fuzz-storage.test.ts). */
async function reportMalformed(ids: string[]): Promise<void> {
  await recordHealth({adapterId: 'store', pageKind: 'company', slot: 'record', found: false, fieldsFound: [], fieldsMissing: ids.slice(0, 20).map((i) => String(i).slice(0, 60)), url: ''}, Date.now()).catch(() => undefined);
}

export async function companySummary(id: string): Promise<CompanySummary | null> {
  const database = await db();
  const tx = database.transaction('records');
  const company = await tx.store.get(id);
  if (!company || company.kind !== 'company') return null;
  const all = await tx.store.index('by-company').getAll(id);
  const malformed = [company, ...all].filter((r) => !isWellFormed(r)).map((r) => (r as {id: string}).id);
  if (malformed.length) await reportMalformed([...new Set(malformed)]);
  if (!isWellFormed(company)) return null;
  const related = all.filter(isWellFormed);
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
  const tx = database.transaction(['state', 'events']);
  // Per-kind counts are kept by every writer in the same transaction (db.ts, schema v3).
  const [stored, events] = await Promise.all([tx.objectStore('state').get(RECORD_COUNTS_KEY), tx.objectStore('events').count()]);
  const counts = recordCountsOf(stored?.value);
  return {companies: counts.company, contacts: counts.contact, activities: counts.activity, events};
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
