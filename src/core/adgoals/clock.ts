/**
 * AG-17/18/19..21 in time: what happens to one goal as the clock moves.
 *
 * - Refresh (AG-17): progress is re-measured only at refresh instants, goal start + k × 24 h (or an
 *   explicit refreshNow). Data applied in between shows at the next one. Since period boundaries are
 *   whole UTC days and the goal starts at 00:00 UTC, every milestone is also a refresh instant.
 * - Milestone (AG-18/21): at a period's end the period is measured one last time and frozen. The host
 *   runs timed work up to an event's time before applying it, so the frozen figures hold exactly the data
 *   that arrived before the end; data arriving at or after the end is late (IDEA-7 note) and never
 *   changes the period.
 * Between two calls no data changes, so all instants in (processedTo, at] are handled with one
 * measurement each, stamped with their own instants.
 */
import type {Effect, Instant, TrailEntry} from '../model';
import type {ContactsStore} from './contacts-store';
import {DAY_MS, dayOfInstant} from './dates';
import {actualOf, measurePeriod, measurePeriods} from './measure';
import type {MetricsStore} from './metrics-store';
import {notify, statusWord} from './notify';
import type {GoalRuntime, GoalState} from './state';
import {finalStatus} from './status';
import {periodTarget} from './targets';

export interface Stores {
  metrics: MetricsStore;
  contacts: ContactsStore;
}
type Out = {effects: Effect[]; trail: TrailEntry[]};

const fmt = (value: number | null) => (value === null ? 'no value' : String(value));

export function advanceGoal(rt: GoalRuntime, state: GoalState, at: Instant, stores: Stores): Out {
  const out: Out = {effects: [], trail: []};
  const prev = state.processedTo ?? -Infinity;
  if (at <= prev) return out;
  const {goal, periods} = rt;
  const subject = `adGoal:${goal.id}`;
  const push = (r: Out) => {
    out.effects.push(...r.effects);
    out.trail.push(...r.trail);
  };

  // Milestones due: measure all of them in one pass, then stamp each at its own end.
  const due = periods.flatMap((p, i) => (p.endAt <= at && !state.periods[i]?.frozen ? [i] : []));
  const finals = measurePeriods(goal, due.map((i) => ({period: periods[i], seriesLastDay: periods[i].endDay})), stores.metrics, stores.contacts);
  const finalByIndex = new Map(due.map((i, k) => [i, finals[k]]));

  periods.forEach((p, i) => {
    if (prev < p.startAt && p.startAt <= at) {
      const message = i === 0
        ? `Goal started; progress is measured every 24 hours until ${goal.end}.`
        : `Period ${p.start} – ${p.end} started.`;
      out.trail.push({rule: 'AG-20', subject, message, at: p.startAt});
      if (i === 0) push(notify(rt, state, 'goalStart', `Ad goal "${goal.name}" has started.`, p.startAt));
    }
    const final = finalByIndex.get(i);
    if (final) {
      state.periods[i] = {...final, frozen: true};
      const actual = actualOf(goal.template, final);
      const target = periodTarget(goal, p);
      const status = finalStatus(goal.template, actual, target);
      out.trail.push({
        rule: 'AG-21',
        subject,
        message: `Period ${p.start} – ${p.end} ${statusWord[status]}: ${fmt(actual)} against ${target}. Later data will not change it (AG-18).`,
        at: p.endAt,
      });
      push(notify(rt, state, status, `Ad goal "${goal.name}" ${statusWord[status]} for ${p.start} – ${p.end}: ${fmt(actual)} against ${target}.`, p.endAt, p.start));
    }
  });

  const anchor = state.anchorAt ?? rt.startAt;
  if (at >= anchor) {
    const gridInstant = anchor + Math.floor((at - anchor) / DAY_MS) * DAY_MS;
    if (state.refreshedAt === null || gridInstant > state.refreshedAt) refreshGoal(rt, state, gridInstant, stores);
  }
  state.processedTo = at;
  out.trail.sort((a, b) => a.at - b.at);
  return out;
}

/**
 * AG-17 "refresh now": re-measure a goal in progress at `at` and restart its 24-hour cycle from `at`.
 * A goal not started yet (AG-19) or already over (AG-18) is left as it is. Returns whether it refreshed.
 * The caller has advanced the goal to `at` first, so milestones due by then are already frozen.
 */
export function manualRefresh(rt: GoalRuntime, state: GoalState, at: Instant, stores: Stores): boolean {
  if (at < rt.startAt || at >= rt.endAt) return false;
  refreshGoal(rt, state, at, stores);
  state.anchorAt = at;
  return true;
}

/** When the goal is next re-measured by itself: the next 24-hour refresh or the next milestone, whichever is first; null once over. */
export function nextRefreshAt(rt: GoalRuntime, state: GoalState): Instant | null {
  const open = rt.periods.findIndex((_, i) => !state.periods[i]?.frozen);
  if (open < 0) return null;
  const anchor = state.anchorAt ?? rt.startAt;
  const processed = state.processedTo ?? -Infinity;
  const grid = processed < anchor ? anchor : anchor + (Math.floor((processed - anchor) / DAY_MS) + 1) * DAY_MS;
  return Math.min(grid, rt.periods[open].endAt);
}

/** AG-17: re-measure the period in progress at `at` (periods already over stay frozen). */
export function refreshGoal(rt: GoalRuntime, state: GoalState, at: Instant, stores: Stores): void {
  rt.periods.forEach((p, i) => {
    if (p.startAt <= at && at < p.endAt && !state.periods[i]?.frozen) {
      state.periods[i] = {...measurePeriod(rt.goal, p, dayOfInstant(at) - 1, stores.metrics, stores.contacts), frozen: false};
    }
  });
  if (state.refreshedAt === null || at > state.refreshedAt) state.refreshedAt = at;
}
