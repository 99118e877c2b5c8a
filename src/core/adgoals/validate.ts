/**
 * AG-11 (and AG-9/10, AG-12, AG-15): what a goal needs before it can be saved. Returns field-named
 * errors for the editor to show beside each control; an empty list means the goal can be saved.
 */
import {LIFECYCLE_STAGES, type AdGoal, type AdGoalTemplate} from '../model';
import {readEpochDay} from './dates';
import {buildPeriods} from './periods';

export type AdGoalField = keyof AdGoal;
export interface AdGoalFieldError {
  field: AdGoalField;
  /** Short English sentence; the UI localizes around it. */
  message: string;
  rule: string;
}

export const AD_GOAL_TEMPLATES = ['networkConversions', 'costPerContactInStage', 'contactsInStage', 'firstFormSubmissions'] as const satisfies readonly AdGoalTemplate[];
export const AD_GOAL_DURATIONS = ['weekly', 'monthly', 'quarterly', 'yearly', 'custom'] as const;
export const NOTIFICATION_TYPES = ['goalStart', 'achieved', 'exceeded', 'missed'] as const;

export const isLifecycleTemplate = (template: AdGoalTemplate): boolean =>
  template === 'contactsInStage' || template === 'costPerContactInStage';

/** AG-15: cost-per-contact goals offer only the "goal start" notification. */
export const notificationTypesFor = (template: AdGoalTemplate): ReadonlyArray<(typeof NOTIFICATION_TYPES)[number]> =>
  template === 'costPerContactInStage' ? ['goalStart'] : NOTIFICATION_TYPES;

const includes = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);
const nonEmptyIds = (value: unknown): boolean =>
  Array.isArray(value) && value.length > 0 && value.every((id) => typeof id === 'string' && id.length > 0);

export function validateAdGoal(draft: Partial<AdGoal>, fiscalYearStartMonth = 1): AdGoalFieldError[] {
  const errors: AdGoalFieldError[] = [];
  const fail = (field: AdGoalField, rule: string, message: string) => errors.push({field, rule, message});

  if (typeof draft.name !== 'string' || draft.name.trim() === '') fail('name', 'AG-11', 'A goal needs a name.');
  const template = draft.template;
  if (!includes(AD_GOAL_TEMPLATES, template)) fail('template', 'AG-11', 'Choose a template.');
  else if (isLifecycleTemplate(template)) {
    if (draft.lifecycleStage === undefined || draft.lifecycleStage === null || (draft.lifecycleStage as string) === '') {
      fail('lifecycleStage', 'AG-11', 'Choose a lifecycle stage.');
    } else if (!includes(LIFECYCLE_STAGES, draft.lifecycleStage)) {
      fail('lifecycleStage', 'AG-9', `"${draft.lifecycleStage}" is not a default lifecycle stage; custom stages cannot be used.`);
    }
  }
  if (!nonEmptyIds(draft.accountIds)) fail('accountIds', 'AG-11', 'Choose at least one ad account.');
  if (!nonEmptyIds(draft.campaignIds)) fail('campaignIds', 'AG-11', 'Choose at least one ad campaign.');
  if (!includes(AD_GOAL_DURATIONS, draft.duration)) fail('duration', 'AG-11', 'Choose a duration.');

  // AG-12 asks custom durations for both dates; the other durations need them too (open point: every
  // goal has a start and an end date), the editor pre-fills them.
  const custom = draft.duration === 'custom' ? 'A custom duration needs' : 'The goal needs';
  const startDay = readEpochDay(draft.start);
  const endDay = readEpochDay(draft.end);
  if (draft.start === undefined || draft.start === '') fail('start', 'AG-12', `${custom} a start date.`);
  else if (startDay === undefined) fail('start', 'AG-12', `"${draft.start}" is not a date YYYY-MM-DD.`);
  if (draft.end === undefined || draft.end === '') fail('end', 'AG-12', `${custom} an end date.`);
  else if (endDay === undefined) fail('end', 'AG-12', `"${draft.end}" is not a date YYYY-MM-DD.`);
  else if (startDay !== undefined && endDay < startDay) fail('end', 'AG-12', 'The end date is before the start date.');

  if (typeof draft.target !== 'number' || !Number.isFinite(draft.target) || draft.target < 0) {
    fail('target', 'AG-13', 'The target must be a number of at least 0.');
  }
  const overrides = draft.periodTargets ?? {};
  const periodsKnown = errors.every((e) => e.field !== 'start' && e.field !== 'end' && e.field !== 'duration');
  const starts = periodsKnown
    ? new Set(buildPeriods(draft as AdGoal, fiscalYearStartMonth).map((p) => p.start))
    : undefined;
  for (const [key, value] of Object.entries(overrides)) {
    if (starts && !starts.has(key)) fail('periodTargets', 'AG-13', `${key} is not the start of one of this goal's periods.`);
    else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      fail('periodTargets', 'AG-13', `The target for the period starting ${key} must be a number of at least 0.`);
    }
  }
  if (draft.notifications !== undefined && includes(AD_GOAL_TEMPLATES, template)) {
    const offered = notificationTypesFor(template);
    for (const kind of draft.notifications) {
      if (!includes(NOTIFICATION_TYPES, kind)) fail('notifications', 'AG-14', `"${kind}" is not a notification type.`);
      else if (!offered.includes(kind)) fail('notifications', 'AG-15', `Cost-per-contact goals offer only the goal start notification, not "${kind}".`);
    }
  }
  return errors;
}

/** For the engine: a goal that reaches it must be valid; say what and where when it is not. */
export function assertValidAdGoal(goal: AdGoal, fiscalYearStartMonth: number, where: string): void {
  const errors = validateAdGoal(goal, fiscalYearStartMonth);
  if (errors.length) throw new Error(errors.map((e) => `${where}.${e.field}: ${e.message} (${e.rule})`).join('\n'));
}
