/**
 * Goal edits: WG-17 (clearing every criterion resets the goal figures), WG-18 (any other edit keeps
 * them), and IDEA-4 (the wiped figures are kept and can be restored).
 */
import type {Criteria, Id, Instant} from '../model';
import {conversionRate} from './enrollment';
import type {WorkflowRun} from './types';

/**
 * WG-17: goal-met count and counted contacts go to 0, so the rate shows 0% (it stays null when nobody
 * was ever enrolled). Enrollment outcomes stay as they were: a contact unenrolled by the goal is still
 * unenrolled, and WG-7's list still names it. Returns the contacts that stop being counted (WG-19
 * filters on this workflow must see them go).
 */
export function clearGoal(run: WorkflowRun, at: Instant, eventId?: Id): Id[] {
  const counted = [...run.enrollments].filter(([, e]) => e.counted).map(([id]) => id);
  run.goalResets.push({
    clearedAt: at,
    clearedGoal: run.def.goal,
    goalMet: run.stats.goalMet,
    goalMetCounted: run.stats.goalMetCounted,
    conversionRate: conversionRate(run.def, run.stats),
    countedContactIds: counted,
    countedByDay: {...run.countedByDay},
    restored: false,
  });
  for (const id of counted) run.enrollments.get(id)!.counted = false;
  run.stats.goalMet = 0;
  run.stats.goalMetCounted = 0;
  run.countedByDay = {};
  run.def = {...run.def, goal: null};
  run.goalEdits.push(eventId === undefined ? {at, goal: null} : {at, goal: null, eventId});
  return counted;
}

/** WG-18: new criteria apply to later evaluations; nothing already counted changes. */
export function editGoal(run: WorkflowRun, goal: Criteria, at: Instant, eventId?: Id): void {
  run.def = {...run.def, goal};
  run.goalEdits.push(eventId === undefined ? {at, goal} : {at, goal, eventId});
}

/**
 * IDEA-4: add a reset's figures back. Contacts counted since the reset are different contacts (a
 * contact meets a workflow's goal once), so adding is exact. Returns the contacts counted again.
 */
export function restoreGoal(run: WorkflowRun, _at: Instant, index = run.goalResets.length - 1): Id[] {
  const reset = run.goalResets[index];
  if (reset === undefined || reset.restored) return [];
  reset.restored = true;
  const restored: Id[] = [];
  for (const id of reset.countedContactIds) {
    const e = run.enrollments.get(id);
    if (e !== undefined && !e.counted) {
      e.counted = true;
      restored.push(id);
    }
  }
  run.stats.goalMet += reset.goalMet;
  run.stats.goalMetCounted += restored.length;
  for (const [day, n] of Object.entries(reset.countedByDay)) run.countedByDay[day] = (run.countedByDay[day] ?? 0) + n;
  return restored;
}
