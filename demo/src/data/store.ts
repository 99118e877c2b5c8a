/**
 * The one owner of the demo's data: the seed plus the user's overlay, exposed as a signal so every
 * view re-renders when something is logged or edited. Only this module touches localStorage.
 */
import {computed, signal} from '@preact/signals';
import {generateSeed} from '../seed';
import {toIso} from '../seed/time';
import {editKey, emptyOverlay, parseOverlay, STORAGE_KEY, type Overlay, type RecordEdit} from './overlay';
import {syntheticActivities, syntheticCount} from './synthetic';
import {peopleCount, syntheticContacts} from './synthetic-people';
import type {Activity, Db, RecordType} from './types';

const seed = generateSeed();
const firstSeq = seed.activities.length + 1;
// `?synthetic=N` (read once per page load): big deterministic timelines for load and chaos tests.
const synthetic = syntheticActivities(seed.companies, seed.contacts, seed.users.map((u) => u.id), syntheticCount(typeof location === 'undefined' ? '' : location.search));
// `?people=N` (read once per page load): N more contacts, for list-page load tests.
const people = syntheticContacts(seed.companies, peopleCount(typeof location === 'undefined' ? '' : location.search));

function load(): Overlay {
  const raw = localStorage.getItem(STORAGE_KEY);
  if (raw === null) return emptyOverlay(firstSeq);
  const parsed = parseOverlay(raw);
  if (typeof parsed === 'string') {
    console.warn(`Demo CRM: ${parsed}; starting from the seed.`);
    return emptyOverlay(firstSeq);
  }
  // Saved under an older seed, user ids would collide with seeded ones; that data cannot be kept.
  if (parsed.nextSeq < firstSeq) {
    console.warn('Demo CRM: stored demo data predates the current seed; starting from the seed.');
    return emptyOverlay(firstSeq);
  }
  return parsed;
}

const overlay = signal<Overlay>(load());

/** Bumped on every change; the timeline keys its list on it so a change renders all new nodes. */
export const revision = signal(0);

function save(next: Overlay): void {
  overlay.value = next;
  revision.value++;
  localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
}

function applyEdits(base: Db, edits: Record<string, RecordEdit>): Db {
  const patch = <T extends {id: string}>(type: RecordType, rows: T[]): T[] =>
    rows.map((row) => (edits[editKey(type, row.id)] ? {...row, ...edits[editKey(type, row.id)]} : row));
  return {
    ...base,
    companies: patch('company', base.companies),
    contacts: patch('contact', base.contacts),
    leads: patch('lead', base.leads),
    deals: patch('deal', base.deals),
  };
}

export const db = computed<Db>(() => {
  const {edits, added} = overlay.value;
  const merged = applyEdits(seed, edits);
  return {...merged, contacts: people.length ? [...merged.contacts, ...people] : merged.contacts, activities: [...merged.activities, ...synthetic, ...added]};
});

export const currentUserId = computed(() => overlay.value.currentUserId);

export function setCurrentUser(userId: string): void {
  if (!seed.users.some((u) => u.id === userId)) throw new Error(`setCurrentUser: unknown user "${userId}"`);
  save({...overlay.value, currentUserId: userId});
}

export function logActivity(draft: Omit<Activity, 'id'>): Activity {
  const current = overlay.value;
  const activity: Activity = {id: `act-${String(current.nextSeq).padStart(5, '0')}`, ...draft};
  save({...current, added: [...current.added, activity], nextSeq: current.nextSeq + 1});
  return activity;
}

export function editRecord(type: RecordType, id: string, edit: RecordEdit): void {
  const current = overlay.value;
  const key = editKey(type, id);
  save({...current, edits: {...current.edits, [key]: {...current.edits[key], ...edit}}});
}

/** `?reset=1`: forget everything the user did. */
export function resetStore(): void {
  localStorage.removeItem(STORAGE_KEY);
  overlay.value = emptyOverlay(firstSeq);
  revision.value++;
}

/** The time a new activity is stamped with: the real clock, to the second. */
export const nowIso = (): string => toIso(Date.now());
