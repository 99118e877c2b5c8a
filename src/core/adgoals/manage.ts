/**
 * AG-24 edit and AG-25 delete, as pure functions over goal definitions; the background stores the result.
 */
import type {AdGoal, Id} from '../model';
import {validateAdGoal, type AdGoalFieldError} from './validate';

/** AG-24: the only fields an existing goal lets you change. */
export const EDITABLE_FIELDS = ['name', 'target', 'periodTargets', 'notifications'] as const;
type Editable = (typeof EDITABLE_FIELDS)[number];

export type EditResult = {ok: true; goal: AdGoal} | {ok: false; errors: AdGoalFieldError[]};

/**
 * Applies `patch` to `goal`. A field outside AG-24's list is an error unless it repeats the current
 * value (an editor may send the whole goal back). The edited goal must still be valid (AG-11..15).
 */
export function editAdGoal(goal: AdGoal, patch: Partial<AdGoal>, fiscalYearStartMonth = 1): EditResult {
  const errors: AdGoalFieldError[] = [];
  for (const [field, value] of Object.entries(patch) as Array<[keyof AdGoal, unknown]>) {
    if ((EDITABLE_FIELDS as readonly string[]).includes(field)) continue;
    if (JSON.stringify(value) === JSON.stringify(goal[field])) continue;
    errors.push({field, rule: 'AG-24', message: 'Only the name, target values and notifications can be changed after a goal is created.'});
  }
  if (errors.length) return {ok: false, errors};
  const edited: AdGoal = {...goal};
  for (const field of EDITABLE_FIELDS) {
    if (field in patch) (edited as Record<Editable, unknown>)[field] = patch[field];
  }
  const invalid = validateAdGoal(edited, fiscalYearStartMonth);
  return invalid.length ? {ok: false, errors: invalid} : {ok: true, goal: edited};
}

/** What the confirmation dialog shows (AG-25). */
export interface DeleteRequest {
  goalIds: Id[];
  message: string;
}

export function requestDeleteAdGoals(goals: AdGoal[], selectedIds: Id[]): DeleteRequest {
  if (selectedIds.length === 0) throw new Error('delete ad goals: no goal is selected');
  const names = selectedIds.map((id) => {
    const goal = goals.find((g) => g.id === id);
    if (!goal) throw new Error(`delete ad goals: unknown goal "${id}"`);
    return goal.name;
  });
  const what = names.length === 1 ? `the goal "${names[0]}"` : `${names.length} goals`;
  return {goalIds: [...new Set(selectedIds)], message: `Delete ${what}? This cannot be undone.`};
}

/** AG-25: deletes the requested goals only when the dialog was confirmed; cancelling deletes nothing. */
export function resolveDeleteAdGoals(goals: AdGoal[], request: DeleteRequest, confirmed: boolean): {goals: AdGoal[]; deleted: Id[]} {
  if (!confirmed) return {goals, deleted: []};
  const doomed = new Set(request.goalIds);
  return {goals: goals.filter((g) => !doomed.has(g.id)), deleted: goals.filter((g) => doomed.has(g.id)).map((g) => g.id)};
}
