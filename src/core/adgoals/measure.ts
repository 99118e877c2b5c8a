/**
 * AG-2, AG-5, AG-6, AG-7: the figures of one goal over one period, from the stores. Money and
 * conversions stay in integer millionths (see metrics-store.ts) until output.
 */
import type {AdGoal, AdGoalTemplate, Id} from '../model';
import type {ContactsStore} from './contacts-store';
import {DAY_MS} from './dates';
import {addDailyMicros, conversionMicros, MICRO, spendMicros, type MetricsStore} from './metrics-store';
import type {Period} from './periods';

export interface Figures {
  spendMicros: number;
  conversionMicros: number;
  /** AG-5: contacts attributed by their first form submission in the period. */
  formContacts: number;
  /** AG-6: attributed contacts that entered the goal's stage in the period (0 without a stage). */
  stageContacts: number;
}

export interface PeriodFigures extends Figures {
  byCampaign: Record<Id, Figures>;
  /** Daily cumulative actual from the period start, one value per completed day measured. */
  series: Array<number | null>;
}

export const emptyFigures = (): Figures => ({spendMicros: 0, conversionMicros: 0, formContacts: 0, stageContacts: 0});

export function addFigures(into: Figures, more: Figures): Figures {
  into.spendMicros += more.spendMicros;
  into.conversionMicros += more.conversionMicros;
  into.formContacts += more.formContacts;
  into.stageContacts += more.stageContacts;
  return into;
}

/** The template's measure (AG-2/5/6/7); null for cost per contact without contacts (open point: no actual). */
export function actualOf(template: AdGoalTemplate, f: Figures): number | null {
  switch (template) {
    case 'networkConversions':
      return f.conversionMicros / MICRO;
    case 'firstFormSubmissions':
      return f.formContacts;
    case 'contactsInStage':
      return f.stageContacts;
    case 'costPerContactInStage':
      return f.stageContacts > 0 ? f.spendMicros / (MICRO * f.stageContacts) : null;
  }
}

type GoalScope = Pick<AdGoal, 'template' | 'accountIds' | 'campaignIds' | 'lifecycleStage'>;

/** A period to measure, with the last day its daily series covers (inclusive; clipped to the period). */
export interface MeasureRequest {
  period: Period;
  seriesLastDay: number;
}

/**
 * Figures for several periods of one goal in one pass over its campaigns' attributed contacts (the
 * periods must be in order). Cost: O(campaigns × (accounts × (periods + series days) + contacts × log periods)).
 */
export function measurePeriods(goal: GoalScope, requests: MeasureRequest[], metrics: MetricsStore, contacts: ContactsStore): PeriodFigures[] {
  if (requests.length === 0) return [];
  const accounts = new Set(goal.accountIds);
  const campaigns = [...new Set(goal.campaignIds)];
  // One set of day columns for the whole requested span (periods are contiguous), indexed by day − base.
  const base = requests[0].period.startDay;
  const span = requests[requests.length - 1].period.endDay - base + 1;
  const daySpend = new Float64Array(span);
  const dayConversions = new Float64Array(span);
  const dayForm = new Float64Array(span);
  const dayStage = new Float64Array(span);
  const work = requests.map(({period, seriesLastDay}) => ({
    period,
    lastSeriesDay: Math.min(seriesLastDay, period.endDay),
    byCampaign: {} as Record<Id, Figures>,
  }));
  const startAts = requests.map((r) => r.period.startAt);
  /** The request whose period holds `at`, or undefined. */
  const find = (at: number) => {
    let lo = 0;
    let hi = startAts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (startAts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    const w = work[lo];
    return at >= w.period.startAt && at < w.period.endAt ? w : undefined;
  };

  for (const campaignId of campaigns) {
    for (const w of work) w.byCampaign[campaignId] = emptyFigures();
    for (const accountId of metrics.accountsOf(campaignId)) {
      const p = accounts.has(accountId) ? metrics.prefix(accountId, campaignId) : undefined;
      if (!p) continue;
      for (const w of work) {
        const f = w.byCampaign[campaignId];
        f.spendMicros += spendMicros(p, w.period.startDay, w.period.endDay);
        f.conversionMicros += conversionMicros(p, w.period.startDay, w.period.endDay);
        addDailyMicros(p, w.period.startDay, w.lastSeriesDay, base, daySpend, dayConversions);
      }
    }
    for (const contactId of contacts.attributedTo(campaignId)) {
      const formAt = contacts.attributedAt(contactId);
      const formWork = formAt === undefined ? undefined : find(formAt);
      if (formWork) {
        formWork.byCampaign[campaignId].formContacts++;
        dayForm[Math.floor((formAt! - formWork.period.startAt) / DAY_MS) + formWork.period.startDay - base]++;
      }
      const stageAt = goal.lifecycleStage ? contacts.enteredStageAt(contactId, goal.lifecycleStage) : undefined;
      const stageWork = stageAt === undefined ? undefined : find(stageAt);
      if (stageWork) {
        stageWork.byCampaign[campaignId].stageContacts++;
        dayStage[Math.floor((stageAt! - stageWork.period.startAt) / DAY_MS) + stageWork.period.startDay - base]++;
      }
    }
  }

  return work.map((w) => {
    const total = emptyFigures();
    for (const f of Object.values(w.byCampaign)) addFigures(total, f);
    const series: Array<number | null> = [];
    const cumulative = emptyFigures();
    for (let day = w.period.startDay; day <= w.lastSeriesDay; day++) {
      const i = day - base;
      cumulative.spendMicros += daySpend[i];
      cumulative.conversionMicros += dayConversions[i];
      cumulative.formContacts += dayForm[i];
      cumulative.stageContacts += dayStage[i];
      series.push(actualOf(goal.template, cumulative));
    }
    return {...total, byCampaign: w.byCampaign, series};
  });
}

export function measurePeriod(goal: GoalScope, period: Period, seriesLastDay: number, metrics: MetricsStore, contacts: ContactsStore): PeriodFigures {
  return measurePeriods(goal, [{period, seriesLastDay}], metrics, contacts)[0];
}
