/**
 * Per-contact facts that criteria read: current properties, and per event type a time-sorted log.
 * Plain data (objects, arrays, Map, Set) so an engine snapshot can carry it.
 *
 * Why a log per event type plus lazily built `where` indexes: a check like "formSubmitted where
 * formId=demo, at least 2 within 30 days" must cost O(log n) (DESIGN.md "Incremental"), not a scan of
 * the contact's history. The raw where-able fields stay beside the timestamps, so a filter that first
 * appears later (a goal edited, WG-18) can still be indexed from history once.
 */
import type {PropertyValue, ScenarioEvent} from '../model';
import {insertSorted, upperBound} from './sorted';
import {CONTACT_EVENT_FIELDS, isContactEventType} from './vocabulary';

export type EventFields = Record<string, PropertyValue>;

export interface EventLog {
  /** Every occurrence, ascending. */
  at: number[];
  /** The where-able fields of each occurrence, parallel to `at`. */
  fields: EventFields[];
  /** where-key (see whereKey) → ascending timestamps of the occurrences that match it. */
  byWhere: Record<string, number[]>;
}

export interface ContactFacts {
  props: Record<string, PropertyValue>;
  log: Record<string, EventLog>;
}

export const EMPTY_FACTS: ContactFacts = Object.freeze({props: Object.freeze({}), log: Object.freeze({})}) as ContactFacts;

export function newFacts(props: Record<string, PropertyValue> = {}): ContactFacts {
  return {props: {...props}, log: {}};
}

/** Canonical key of a where-filter: the same filter written in another key order shares an index. */
export function whereKey(where: Record<string, PropertyValue>): string {
  return JSON.stringify(Object.entries(where).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const whereCache = new Map<string, Array<[string, PropertyValue]>>();
function whereOf(key: string): Array<[string, PropertyValue]> {
  let entries = whereCache.get(key);
  if (!entries) {
    entries = JSON.parse(key) as Array<[string, PropertyValue]>;
    whereCache.set(key, entries);
  }
  return entries;
}

function matches(fields: EventFields, entries: Array<[string, PropertyValue]>): boolean {
  for (const [k, v] of entries) if (fields[k] !== v) return false;
  return true;
}

/** Timestamps of `type` occurrences matching the where-key ('' = no filter), indexing them on first use. */
export function timestampsFor(facts: ContactFacts, type: string, key: string): readonly number[] {
  const log = facts.log[type];
  if (log === undefined) return EMPTY;
  if (key === '') return log.at;
  const hit = log.byWhere[key];
  if (hit !== undefined) return hit;
  const entries = whereOf(key);
  const built: number[] = [];
  for (let i = 0; i < log.at.length; i++) if (matches(log.fields[i], entries)) built.push(log.at[i]);
  if (Object.isFrozen(log)) return built;
  log.byWhere[key] = built;
  return built;
}
const EMPTY: readonly number[] = Object.freeze([]);

/** Add one occurrence, keeping `at`/`fields` parallel and every existing where index current. */
export function recordEvent(facts: ContactFacts, type: string, at: number, fields: EventFields): void {
  let log = facts.log[type];
  if (log === undefined) {
    log = {at: [], fields: [], byWhere: {}};
    facts.log[type] = log;
  }
  const n = log.at.length;
  if (n === 0 || log.at[n - 1] <= at) {
    log.at.push(at);
    log.fields.push(fields);
  } else {
    const i = upperBound(log.at, at);
    log.at.splice(i, 0, at);
    log.fields.splice(i, 0, fields);
  }
  for (const key in log.byWhere) if (matches(fields, whereOf(key))) insertSorted(log.byWhere[key], at);
}

/** The where-able fields of a contact event (only the ones SCENARIO.md names for its type). */
export function eventFields(event: ScenarioEvent): EventFields {
  if (!isContactEventType(event.type)) return NO_FIELDS;
  const source = event as unknown as Record<string, unknown>;
  let out: EventFields | undefined;
  for (const field of CONTACT_EVENT_FIELDS[event.type]) {
    const v = source[field];
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') (out ??= {})[field] = v;
  }
  // Most page views carry no field: they share one object instead of keeping one each.
  return out ?? NO_FIELDS;
}
const NO_FIELDS: EventFields = Object.freeze({});
