/**
 * The `adGoals` output: per goal the SCENARIO.md period list (exactly start, end, target, actual,
 * progress, status), and beside it what the goals list, the "View progress" panel (AG-23) and the
 * progress chart need. Everything shown was measured at the last refresh (AG-17), except the late-data
 * note, which is about data arrival, not progress, and so is measured on current data.
 */
import type {AdGoalStatus, AdGoalTemplate, Id, IsoDate} from '../model';
import {isoInstant} from './dates';
import {actualOf, addFigures, emptyFigures, measurePeriod, type Figures} from './measure';
import {MICRO} from './metrics-store';
import type {GoalRuntime, GoalState} from './state';
import {finalStatus, progressOf, sameValue, spanStatus} from './status';
import {nextRefreshAt, type Stores} from './clock';
import {goalTarget, periodTarget} from './targets';

export interface AdGoalPeriodOutput {
  start: IsoDate;
  end: IsoDate;
  target: number;
  actual: number | null;
  progress: number | null;
  status: AdGoalStatus;
}

export interface AdGoalFiguresOutput {
  spend: number;
  conversions: number;
  /** The goal's contact measure: in the stage for lifecycle templates, else by first form submission. */
  contacts: number;
  /** AG-23 "cost per lead": spend ÷ contacts, null without contacts. */
  costPerContact: number | null;
}

export interface AdGoalResult extends AdGoalFiguresOutput {
  periods: AdGoalPeriodOutput[];
  template: AdGoalTemplate;
  /** Over the whole span, final at the goal's end. */
  status: AdGoalStatus;
  target: number;
  actual: number | null;
  progress: number | null;
  refreshedAt: string | null;
  /** AG-17: when the goal is next re-measured by itself (24 hours after the last refresh, or the next milestone); null once over. */
  nextRefreshAt: string | null;
  campaigns: Record<Id, AdGoalFiguresOutput>;
  /**
   * For the progress chart: per measured period, the cumulative actual at the end of each day from the
   * period start (values[0] is the start day), up to the last day completed at the refresh.
   */
  series: Array<{start: IsoDate; values: Array<number | null>}>;
  /** IDEA-6, for the period in progress. Cost per contact is not pro-rated: the target holds every day. */
  pacing: {periodStart: IsoDate; elapsed: number; expectedProgress: number; progress: number | null; pace: 'ahead' | 'onPace' | 'behind'} | null;
  /** IDEA-7: frozen periods for which data arrived late, with what they would show now. */
  lateData: Array<{periodStart: IsoDate; items: number; lastArrivedAt: string; frozenActual: number | null; wouldBeActual: number | null; wouldBeProgress: number | null}>;
  /** AG-14: notifications sent so far ("goalStart", "achieved:2026-01-01"). */
  notified: string[];
}

export interface AdGoalsOutput {
  adGoals: Record<Id, AdGoalResult>;
}

function figuresOut(template: AdGoalTemplate, f: Figures): AdGoalFiguresOutput {
  const contacts = template === 'contactsInStage' || template === 'costPerContactInStage' ? f.stageContacts : f.formContacts;
  return {
    spend: f.spendMicros / MICRO,
    conversions: f.conversionMicros / MICRO,
    contacts,
    costPerContact: contacts > 0 ? f.spendMicros / (MICRO * contacts) : null,
  };
}

export function goalOutput(rt: GoalRuntime, state: GoalState, stores: Stores): AdGoalResult {
  const {goal, periods} = rt;
  const template = goal.template;
  const totals = emptyFigures();
  const byCampaign: Record<Id, Figures> = Object.fromEntries(goal.campaignIds.map((id) => [id, emptyFigures()]));
  const series: AdGoalResult['series'] = [];
  let pacing: AdGoalResult['pacing'] = null;

  const periodOut = periods.map((p, i): AdGoalPeriodOutput => {
    const measured = state.periods[i];
    const target = periodTarget(goal, p);
    if (!measured) return {start: p.start, end: p.end, target, actual: null, progress: 0, status: 'pending'};
    addFigures(totals, measured);
    for (const [id, f] of Object.entries(measured.byCampaign)) addFigures((byCampaign[id] ??= emptyFigures()), f);
    series.push({start: p.start, values: measured.series});
    const actual = actualOf(template, measured);
    const progress = progressOf(template, actual, target);
    if (!measured.frozen && state.refreshedAt !== null) {
      const elapsed = (state.refreshedAt - p.startAt) / (p.endAt - p.startAt);
      const expectedProgress = template === 'costPerContactInStage' ? 1 : elapsed;
      const pace = progress === null || progress > expectedProgress ? 'ahead' : sameValue(progress, expectedProgress) ? 'onPace' : 'behind';
      pacing = {periodStart: p.start, elapsed, expectedProgress, progress, pace};
    }
    const status = measured.frozen ? finalStatus(template, actual, target) : 'inProgress';
    return {start: p.start, end: p.end, target, actual, progress, status};
  });

  const anyMeasured = state.periods.some((p) => p !== null);
  const actual = anyMeasured ? actualOf(template, totals) : null;
  const target = goalTarget(goal, periods);
  const allFrozen = state.periods.every((p) => p?.frozen);
  const span = {startAt: rt.startAt, endAt: rt.endAt};
  const status = spanStatus(span, allFrozen ? rt.endAt : anyMeasured ? rt.startAt : null, {template, actual, target});

  const lateData = periods.flatMap((p, i) => {
    const note = state.late[p.start];
    const frozen = state.periods[i];
    if (!note || !frozen) return [];
    const wouldBe = actualOf(template, measurePeriod(goal, p, p.startDay - 1, stores.metrics, stores.contacts));
    return [{
      periodStart: p.start,
      items: note.items,
      lastArrivedAt: isoInstant(note.lastAt),
      frozenActual: actualOf(template, frozen),
      wouldBeActual: wouldBe,
      wouldBeProgress: progressOf(template, wouldBe, periodTarget(goal, p)),
    }];
  });

  return {
    periods: periodOut,
    template,
    status,
    target,
    actual,
    progress: status === 'pending' ? 0 : progressOf(template, actual, target),
    refreshedAt: state.refreshedAt === null ? null : isoInstant(state.refreshedAt),
    nextRefreshAt: ((next) => (next === null ? null : isoInstant(next)))(nextRefreshAt(rt, state)),
    ...figuresOut(template, totals),
    campaigns: Object.fromEntries(Object.entries(byCampaign).map(([id, f]) => [id, figuresOut(template, f)])),
    series,
    pacing,
    lateData,
    notified: [...state.notified],
  };
}
