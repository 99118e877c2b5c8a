/**
 * LA-13..16: the ordered actions a lead stage runs when a lead enters it, and the pure edits the options
 * page makes to them (add, edit, comment, delete "only this" / "this and following").
 *
 * Settings live under `leadAutomation.stageActions` (not in SCENARIO.md; the parser passes unknown keys of
 * leadAutomation through untouched):
 *
 *   "stageActions": {
 *     "attempting": [
 *       {"id": "a1", "type": "createTask", "title": "Call within 2 days",
 *        "comments": [{"authorId": "u1", "text": "Keep it short", "at": "2026-01-02T09:00:00Z"}]},
 *       {"id": "a2", "type": "delay", "hours": 48},
 *       {"id": "a3", "type": "notify", "message": "Lead still attempting"}
 *     ]
 *   }
 *
 * Action types are the workflow step types minus marketing email (createTask, notify, setProperty, webhook,
 * delay), so LA-16 "open as a full workflow" is a plain mapping. Send email and branch are not offered:
 * there is no effect to carry them out, and a placeholder that silently does nothing would mislead.
 * A comment's `at` may be ISO text or epoch ms; it is stored as epoch ms.
 */
import {LEAD_STAGES, type Id, type Instant, type LeadStage, type PropertyValue, type WorkflowStep} from '../model';
import {isLeadStage} from './stages';

export type StageActionStep = Exclude<WorkflowStep, {type: 'sendMarketingEmail'}>;
export type StageActionType = StageActionStep['type'];
export const STAGE_ACTION_TYPES = ['createTask', 'notify', 'setProperty', 'webhook', 'delay'] as const satisfies readonly StageActionType[];

/** LA-14: a comment is visible to other users, so it carries its author. */
export interface StageActionComment {
  authorId: Id;
  text: string;
  at: Instant;
}

export type StageAction = StageActionStep & {id: Id; comments: StageActionComment[]};
export type StageActionSettings = Partial<Record<LeadStage, StageAction[]>>;
export type DeleteMode = 'onlyThis' | 'thisAndFollowing';

export class LeadSettingsError extends Error {
  constructor(readonly path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'LeadSettingsError';
  }
}

// ---------------------------------------------------------------- validation (settings boundary)

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function text(raw: Record<string, unknown>, key: string, path: string): string {
  const value = raw[key];
  if (typeof value !== 'string' || value.trim() === '') throw new LeadSettingsError(`${path}.${key}`, 'must be a non-empty string');
  return value;
}

