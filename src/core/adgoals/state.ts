/**
 * Engine state (plain, structured-cloneable: the background stores it as is) and the per-goal runtime
 * cache rebuilt from the world on every start.
 */
import type {AdGoal, Id, Instant} from '../model';
import type {ContactsData} from './contacts-store';
import type {Figures} from './measure';
import type {MetricsData} from './metrics-store';
import {buildPeriods, type Period} from './periods';

/** A period's figures as of the last refresh; frozen from its end on (AG-18). */
export interface PublishedPeriod extends Figures {
  byCampaign: Record<Id, Figures>;
  series: Array<number | null>;
  frozen: boolean;
}

/** IDEA-7: data that arrived for a period after it was frozen. */
export interface LateNote {
  items: number;
  lastAt: Instant;
}

export interface GoalState {
  /** Timed work (starts, milestones, refreshes) is done up to and including this instant. */
  processedTo: Instant | null;
  /** AG-17: the last refresh; what the goal shows was measured then. */
  refreshedAt: Instant | null;
  /**
   * AG-17: the instant the 24-hour refresh cycle runs from. Absent = the goal's start. A "Refresh now"
   * (event adGoalsRefreshed) sets it to the moment of the click: the schedule RESTARTS there, so the
   * next automatic refresh is a full 24 hours after the manual one (never a few minutes later).
   */
  anchorAt?: Instant;
  /** Same order as the goal's periods; null = not measured yet (pending). */
  periods: Array<PublishedPeriod | null>;
  /** Keyed by period start. */
  late: Record<string, LateNote>;
  /** AG-14 "at most once": keys of notifications already sent ("goalStart", "achieved:2026-01-01"). */
  notified: string[];
}

export interface AdGoalSnapshot {
  version: 1;
  goals: Record<Id, GoalState>;
  metrics: MetricsData;
  contacts: ContactsData;
}

export interface GoalRuntime {
  goal: AdGoal;
  periods: Period[];
  startAt: Instant;
  endAt: Instant;
  accounts: Set<Id>;
  campaigns: Set<Id>;
}

export function goalRuntime(goal: AdGoal, fiscalYearStartMonth: number): GoalRuntime {
  const periods = buildPeriods(goal, fiscalYearStartMonth);
  return {
    goal,
    periods,
    startAt: periods[0].startAt,
    endAt: periods[periods.length - 1].endAt,
    accounts: new Set(goal.accountIds),
    campaigns: new Set(goal.campaignIds),
  };
}

export function emptyGoalState(periodCount: number): GoalState {
  return {processedTo: null, refreshedAt: null, periods: new Array(periodCount).fill(null), late: {}, notified: []};
}
