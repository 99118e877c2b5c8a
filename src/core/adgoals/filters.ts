/**
 * AG-22 (and AG-23's template filter): the goals list filters. Within one filter any chosen value
 * matches; different filters must all match; an empty or absent filter does not filter. Team and user
 * are the goal's creator's (the team stored on the goal at creation, else the creator's current team). Progress is a fraction (1 = 100%) within [min, max], both inclusive; an
 * unbounded progress (null, see status.ts) is above any maximum.
 */
import type {AdGoal, AdGoalDuration, AdGoalStatus, AdGoalTemplate, Id, User} from '../model';

export interface AdGoalFilters {
  campaignIds?: Id[];
  accountIds?: Id[];
  teamIds?: Id[];
  userIds?: Id[];
  durations?: AdGoalDuration[];
  statuses?: AdGoalStatus[];
  templates?: AdGoalTemplate[];
  progress?: {min?: number; max?: number};
}

/** A goals-list row: the goal and its goal-level status and progress from the engine output. */
export interface AdGoalListRow {
  goal: AdGoal;
  status: AdGoalStatus;
  progress: number | null;
}

/** "Clear all" (AG-22). */
export const clearAllFilters = (): AdGoalFilters => ({});

export function hasActiveFilters(filters: AdGoalFilters): boolean {
  const {progress, ...lists} = filters;
  return Object.values(lists).some((list) => list && list.length > 0) || progress?.min !== undefined || progress?.max !== undefined;
}

const chosen = <T>(list: T[] | undefined): list is T[] => list !== undefined && list.length > 0;

export function filterAdGoals(rows: AdGoalListRow[], filters: AdGoalFilters, users: User[]): AdGoalListRow[] {
  const teamOf = new Map(users.map((u) => [u.id, u.teamId]));
  const {min, max} = filters.progress ?? {};
  if (min !== undefined && max !== undefined && min > max) throw new Error(`progress filter: minimum ${min} is above maximum ${max}`);
  return rows.filter(({goal, status, progress}) => {
    if (chosen(filters.campaignIds) && !goal.campaignIds.some((id) => filters.campaignIds!.includes(id))) return false;
    if (chosen(filters.accountIds) && !goal.accountIds.some((id) => filters.accountIds!.includes(id))) return false;
    if (chosen(filters.userIds) && !(goal.ownerId && filters.userIds.includes(goal.ownerId))) return false;
    if (chosen(filters.teamIds)) {
      // The creator's team as stored on the goal when it was made; older goals: the creator's team now.
      const team = goal.teamId ?? (goal.ownerId ? teamOf.get(goal.ownerId) : undefined);
      if (!team || !filters.teamIds.includes(team)) return false;
    }
    if (chosen(filters.durations) && !filters.durations.includes(goal.duration)) return false;
    if (chosen(filters.statuses) && !filters.statuses.includes(status)) return false;
    if (chosen(filters.templates) && !filters.templates.includes(goal.template)) return false;
    const value = progress ?? Infinity;
    if (min !== undefined && value < min) return false;
    if (max !== undefined && value > max) return false;
    return true;
  });
}
