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
 *       {"id": "a3", "type": "sendEmail", "templateId": "intro-1", "subject": "Quick intro",
 *        "webhookUrl": "https://mailer.example/send"},
 *       {"id": "a4", "type": "branch", "criteria": {"property": "country", "op": "eq", "value": "FI"},
 *        "yes": [{"id": "a5", "type": "notify", "message": "Finnish lead"}],
 *        "no": [{"id": "a6", "type": "createTask", "title": "Find a local rep"}]},
 *       {"id": "a7", "type": "notify", "message": "Lead still attempting"}
 *     ]
 *   }
 *
 * Types: the workflow step types minus marketing email (createTask, notify, setProperty, webhook, delay),
 * plus:
 * - sendEmail {templateId, subject, webhookUrl?}: recorded as sent on the lead (its actionsRun entry and
 *   the trail carry template and subject); the sending itself stays with the CRM, or with the
 *   user-configured `webhookUrl`, which gets {kind: "sendEmail", templateId, subject, leadId, contactId}.
 * - branch {criteria, yes, no}: an if/else on a contact criterion (src/core/criteria; the workflow-state
 *   criterion is refused: lead automation does not see workflow enrolments). The chosen arm's actions run
 *   next, then the actions after the branch. Arms nest; action ids are unique within a stage.
 * A comment's `at` may be ISO text or epoch ms; it is stored as epoch ms.
 */
import {validateCriteria} from '../criteria';
import {LEAD_STAGES, type Criteria, type Id, type Instant, type LeadStage, type PropertyValue, type WorkflowStep} from '../model';
import {isLeadStage} from './stages';

export interface SendEmailStep {
  type: 'sendEmail';
  templateId: string;
  subject: string;
  /** Optional: a user-configured endpoint that does the sending. */
  webhookUrl?: string;
}
/** The form-level branch: arms may be left out when editing (the existing arms are kept). */
export interface BranchStep {
  type: 'branch';
  criteria: Criteria;
  yes?: StageAction[];
  no?: StageAction[];
}
export type StageActionStep = Exclude<WorkflowStep, {type: 'sendMarketingEmail'}> | SendEmailStep | BranchStep;
export type StageActionType = StageActionStep['type'];
export const STAGE_ACTION_TYPES = ['createTask', 'sendEmail', 'delay', 'branch', 'notify', 'setProperty', 'webhook'] as const satisfies readonly StageActionType[];
export type BranchArm = 'yes' | 'no';

/** LA-14: a comment is visible to other users, so it carries its author. */
export interface StageActionComment {
  authorId: Id;
  text: string;
  at: Instant;
}

interface ActionMeta {
  id: Id;
  comments: StageActionComment[];
}
/** A stored branch: both arms always present. */
export interface BranchAction extends ActionMeta {
  type: 'branch';
  criteria: Criteria;
  yes: StageAction[];
  no: StageAction[];
}
export type StageAction = (Exclude<StageActionStep, BranchStep> & ActionMeta) | BranchAction;
type StoredStep = Exclude<StageActionStep, BranchStep> | Omit<BranchAction, keyof ActionMeta>;
export type StageActionSettings = Partial<Record<LeadStage, StageAction[]>>;
export type DeleteMode = 'onlyThis' | 'thisAndFollowing';
/** Where a new action goes: a stage's own list (no parent) or one arm of a branch. */
export interface ActionParent {
  branchId: Id;
  arm: BranchArm;
}

export class LeadSettingsError extends Error {
  constructor(readonly path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'LeadSettingsError';
  }
}

// ---------------------------------------------------------------- validation (settings boundary)

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const MAX_DEPTH = 8;

function text(raw: Record<string, unknown>, key: string, path: string): string {
  const value = raw[key];
  if (typeof value !== 'string' || value.trim() === '') throw new LeadSettingsError(`${path}.${key}`, 'must be a non-empty string');
  return value;
}

