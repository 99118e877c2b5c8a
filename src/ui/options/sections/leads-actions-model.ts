/**
 * The stage-action editor's logic (LA-13..16), pure: a form draft ↔ a stage action, reordering, fresh
 * ids, and the workflow LA-16 opens. Adding, editing, commenting and deleting go through the engine's
 * own pure edits (src/core/leads/stage-actions.ts), so the options page cannot save what the engine
 * would refuse.
 */
import {describeCriterion} from '../../../core/criteria';
import {
  addStageAction,
  editStageAction,
  LeadSettingsError,
  stageActionsAsWorkflowSteps,
  type StageAction,
  type StageActionSettings,
  type StageActionStep,
} from '../../../core/leads';
import {allActions, moveStageActionInTree, parseBranchCriteria, type ActionParent} from '../../../core/leads/stage-actions';
import type {Criteria, LeadStage, PropertyValue} from '../../../core/model';
import {t, type MessageKey} from '../../../shared/i18n';
import type {WorkflowDraft} from '../../../shared/protocol/workflows';
import {criteriaToGroups, groupsToCriteria, type Groups} from './workflows-criteria';

export type StageActionType = StageActionStep['type'];
export type ValueKind = 'string' | 'number' | 'true' | 'false' | 'null';
export const VALUE_KINDS: readonly ValueKind[] = ['string', 'number', 'true', 'false', 'null'];

/** Every field of every action type, as the form holds them (text inputs). */
export interface ActionDraft {
  type: StageActionType;
  title: string;
  message: string;
  property: string;
  valueKind: ValueKind;
  value: string;
  url: string;
  hours: string;
  templateId: string;
  subject: string;
  webhookUrl: string;
  /** Branch "if": OR-of-AND condition groups, or null when the criteria only fit as JSON (criteriaJson). */
  groups: Groups | null;
  criteriaJson: string;
}
/** The text fields of a draft (an input each). */
export type TextField = Exclude<keyof ActionDraft, 'type' | 'groups'>;
/** Where an error shows: a text field, or the branch's condition builder. */
export type DraftField = TextField | 'criteria';
export type StepResult = {ok: true; step: StageActionStep} | {ok: false; field: DraftField; error: string};

export const emptyDraft = (type: StageActionType = 'createTask'): ActionDraft => ({
  type, title: '', message: '', property: '', valueKind: 'string', value: '', url: '', hours: '24',
  templateId: '', subject: '', webhookUrl: '', groups: [[{kind: 'property', property: 'country', op: 'eq', value: ''}]], criteriaJson: '',
});

function kindOf(value: PropertyValue): ValueKind {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return typeof value === 'number' ? 'number' : 'string';
}

export function draftOf(step: StageActionStep): ActionDraft {
  const draft = emptyDraft(step.type);
  switch (step.type) {
    case 'createTask': return {...draft, title: step.title};
    case 'notify': return {...draft, message: step.message};
    case 'webhook': return {...draft, url: step.url};
    case 'delay': return {...draft, hours: String(step.hours)};
    case 'sendEmail': return {...draft, templateId: step.templateId, subject: step.subject, webhookUrl: step.webhookUrl ?? ''};
    case 'branch': {
      const groups = criteriaToGroups(step.criteria);
      return {...draft, groups, criteriaJson: groups === null ? JSON.stringify(step.criteria, null, 2) : ''};
    }
    case 'setProperty': {
      const valueKind = kindOf(step.value);
      return {...draft, property: step.property, valueKind, value: valueKind === 'string' || valueKind === 'number' ? String(step.value) : ''};
    }
  }
}

const fail = (field: DraftField, key: MessageKey): StepResult => ({ok: false, field, error: t(key)});
const filled = (s: string) => s.trim() !== '';

function valueOf(draft: ActionDraft): PropertyValue | undefined {
  switch (draft.valueKind) {
    case 'true': return true;
    case 'false': return false;
    case 'null': return null;
    case 'number': {
      const n = Number(draft.value.trim());
      return filled(draft.value) && Number.isFinite(n) ? n : undefined;
    }
    case 'string': return draft.value;
  }
}

/** The form's draft → a step, or the first field that is wrong (localized, for the field's error). */
export function stepOf(draft: ActionDraft): StepResult {
  switch (draft.type) {
    case 'createTask':
      return filled(draft.title) ? {ok: true, step: {type: 'createTask', title: draft.title.trim()}} : fail('title', 'laSaErrRequired');
    case 'notify':
      return filled(draft.message) ? {ok: true, step: {type: 'notify', message: draft.message.trim()}} : fail('message', 'laSaErrRequired');
    case 'webhook':
      return /^https?:\/\/\S+$/.test(draft.url.trim()) ? {ok: true, step: {type: 'webhook', url: draft.url.trim()}} : fail('url', 'laSaErrUrl');
    case 'delay': {
      const hours = Number(draft.hours.trim());
      return filled(draft.hours) && Number.isFinite(hours) && hours > 0 ? {ok: true, step: {type: 'delay', hours}} : fail('hours', 'laSaErrHours');
    }
    case 'sendEmail': {
      if (!filled(draft.templateId)) return fail('templateId', 'laSaErrRequired');
      if (!filled(draft.subject)) return fail('subject', 'laSaErrRequired');
      const webhookUrl = draft.webhookUrl.trim();
      if (webhookUrl !== '' && !/^https?:\/\/\S+$/.test(webhookUrl)) return fail('webhookUrl', 'laSaErrUrl');
      return {ok: true, step: {type: 'sendEmail', templateId: draft.templateId.trim(), subject: draft.subject.trim(), ...(webhookUrl ? {webhookUrl} : {})}};
    }
    case 'branch': return branchStep(draft);
    case 'setProperty': {
      if (!filled(draft.property)) return fail('property', 'laSaErrRequired');
      const value = valueOf(draft);
      if (value === undefined) return fail('value', 'laSaErrNumber');
      return {ok: true, step: {type: 'setProperty', property: draft.property.trim(), value}};
    }
  }
}

