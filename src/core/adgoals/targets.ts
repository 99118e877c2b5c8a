/**
 * AG-13: targets. The goal keeps one target per campaign per period; what the engine measures against is
 * the period target, the sum over the goal's campaigns (for cost per contact, the mean: three campaigns
 * each aiming at 40 per contact aim at 40 together, not 120). A goal stores it compactly as `target`
 * (every period) plus `periodTargets` overrides keyed by period start.
 */
import type {AdGoal, AdGoalTemplate, Id, IsoDate} from '../model';
import type {Period} from './periods';

/** campaign id → period start → target. */
export type CampaignTargets = Record<Id, Record<IsoDate, number>>;

export function periodTarget(goal: Pick<AdGoal, 'target' | 'periodTargets'>, period: Pick<Period, 'start'>): number {
  return goal.periodTargets?.[period.start] ?? goal.target;
}

/** The target for the whole span (goal-level status): the sum of period targets, or their mean for cost per contact. */
export function goalTarget(goal: Pick<AdGoal, 'template' | 'target' | 'periodTargets'>, periods: Period[]): number {
  const sum = periods.reduce((total, p) => total + periodTarget(goal, p), 0);
  return goal.template === 'costPerContactInStage' ? sum / periods.length : sum;
}

const combine = (template: AdGoalTemplate, values: number[]): number => {
  const sum = values.reduce((a, b) => a + b, 0);
  return template === 'costPerContactInStage' ? (values.length ? sum / values.length : 0) : sum;
};

/**
 * The editor's campaign × period table for an existing goal: a count target is split evenly over the
 * campaigns (so the rows sum back to it), a cost-per-contact target is given to every campaign.
 */
export function campaignTargetsTable(goal: Pick<AdGoal, 'template' | 'campaignIds' | 'target' | 'periodTargets'>, periods: Period[]): CampaignTargets {
  const share = goal.template === 'costPerContactInStage' ? 1 : 1 / Math.max(1, goal.campaignIds.length);
  const table: CampaignTargets = {};
  for (const campaignId of goal.campaignIds) {
    table[campaignId] = Object.fromEntries(periods.map((p) => [p.start, periodTarget(goal, p) * share]));
  }
  return table;
}

/** "Apply target" (AG-13): the entered value for every period of each selected campaign row. */
export function applyTargetToRows(table: CampaignTargets, campaignIds: Id[], value: number, periods: Period[]): CampaignTargets {
  if (!Number.isFinite(value) || value < 0) throw new Error(`apply target: ${value} is not a number at least 0`);
  const next: CampaignTargets = {...table};
  for (const campaignId of campaignIds) {
    if (!(campaignId in table)) throw new Error(`apply target: campaign "${campaignId}" is not a row of this goal`);
    next[campaignId] = Object.fromEntries(periods.map((p) => [p.start, value]));
  }
  return next;
}

/**
 * Period targets from the table, stored as the goal's `target` (the value most periods have; ties go to
 * the earliest) and `periodTargets` for the periods that differ.
 */
export function goalTargetsFromTable(
  table: CampaignTargets,
  template: AdGoalTemplate,
  periods: Period[],
): Pick<AdGoal, 'target' | 'periodTargets'> {
  const perPeriod = periods.map((p) => combine(template, Object.values(table).map((row) => row[p.start] ?? 0)));
  const counts = new Map<number, number>();
  for (const value of perPeriod) counts.set(value, (counts.get(value) ?? 0) + 1);
  let target = perPeriod[0] ?? 0;
  for (const [value, count] of counts) if (count > (counts.get(target) ?? 0)) target = value;
  const periodTargets: Record<IsoDate, number> = {};
  periods.forEach((p, i) => {
    if (perPeriod[i] !== target) periodTargets[p.start] = perPeriod[i];
  });
  return {target, periodTargets};
}
