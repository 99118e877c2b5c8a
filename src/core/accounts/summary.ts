/** Small operations on ActivitySummary values, shared by contacts and company rollups. */
import type {Instant} from '../model';
import type {ActivitySummary, ScheduledItem} from './state';

export const later = (a: Instant | null, b: Instant | null): Instant | null =>
  a === null ? b : b === null ? a : Math.max(a, b);

/** Drops items that can never be upcoming again (the clock never moves back). */
function prune(list: ScheduledItem[], clock: Instant): void {
  let n = 0;
  while (n < list.length && list[n].at <= clock) n++;
  if (n > 0) list.splice(0, n);
}

/** Inserts in `at` order (ties: key order, so rebuilds and deltas give the same list). */
export function insertScheduled(list: ScheduledItem[], item: ScheduledItem, clock: Instant): void {
  prune(list, clock);
  if (item.at <= clock) return;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = list[mid];
    if (m.at < item.at || (m.at === item.at && m.key < item.key)) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, item);
}

export function removeScheduled(list: ScheduledItem[], key: string): void {
  for (let i = list.length - 1; i >= 0; i--) if (list[i].key === key) list.splice(i, 1);
}

/** TA-19: the earliest item strictly after the clock. */
export function nextScheduled(list: ScheduledItem[], clock: Instant): Instant | null {
  for (const item of list) if (item.at > clock) return item.at;
  return null;
}

/** Adds `part` into `into` (used when rebuilding a rollup from its parts). */
export function addSummary(into: ActivitySummary, part: ActivitySummary, withEngagement: boolean, clock: Instant): void {
  into.lastTouch = later(into.lastTouch, part.lastTouch);
  if (withEngagement) into.lastEngagement = later(into.lastEngagement, part.lastEngagement);
  into.calls += part.calls;
  into.meetings += part.meetings;
  into.openTasks += part.openTasks;
  for (const item of part.scheduled) if (item.at > clock) into.scheduled.push(item);
}

export function sortScheduled(list: ScheduledItem[]): void {
  list.sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
