/** The goal wizard's draft: what each step edits, turned into a goal for validateAdGoal (AG-11). */
import {buildPeriods, campaignTargetsTable, goalTargetsFromTable, type CampaignTargets, type Period} from '../../core/adgoals';
import type {AdGoal, AdGoalDuration, AdGoalTemplate, LifecycleStage} from '../../core/model';
import type {AdGoalDraft} from '../../shared/protocol/adgoals';

export type NotificationType = 'goalStart' | 'achieved' | 'exceeded' | 'missed';

export interface WizardDraft {
  template: AdGoalTemplate | null;
  name: string;
  lifecycleStage: LifecycleStage | '';
  accountIds: string[];
  campaignIds: string[];
  duration: AdGoalDuration | '';
  alignToFiscalYear: boolean;
  start: string;
  end: string;
  table: CampaignTargets;
  notifications: NotificationType[];
}

export const STEPS = ['template', 'basics', 'campaigns', 'duration', 'targets', 'notifications'] as const;
export type Step = (typeof STEPS)[number];

/** Which step shows a field's error. */
export const STEP_OF_FIELD: Record<string, Step> = {
  template: 'template',
  name: 'basics',
  lifecycleStage: 'basics',
  accountIds: 'campaigns',
  campaignIds: 'campaigns',
  duration: 'duration',
  start: 'duration',
  end: 'duration',
  alignToFiscalYear: 'duration',
  target: 'targets',
  periodTargets: 'targets',
  notifications: 'notifications',
};

const iso = (d: Date) => d.toISOString().slice(0, 10);

export function emptyDraft(today: Date): WizardDraft {
  const start = new Date(Date.UTC(today.getFullYear(), today.getMonth(), 1));
  const end = new Date(Date.UTC(today.getFullYear(), today.getMonth() + 3, 0));
  return {template: null, name: '', lifecycleStage: '', accountIds: [], campaignIds: [], duration: 'monthly', alignToFiscalYear: false,
    start: iso(start), end: iso(end), table: {}, notifications: ['goalStart']};
}

export function periodsOf(draft: Pick<WizardDraft, 'duration' | 'start' | 'end' | 'alignToFiscalYear'>, fiscal: number): Period[] {
  if (!draft.duration) return [];
  try {
    return buildPeriods({id: 'draft', duration: draft.duration, start: draft.start, end: draft.end, alignToFiscalYear: draft.alignToFiscalYear}, fiscal);
  } catch {
    return [];
  }
}

export function draftFromGoal(goal: AdGoal, fiscal: number): WizardDraft {
  const periods = periodsOf(goal, fiscal);
  return {
    template: goal.template,
    name: goal.name,
    lifecycleStage: goal.lifecycleStage ?? '',
    accountIds: goal.accountIds,
    campaignIds: goal.campaignIds,
    duration: goal.duration,
    alignToFiscalYear: goal.alignToFiscalYear,
    start: goal.start,
    end: goal.end,
    table: campaignTargetsTable(goal, periods),
    notifications: goal.notifications ?? [],
  };
}

/** Keeps the targets table in step with the chosen campaigns and periods; new cells start at 0. */
export function syncTable(table: CampaignTargets, campaignIds: string[], periods: Period[]): CampaignTargets {
  return Object.fromEntries(campaignIds.map((id) => [id, Object.fromEntries(periods.map((p) => [p.start, table[id]?.[p.start] ?? 0]))]));
}

export function toGoalDraft(draft: WizardDraft, fiscal: number): Partial<AdGoal> & {template?: AdGoalTemplate} {
  const periods = periodsOf(draft, fiscal);
  const template = draft.template ?? undefined;
  const targets = template && periods.length ? goalTargetsFromTable(syncTable(draft.table, draft.campaignIds, periods), template, periods) : {target: 0, periodTargets: {}};
  const lifecycle = template === 'contactsInStage' || template === 'costPerContactInStage';
  return {
    name: draft.name.trim(),
    ...(template ? {template} : {}),
    ...(lifecycle && draft.lifecycleStage ? {lifecycleStage: draft.lifecycleStage} : {}),
    accountIds: draft.accountIds,
    campaignIds: draft.campaignIds,
    ...(draft.duration ? {duration: draft.duration} : {}),
    start: draft.start,
    end: draft.end,
    alignToFiscalYear: draft.duration !== 'custom' && draft.alignToFiscalYear,
    ...targets,
    notifications: template === 'costPerContactInStage' ? draft.notifications.filter((n) => n === 'goalStart') : draft.notifications,
  };
}

/** The request body once validateAdGoal found nothing missing. */
export const asRequest = (goal: Partial<AdGoal>): AdGoalDraft => goal as AdGoalDraft;