function httpUrl(raw: Record<string, unknown>, key: string, path: string): string {
  const url = text(raw, key, path);
  if (!/^https?:\/\//.test(url)) throw new LeadSettingsError(`${path}.${key}`, `must be an http(s) URL, got ${JSON.stringify(url)}`);
  return url;
}

/** LA-13 branch: a contact criterion as src/core/criteria validates it, minus workflow state. */
export function parseBranchCriteria(raw: unknown, path: string): Criteria {
  const checked = validateCriteria(raw, path);
  if (!checked.ok) throw new LeadSettingsError(checked.path, checked.message);
  const refusing = (c: Criteria, at: string): void => {
    if ('all' in c) c.all.forEach((x, i) => refusing(x, `${at}.all[${i}]`));
    else if ('any' in c) c.any.forEach((x, i) => refusing(x, `${at}.any[${i}]`));
    else if ('not' in c) refusing(c.not, `${at}.not`);
    else if ('workflow' in c) throw new LeadSettingsError(`${at}.workflow`, 'a lead stage branch cannot test workflow state (lead automation does not see workflow enrolments)');
  };
  refusing(checked.criteria, path);
  return checked.criteria;
}

function parseStep(raw: Record<string, unknown>, path: string, depth: number): StoredStep {
  switch (raw.type) {
    case 'createTask':
      return {type: 'createTask', title: text(raw, 'title', path)};
    case 'notify':
      return {type: 'notify', message: text(raw, 'message', path)};
    case 'webhook':
      return {type: 'webhook', url: httpUrl(raw, 'url', path)};
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
    case 'sendEmail': {
      const step: SendEmailStep = {type: 'sendEmail', templateId: text(raw, 'templateId', path), subject: text(raw, 'subject', path)};
      if (raw.webhookUrl !== undefined && raw.webhookUrl !== '') step.webhookUrl = httpUrl(raw, 'webhookUrl', path);
      return step;
    }
    case 'branch': {
      if (depth >= MAX_DEPTH) throw new LeadSettingsError(path, `branches may nest at most ${MAX_DEPTH} deep`);
      if (raw.criteria === undefined) throw new LeadSettingsError(`${path}.criteria`, 'a branch needs criteria (the "if")');
      const criteria = parseBranchCriteria(raw.criteria, `${path}.criteria`);
      return {type: 'branch', criteria, yes: parseList(raw.yes ?? [], `${path}.yes`, depth + 1), no: parseList(raw.no ?? [], `${path}.no`, depth + 1)};
    }
    default:
      throw new LeadSettingsError(`${path}.type`, `unknown stage action type ${JSON.stringify(raw.type)} (expected one of: ${STAGE_ACTION_TYPES.join(', ')})`);
  }
}

function parseList(raw: unknown, path: string, depth: number): StageAction[] {
  if (!Array.isArray(raw)) throw new LeadSettingsError(path, 'must be an array of actions');
  return raw.map((a, i) => parseAction(a, `${path}[${i}]`, depth));
}

function parseComment(raw: unknown, path: string): StageActionComment {
  if (!isRecord(raw)) throw new LeadSettingsError(path, 'must be an object {authorId, text, at}');
  const at = typeof raw.at === 'string' ? Date.parse(raw.at) : raw.at;
  if (typeof at !== 'number' || !Number.isFinite(at)) throw new LeadSettingsError(`${path}.at`, 'must be an ISO 8601 time or epoch milliseconds');
  return {authorId: text(raw, 'authorId', path), text: text(raw, 'text', path), at};
}

function parseAction(raw: unknown, path: string, depth: number): StageAction {
  if (!isRecord(raw)) throw new LeadSettingsError(path, 'must be an object with "id" and "type"');
  const id = text(raw, 'id', path);
  const comments = raw.comments === undefined ? [] : raw.comments;
  if (!Array.isArray(comments)) throw new LeadSettingsError(`${path}.comments`, 'must be an array');
  return {...parseStep(raw, path, depth), id, comments: comments.map((c, i) => parseComment(c, `${path}.comments[${i}]`))} as StageAction;
}

export function parseStageAction(raw: unknown, path: string): StageAction {
  return parseAction(raw, path, 0);
}

/** Every action of a list, branch arms included, depth first in run order (yes arm before no arm). */
export function allActions(list: readonly StageAction[]): StageAction[] {
  const out: StageAction[] = [];
  const walk = (items: readonly StageAction[]) => {
    for (const a of items) {
      out.push(a);
      if (a.type === 'branch') {
        walk(a.yes);
        walk(a.no);
      }
    }
  };
  walk(list);
  return out;
}

/** Validates `leadAutomation.stageActions`; throws a LeadSettingsError naming the first bad node. */
export function parseStageActions(raw: unknown, path = 'leadAutomation.stageActions'): StageActionSettings {
  if (raw === undefined || raw === null) return {};
  if (!isRecord(raw)) throw new LeadSettingsError(path, 'must be an object keyed by lead stage');
  const out: StageActionSettings = {};
  for (const [stage, list] of Object.entries(raw)) {
    if (!isLeadStage(stage)) throw new LeadSettingsError(`${path}.${stage}`, `unknown lead stage (expected one of: ${LEAD_STAGES.join(', ')})`);
    const actions = parseList(list, `${path}.${stage}`, 0);
    const ids = new Set<string>();
    const check = (items: readonly StageAction[], at: string): void => items.forEach((a, i) => {
      if (ids.has(a.id)) throw new LeadSettingsError(`${at}[${i}].id`, `duplicate action id "${a.id}" (ids are unique within a stage, branches included)`);
      ids.add(a.id);
      if (a.type === 'branch') {
        check(a.yes, `${at}[${i}].yes`);
        check(a.no, `${at}[${i}].no`);
      }
    });
    check(actions, `${path}.${stage}`);
    out[stage] = actions;
  }
  return out;
}

// ---------------------------------------------------------------- pure edits (LA-14, LA-15)

/** Rebuilds the stage's tree, giving `edit` the list that holds `actionId` (or the arm `parent` names). */
function editList(
  settings: StageActionSettings,
  stage: LeadStage,
  target: {actionId: Id} | {parent?: ActionParent},
  edit: (list: StageAction[], index: number) => StageAction[],
): StageActionSettings {
  let found = false;
  let same = false;
  const visit = (list: StageAction[], isTarget: boolean): StageAction[] => {
    if (isTarget) {
      found = true;
      return edit(list, -1);
    }
    if ('actionId' in target) {
      const index = list.findIndex((a) => a.id === target.actionId);
      if (index !== -1) {
        found = true;
        const edited = edit(list, index);
        same = edited === list;
        return edited;
      }
    }
    let changed = false;
    const next = list.map((a) => {
      if (a.type !== 'branch' || found) return a;
      const parent = 'parent' in target ? target.parent : undefined;
      const here = parent !== undefined && parent.branchId === a.id;
      const yes = visit(a.yes, here && parent.arm === 'yes');
      const no = found && yes !== a.yes ? a.no : visit(a.no, here && parent.arm === 'no');
      if (yes === a.yes && no === a.no) return a;
      changed = true;
      return {...a, yes, no};
    });
    return changed ? next : list;
  };
  const root = settings[stage] ?? [];
  const atRoot = !('actionId' in target) && target.parent === undefined;
  const next = visit(root, atRoot);
  if (!found) {
    if ('actionId' in target) throw new Error(`stage action "${target.actionId}" does not exist on stage ${stage}`);
    throw new Error(`branch "${target.parent?.branchId}" does not exist on stage ${stage}`);
  }
  // An edit that changed nothing (a move clamped at an end) gives back the same settings.
  return same ? settings : {...settings, [stage]: next};
}

/** Finds an action anywhere in a stage's tree. */
export function findStageAction(settings: StageActionSettings, stage: LeadStage, actionId: Id): StageAction | undefined {
  return allActions(settings[stage] ?? []).find((a) => a.id === actionId);
}

/** LA-14: adds an action at `index` (default: the end) of the stage's list, or of a branch arm. */
export function addStageAction(settings: StageActionSettings, stage: LeadStage, action: StageActionStep & {id: Id}, index?: number, parent?: ActionParent): StageActionSettings {
  if (findStageAction(settings, stage, action.id)) throw new Error(`stage action id "${action.id}" is already used on stage ${stage}`);
  const parsed = parseStageAction({...action, comments: []}, `stageActions.${stage}[new]`);
  for (const inner of allActions([parsed])) {
    if (inner !== parsed && findStageAction(settings, stage, inner.id)) throw new Error(`stage action id "${inner.id}" is already used on stage ${stage}`);
  }
  return editList(settings, stage, {parent}, (list) => {
    const at = index === undefined ? list.length : Math.max(0, Math.min(index, list.length));
    return [...list.slice(0, at), parsed, ...list.slice(at)];
  });
}

/**
 * LA-14: replaces the action's settings (type included); its id, position and comments stay. A branch
 * edited into a branch keeps its arms unless the step gives new ones.
 */
export function editStageAction(settings: StageActionSettings, stage: LeadStage, actionId: Id, step: StageActionStep): StageActionSettings {
  return editList(settings, stage, {actionId}, (list, index) => {
    const old = list[index];
    const arms = step.type === 'branch' && old.type === 'branch' ? {yes: step.yes ?? old.yes, no: step.no ?? old.no} : {};
    const edited = parseStageAction({...step, ...arms, id: actionId, comments: old.comments}, `stageActions.${stage}[${index}]`);
    return list.map((a, i) => (i === index ? edited : a));
  });
}

/** LA-14: comments keep their author and time, in the order they were made. */
export function commentOnStageAction(settings: StageActionSettings, stage: LeadStage, actionId: Id, comment: StageActionComment): StageActionSettings {
  return editList(settings, stage, {actionId}, (list, index) => {
    const checked = parseComment(comment, `stageActions.${stage}[${index}].comments[new]`);
    return list.map((a, i) => (i === index ? {...a, comments: [...a.comments, checked]} : a));
  });
}

/**
 * LA-15: "only this action" keeps the following actions in order; "this and following" cuts the list
 * there. Either way a deleted branch takes its arms with it (the dialog counts them).
 */
export function deleteStageAction(settings: StageActionSettings, stage: LeadStage, actionId: Id, mode: DeleteMode): StageActionSettings {
  return editList(settings, stage, {actionId}, (list, index) => (mode === 'onlyThis' ? [...list.slice(0, index), ...list.slice(index + 1)] : list.slice(0, index)));
}

/** Reorders within the list that holds the action (clamped to it); comments and arms travel with it. */
export function moveStageActionInTree(settings: StageActionSettings, stage: LeadStage, actionId: Id, delta: number): StageActionSettings {
  return editList(settings, stage, {actionId}, (list, from) => {
    const to = Math.max(0, Math.min(list.length - 1, from + delta));
    if (to === from) return list;
    const next = [...list];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved);
    return next;
  });
}

/** LA-16 can only map a list without send email or branch: workflows have no such steps. */
export function canOpenAsWorkflow(actions: readonly StageAction[]): boolean {
  return actions.every((a) => a.type !== 'sendEmail' && a.type !== 'branch');
}

/** LA-16: a stage's actions opened as a full workflow are its steps, in order (ids and comments dropped). */
export function stageActionsAsWorkflowSteps(actions: readonly StageAction[]): WorkflowStep[] {
  return actions.map((action) => {
    if (action.type === 'sendEmail' || action.type === 'branch') {
      throw new Error(`stage action "${action.id}" (${action.type}) has no workflow step to become: workflows have no send-email or branch step`);
    }
    const {id: _id, comments: _comments, ...step} = action;
    return step as WorkflowStep;
  });
}