/** A short, localized description of an action ("Create task “Call them”"). */
export function summaryOf(step: StageActionStep): string {
  switch (step.type) {
    case 'createTask': return t('laSaSummaryCreateTask', step.title);
    case 'notify': return t('laSaSummaryNotify', step.message);
    case 'setProperty': return t('laSaSummarySetProperty', step.property, JSON.stringify(step.value));
    case 'webhook': return t('laSaSummaryWebhook', step.url);
    case 'delay': return t('laSaSummaryDelay', step.hours);
    case 'sendEmail': return t('laSaSummarySendEmail', step.subject, step.templateId);
    case 'branch': return t('laSaSummaryBranch', describeCriterion(step.criteria));
  }
}

const hasWorkflowTest = (c: Criteria): boolean =>
  'all' in c ? c.all.some(hasWorkflowTest) : 'any' in c ? c.any.some(hasWorkflowTest) : 'not' in c ? hasWorkflowTest(c.not) : 'workflow' in c;

/** A one-item "any" or "all" is its item: the summary then reads "if country eq FI", not "if (country eq FI)". */
function simplify(c: Criteria): Criteria {
  if ('any' in c) return c.any.length === 1 ? simplify(c.any[0]) : {any: c.any.map(simplify)};
  if ('all' in c) return c.all.length === 1 ? simplify(c.all[0]) : {all: c.all.map(simplify)};
  return c;
}

/** The branch's "if": built conditions (or JSON), checked by the same validator the engine uses. */
function branchStep(draft: ActionDraft): StepResult {
  let criteria: Criteria | null;
  if (draft.groups === null) {
    try {
      criteria = JSON.parse(draft.criteriaJson) as Criteria;
    } catch {
      return fail('criteria', 'laSaErrJson');
    }
  } else {
    const built = groupsToCriteria(draft.groups);
    criteria = built && simplify(built);
  }
  if (criteria === null) return fail('criteria', 'laSaErrCriteria');
  if (hasWorkflowTest(criteria)) return fail('criteria', 'laSaErrBranchWorkflow');
  try {
    return {ok: true, step: {type: 'branch', criteria: parseBranchCriteria(criteria, 'if')}};
  } catch (e) {
    return {ok: false, field: 'criteria', error: t('laSaErrCriteriaBad', (e as Error).message)};
  }
}

/** An id unused on every stage (`a1`, `a2`, …), so ids stay unique even when actions are copied around. */
export function nextActionId(settings: StageActionSettings): string {
  const used = new Set(Object.values(settings).flatMap((list) => allActions(list ?? []).map((a) => a.id)));
  let n = used.size + 1;
  while (used.has(`a${n}`)) n++;
  return `a${n}`;
}

/** Adds (no `actionId`) or edits an action; the engine validates, its error becomes data. */
export function saveAction(settings: StageActionSettings, stage: LeadStage, step: StageActionStep, actionId?: string, parent?: ActionParent): {ok: true; settings: StageActionSettings} | {ok: false; error: string} {
  try {
    const next = actionId === undefined
      ? addStageAction(settings, stage, {...step, id: nextActionId(settings)}, undefined, parent)
      : editStageAction(settings, stage, actionId, step);
    return {ok: true, settings: next};
  } catch (e) {
    return {ok: false, error: e instanceof LeadSettingsError || e instanceof Error ? e.message : String(e)};
  }
}

/** Reorders: moves the action `delta` places within its own list (clamped); comments and arms travel with it. */
export function moveStageAction(settings: StageActionSettings, stage: LeadStage, actionId: string, delta: number): StageActionSettings {
  try {
    return moveStageActionInTree(settings, stage, actionId, delta);
  } catch {
    return settings;
  }
}

/** How many actions a delete removes (LA-15), for the dialog to say so before the user confirms. */
export function deleteCount(actions: readonly StageAction[], actionId: string, mode: 'onlyThis' | 'thisAndFollowing'): number {
  const index = actions.findIndex((a) => a.id === actionId);
  if (index === -1) return 0;
  // A branch goes with its arms.
  return allActions(mode === 'onlyThis' ? [actions[index]] : actions.slice(index)).length;
}

/**
 * LA-16: the stage's actions as a full workflow, in the scenario format 'workflows/save' takes. Its id
 * is `lead-stage-<stage>`, numbered when taken, so opening again never overwrites the user's edits.
 */
export function stageWorkflow(stage: LeadStage, actions: readonly StageAction[], takenIds: readonly string[], name: string): WorkflowDraft {
  const base = `lead-stage-${stage}`;
  let id = base;
  for (let n = 2; takenIds.includes(id); n++) id = `${base}-${n}`;
  return {
    id,
    name,
    objectType: 'contact',
    enrollment: null,
    goal: null,
    suppressionLists: [],
    unenrollWhenTriggerNoLongerMet: false,
    steps: stageActionsAsWorkflowSteps(actions),
  };
}
