/**
 * Full backup and restore (settings, records, event log, trail, and the target-account recommendations
 * the user dismissed, which live in storage.local: TA-30) as one versioned JSON document.
 * Restore validates everything before it replaces anything, migrates older versions, refuses newer
 * ones, and replaces all stores in one transaction: a failure leaves the old data exactly as it was.
 */
import * as v from 'valibot';
import {issuePath} from '../shared/protocol';
import {repairSettings, settingsWorld, type Settings} from '../shared/settings';
import {db, RECORD_COUNTS_KEY, recordCountsOf, writeAtomically, type StoredEvent, type StoredRecord, type StoredTrail} from './db';

export const BACKUP_FORMAT = 'goalpost-backup';
/** v2 added `accountsDismissed`. */
export const BACKUP_VERSION = 2;
/** storage.local key of the dismissed target-account recommendations (handlers/accounts.ts, TA-30). */
export const DISMISSED_KEY = 'accountsDismissed';

const Record_ = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  kind: v.picklist(['company', 'contact', 'deal', 'lead', 'activity']),
  source: v.string(),
  name: v.string(),
  data: v.record(v.string(), v.unknown()),
  companyIds: v.array(v.string()),
  firstSeen: v.number(),
  lastSeen: v.number(),
});
const Event_ = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  at: v.number(),
  recordedAt: v.number(),
  type: v.string(),
  subject: v.string(),
  body: v.unknown(),
  engine: v.optional(v.looseObject({id: v.string(), at: v.number(), type: v.string()})),
});
const Trail_ = v.object({seq: v.optional(v.number()), rule: v.string(), subject: v.string(), message: v.string(), eventId: v.optional(v.string()), criterion: v.optional(v.string()), at: v.number()});
const Backup = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.number(),
  exportedAt: v.string(),
  settings: v.unknown(),
  records: v.array(Record_),
  events: v.array(Event_),
  trail: v.array(Trail_),
  /** Missing means none dismissed. */
  accountsDismissed: v.optional(v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.maxLength(100_000)), []),
});

export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
  records: StoredRecord[];
  events: StoredEvent[];
  trail: StoredTrail[];
  /** Company ids whose target-account recommendation the user dismissed (storage.local). */
  accountsDismissed: string[];
}

/** The dismissed ids as stored (anything else in that key is ignored). */
export function dismissedOf(stored: unknown): string[] {
  return Array.isArray(stored) ? stored.filter((x): x is string => typeof x === 'string' && x !== '') : [];
}

export async function exportBackup(settings: Settings, now: number, accountsDismissed: string[] = []): Promise<BackupDocument> {
  const database = await db();
  const tx = database.transaction(['records', 'events', 'trail']);
  const [records, events, trail] = await Promise.all([tx.objectStore('records').getAll(), tx.objectStore('events').getAll(), tx.objectStore('trail').getAll()]);
  return {format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), settings, records, events, trail, accountsDismissed};
}

export interface Problem {
  path: string;
  message: string;
}

const pathOf = (issue: v.BaseIssue<unknown>) => issuePath(issue) || '(root)';

/** Older backup versions are upgraded here, one step at a time: upgrades[n] turns version n into n + 1. */
const upgrades: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {
  // v1 had no dismissed recommendations: a v1 backup restores none.
  1: (doc) => ({...doc, version: 2, accountsDismissed: []}),
};

export function parseBackup(json: string): {ok: true; backup: BackupDocument; notes: string[]} | {ok: false; problems: Problem[]} {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (error) {
    return {ok: false, problems: [{path: '(file)', message: `not valid JSON: ${(error as Error).message}`}]};
  }
  if (typeof doc !== 'object' || doc === null || (doc as {format?: unknown}).format !== BACKUP_FORMAT) {
    return {ok: false, problems: [{path: 'format', message: `not a Goalpost backup (expected format "${BACKUP_FORMAT}")`}]};
  }
  let version = (doc as {version?: unknown}).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return {ok: false, problems: [{path: 'version', message: 'must be a whole number ≥ 1'}]};
  if (version > BACKUP_VERSION) {
    return {ok: false, problems: [{path: 'version', message: `this backup was made by a newer Goalpost (format version ${version}; this one reads up to ${BACKUP_VERSION}). Update Goalpost, then restore.`}]};
  }
  let current = doc as Record<string, unknown>;
  while (version < BACKUP_VERSION) current = upgrades[version++](current);
  const parsed = v.safeParse(Backup, current);
  if (!parsed.success) return {ok: false, problems: parsed.issues.slice(0, 20).map((i) => ({path: pathOf(i), message: i.message}))};
  const {settings, notes} = repairSettings(parsed.output.settings);
  const rules = settingsWorld(settings, Date.parse(parsed.output.exportedAt) || 0);
  if (!rules.ok) return {ok: false, problems: [{path: `settings.${rules.error.path}`, message: rules.error.message}]};
  const ids = new Set<string>();
  for (const [i, r] of parsed.output.records.entries()) {
    if (ids.has(r.id)) return {ok: false, problems: [{path: `records[${i}].id`, message: `duplicate record id "${r.id}"`}]};
    ids.add(r.id);
  }
  return {ok: true, backup: {...(parsed.output as unknown as BackupDocument), settings}, notes};
}

/**
 * Replace every store with the backup's contents, in one transaction. The dismissed recommendations
 * live in storage.local: `swapDismissed(ids)` writes them and returns the ids it replaced; it runs
 * first and is undone if the database transaction fails, so a failed restore leaves both as they were.
 */
export async function restoreBackup(backup: BackupDocument, swapDismissed: (ids: string[]) => Promise<string[]> = async () => []): Promise<Record<string, number>> {
  const database = await db();
  const dismissedBefore = await swapDismissed([...new Set(backup.accountsDismissed)]);
  // `derived` (what the engines emitted) is remade by the rebuild that the cleared `state` causes.
  const tx = database.transaction(['records', 'events', 'trail', 'state', 'derived'], 'readwrite', {durability: 'relaxed'});
  try {
    return await writeAtomically(tx, async (writes) => {
      for (const name of ['records', 'events', 'trail', 'state', 'derived'] as const) writes.push(tx.objectStore(name).clear());
      for (const r of backup.records) writes.push(tx.objectStore('records').put(r));
      for (const e of backup.events) writes.push(tx.objectStore('events').put(e));
      for (const t of backup.trail) writes.push(tx.objectStore('trail').put(t));
      const counts = recordCountsOf(undefined);
      for (const r of backup.records) counts[r.kind]++;
      writes.push(tx.objectStore('state').put({key: RECORD_COUNTS_KEY, value: counts}));
      return {records: backup.records.length, events: backup.events.length, trail: backup.trail.length, accountsDismissed: backup.accountsDismissed.length};
    });
  } catch (error) {
    await swapDismissed(dismissedBefore).catch(() => undefined);
    throw error;
  }
}

/** "Delete all data": every store emptied in one transaction (settings are kept; the data handler also clears the dismissed recommendations). */
export async function wipeAll(): Promise<void> {
  const database = await db();
  const tx = database.transaction(['records', 'events', 'trail', 'state', 'health', 'derived'], 'readwrite');
  await Promise.all([...tx.objectStoreNames].map((name) => tx.objectStore(name).clear()));
  await tx.done;
}
