/**
 * AG-23 "each campaign name opens that campaign and its metrics": one campaign's daily spend,
 * network conversions, contacts and cost per contact (lead) over a date range, with totals, and the
 * goals that include the campaign. Read from the current data (it describes the campaign, not a goal's
 * last refresh, AG-17).
 *
 * Contacts per day: with a lifecycle stage, the campaign's attributed contacts (AG-4) that entered
 * that stage on the day (AG-6); without one, the contacts whose first form submission on the day was
 * attributed to the campaign (AG-5). Cost per contact = spend ÷ contacts, null without contacts (AG-7).
 */
import type {AdGoal, Id, IsoDate, LifecycleStage} from '../model';
import type {ContactsStore} from './contacts-store';
import {DAY_MS, dayOfInstant, epochDay} from './dates';
import {addDailyMicros, MICRO, type MetricsStore} from './metrics-store';

export interface CampaignDay {
  date: IsoDate;
  spend: number;
  conversions: number;
  contacts: number;
  costPerContact: number | null;
}

export interface CampaignView {
  campaignId: Id;
  accountIds: Id[];
  from: IsoDate;
  to: IsoDate;
  stage: LifecycleStage | null;
  days: CampaignDay[];
  totals: Omit<CampaignDay, 'date'>;
  goalIds: Id[];
}

export interface CampaignQuery {
  campaignId: Id;
  /** The accounts to read; absent or empty = every account with data for the campaign. */
  accountIds?: Id[];
  from: IsoDate;
  to: IsoDate;
  stage?: LifecycleStage;
}

/** A campaign view never lists more days than this (ten years); a longer range is a caller's mistake. */
export const MAX_CAMPAIGN_DAYS = 3700;

const isoDay = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);
const round = (micros: number) => Math.round(micros) / MICRO;

export function campaignView(metrics: MetricsStore, contacts: ContactsStore, goals: readonly AdGoal[], query: CampaignQuery): CampaignView {
  const first = epochDay(query.from, 'campaign view: from');
  const last = epochDay(query.to, 'campaign view: to');
  if (last < first) throw new Error(`campaign view: "to" ${query.to} is before "from" ${query.from}`);
  if (last - first + 1 > MAX_CAMPAIGN_DAYS) throw new Error(`campaign view: ${query.from} – ${query.to} is longer than ${MAX_CAMPAIGN_DAYS} days`);
  const length = last - first + 1;
  const spend = new Float64Array(length);
  const conversions = new Float64Array(length);
  const accountIds = query.accountIds?.length ? query.accountIds : metrics.accountsOf(query.campaignId);
  for (const accountId of accountIds) {
    const prefix = metrics.prefix(accountId, query.campaignId);
    if (prefix) addDailyMicros(prefix, first, last, first, spend, conversions);
  }
  const counted = new Array<number>(length).fill(0);
  for (const contactId of contacts.attributedTo(query.campaignId)) {
    const at = query.stage ? contacts.enteredStageAt(contactId, query.stage) : contacts.attributedAt(contactId);
    if (at === undefined || !Number.isFinite(at)) continue;
    const day = dayOfInstant(at);
    if (day >= first && day <= last) counted[day - first]++;
  }
  const figures = (spendMicros: number, conversionMicros: number, n: number) => ({
    spend: round(spendMicros),
    conversions: round(conversionMicros),
    contacts: n,
    costPerContact: n > 0 ? spendMicros / (MICRO * n) : null,
  });
  const days = Array.from({length}, (_, i): CampaignDay => ({date: isoDay(first + i), ...figures(spend[i], conversions[i], counted[i])}));
  const totals = figures(spend.reduce((a, b) => a + b, 0), conversions.reduce((a, b) => a + b, 0), counted.reduce((a, b) => a + b, 0));
  const goalIds = goals
    .filter((g) => g.campaignIds.includes(query.campaignId) && (!query.accountIds?.length || g.accountIds.some((a) => accountIds.includes(a))))
    .map((g) => g.id);
  return {campaignId: query.campaignId, accountIds, from: query.from, to: query.to, stage: query.stage ?? null, days, totals, goalIds};
}