function parseStep(raw: Record<string, unknown>, path: string): StageActionStep {
  switch (raw.type) {
    case 'createTask':
      return {type: 'createTask', title: text(raw, 'title', path)};
    case 'notify':
      return {type: 'notify', message: text(raw, 'message', path)};
    case 'webhook': {
      const url = text(raw, 'url', path);
      if (!/^https?:\/\//.test(url)) throw new LeadSettingsError(`${path}.url`, `must be an http(s) URL, got ${JSON.stringify(url)}`);
      return {type: 'webhook', url};
    }
    case 'delay': {
      const hours = raw.hours;
      if (typeof hours !== 'number' || !Number.isFinite(hours) || hours <= 0) throw new LeadSettingsError(`${path}.hours`, 'must be a positive number of hours');
      return {type: 'delay', hours};
    }
    case 'setProperty': {
      const value = raw.value;
      if (!(value === null || ['string', 'number', 'boolean'].includes(typeof value))) {
        throw new LeadSettingsError(`${path}.value`, 'must be a string, number, boolean or null');
      }
      return {type: 'setProperty', property: text(raw, 'property', path), value: value as PropertyValue};
    }
    default:
      throw new LeadSettingsError(`${path}.type`, `unknown stage action type ${JSON.stringify(raw.type)} (expected one of: ${STAGE_ACTION_TYPES.join(', ')})`);
  }
}

function parseComment(raw: unknown, path: string): StageActionComment {
  if (!isRecord(raw)) throw new LeadSettingsError(path, 'must be an object {authorId, text, at}');
  const at = typeof raw.at === 'string' ? Date.parse(raw.at) : raw.at;
  if (typeof at !== 'number' || !Number.isFinite(at)) throw new LeadSettingsError(`${path}.at`, 'must be an ISO 8601 time or epoch milliseconds');
  return {authorId: text(raw, 'authorId', path), text: text(raw, 'text', path), at};
}

export function parseStageAction(raw: unknown, path: string): StageAction {
  if (!isRecord(raw)) throw new LeadSettingsError(path, 'must be an object with "id" and "type"');
  const id = text(raw, 'id', path);
  const comments = raw.comments === undefined ? [] : raw.comments;
  if (!Array.isArray(comments)) throw new LeadSettingsError(`${path}.comments`, 'must be an array');
  return {...parseStep(raw, path), id, comments: comments.map((c, i) => parseComment(c, `${path}.comments[${i}]`))};
}

/** Validates `leadAutomation.stageActions`; throws a LeadSettingsError naming the first bad node. */
export function parseStageActions(raw: unknown, path = 'leadAutomation.stageActions'): StageActionSettings {
  if (raw === undefined || raw === null) return {};
  if (!isRecord(raw)) throw new LeadSettingsError(path, 'must be an object keyed by lead stage');
  const out: StageActionSettings = {};
  for (const [stage, list] of Object.entries(raw)) {
    if (!isLeadStage(stage)) throw new LeadSettingsError(`${path}.${stage}`, `unknown lead stage (expected one of: ${LEAD_STAGES.join(', ')})`);
    if (!Array.isArray(list)) throw new LeadSettingsError(`${path}.${stage}`, 'must be an array of actions');
    const actions = list.map((a, i) => parseStageAction(a, `${path}.${stage}[${i}]`));
    const ids = new Set<string>();
    actions.forEach((a, i) => {
      if (ids.has(a.id)) throw new LeadSettingsError(`${path}.${stage}[${i}].id`, `duplicate action id "${a.id}"`);
      ids.add(a.id);
    });
    out[stage] = actions;
  }
  return out;
}

// ---------------------------------------------------------------- pure edits (LA-14, LA-15)

function indexOrThrow(settings: StageActionSettings, stage: LeadStage, actionId: Id): number {
  const index = (settings[stage] ?? []).findIndex((a) => a.id === actionId);
  if (index === -1) throw new Error(`stage action "${actionId}" does not exist on stage ${stage}`);
  return index;
}

/** LA-14: adds an action at `index` (default: the end). */
export function addStageAction(settings: StageActionSettings, stage: LeadStage, action: StageActionStep & {id: Id}, index?: number): StageActionSettings {
  const list = settings[stage] ?? [];
  if (list.some((a) => a.id === action.id)) throw new Error(`stage action id "${action.id}" is already used on stage ${stage}`);
  const parsed = parseStageAction({...action, comments: []}, `stageActions.${stage}[new]`);
  const at = index === undefined ? list.length : Math.max(0, Math.min(index, list.length));
  return {...settings, [stage]: [...list.slice(0, at), parsed, ...list.slice(at)]};
}

/** LA-14: replaces the action's settings (type included); its id, position and comments stay. */
export function editStageAction(settings: StageActionSettings, stage: LeadStage, actionId: Id, step: StageActionStep): StageActionSettings {
  const index = indexOrThrow(settings, stage, actionId);
  const list = settings[stage] ?? [];
  const edited = parseStageAction({...step, id: actionId, comments: list[index].comments}, `stageActions.${stage}[${index}]`);
  return {...settings, [stage]: list.map((a, i) => (i === index ? edited : a))};
}

/** LA-14: comments keep their author and time, in the order they were made. */
export function commentOnStageAction(settings: StageActionSettings, stage: LeadStage, actionId: Id, comment: StageActionComment): StageActionSettings {
  const index = indexOrThrow(settings, stage, actionId);
  const checked = parseComment(comment, `stageActions.${stage}[${index}].comments[new]`);
  const list = settings[stage] ?? [];
  return {...settings, [stage]: list.map((a, i) => (i === index ? {...a, comments: [...a.comments, checked]} : a))};
}

/** LA-15: "only this action" keeps the following actions in order; "this and following" cuts the list there. */
export function deleteStageAction(settings: StageActionSettings, stage: LeadStage, actionId: Id, mode: DeleteMode): StageActionSettings {
  const index = indexOrThrow(settings, stage, actionId);
  const list = settings[stage] ?? [];
  const kept = mode === 'onlyThis' ? [...list.slice(0, index), ...list.slice(index + 1)] : list.slice(0, index);
  return {...settings, [stage]: kept};
}

/** LA-16: a stage's actions opened as a full workflow are its steps, in order (ids and comments dropped). */
export function stageActionsAsWorkflowSteps(actions: readonly StageAction[]): WorkflowStep[] {
  return actions.map(({id: _id, comments: _comments, ...step}) => step as WorkflowStep);
}
