/**
 * LA-13: running a stage's actions for one lead, in order. A delay parks the run until `dueAt`; the engine
 * resumes it from advanceTo. Changes other rule sets must see (a task, a property) are emitted events with
 * ids derived from the run, so replaying the same cause emits the same ids.
 */
import {compileCriteria, describeCriterion, type CompiledCriteria} from '../criteria';
import type {Criteria, Effect, Instant, TrailEntry} from '../model';
import type {LeadContactFacts} from './contact-facts';
import type {StageAction} from './stage-actions';
import {stageLabel} from './stages';
import type {LeadState, PendingRun} from './state';

const HOUR = 3_600_000;

export interface RunResult {
  effects: Effect[];
  trail: TrailEntry[];
  /** true when the run is parked on a delay (run.next and run.dueAt updated in place). */
  waiting: boolean;
}

function describe(action: StageAction): string {
  switch (action.type) {
    case 'createTask':
      return `create task "${action.title}"`;
    case 'notify':
      return `notify "${action.message}"`;
    case 'setProperty':
      return `set ${action.property} to ${JSON.stringify(action.value)}`;
    case 'webhook':
      return `call webhook ${action.url}`;
    case 'delay':
      return `wait ${action.hours} h`;
    case 'sendEmail':
      return `email "${action.subject}" (template ${action.templateId}) recorded as sent${action.webhookUrl ? `; sending handed to webhook ${action.webhookUrl}` : '; the CRM sends it'}`;
    case 'branch':
      return `if ${describeCriterion(action.criteria)}`;
  }
}

// Runs copy their actions (structuredClone), so cache by criteria text, not by object.
const compiled = new Map<string, CompiledCriteria>();
function compiledOf(criteria: Criteria): CompiledCriteria {
  const key = JSON.stringify(criteria);
  let hit = compiled.get(key);
  if (!hit) {
    if (compiled.size > 500) compiled.clear();
    hit = compileCriteria(criteria);
    compiled.set(key, hit);
  }
  return hit;
}

function effectsOf(action: StageAction, run: PendingRun, lead: LeadState, at: Instant): Effect[] {
  const key = `${run.runId}/${action.id}`;
  const source = `lead:${lead.id}/stage:${run.stage}/action:${action.id}`;
  switch (action.type) {
    case 'createTask':
      // The host creates the task in the CRM; the emitted event lets target accounts (TA-19/22) see it now.
      return [
        {kind: 'createTask', title: action.title, contactId: lead.contactId, source},
        {kind: 'emit', event: {id: key, at, type: 'taskCreated', taskId: key, contactId: lead.contactId, userId: lead.ownerId}},
      ];
    case 'notify':
      return [{kind: 'notify', message: action.message, source}];
    case 'setProperty':
      return [{kind: 'emit', event: {id: key, at, type: 'propertyChanged', contactId: lead.contactId, property: action.property, value: action.value, source: 'leadStageAction'}}];
    case 'webhook':
      return [{kind: 'webhook', url: action.url, idempotencyKey: key, payload: {leadId: lead.id, contactId: lead.contactId, stage: run.stage, actionId: action.id, at}}];
    case 'sendEmail':
      return action.webhookUrl === undefined ? [] : [{
        kind: 'webhook', url: action.webhookUrl, idempotencyKey: key,
        payload: {kind: 'sendEmail', templateId: action.templateId, subject: action.subject, leadId: lead.id, contactId: lead.contactId, stage: run.stage, actionId: action.id, at},
      }];
    case 'delay':
    case 'branch':
      return [];
  }
}

/** Runs actions from `run.next` at time `at` until a delay or the end. */
export function continueRun(run: PendingRun, lead: LeadState, at: Instant, facts: LeadContactFacts): RunResult {
  const subject = `lead:${lead.id}`;
  const effects: Effect[] = [];
  const trail: TrailEntry[] = [];
  if (lead.stage !== run.stage) {
    // A lead that left the stage during a delay does not get the rest of that stage's actions.
    trail.push({rule: 'LA-13', subject, at, eventId: run.causeEventId, message: `Remaining ${stageLabel(run.stage)} stage actions stopped: the lead is now in ${stageLabel(lead.stage)}.`});
    return {effects, trail, waiting: false};
  }
  while (run.next < run.actions.length) {
    const action = run.actions[run.next];
    run.next += 1;
    if (action.type === 'branch') {
      // The chosen arm runs next, then whatever followed the branch (the run's list is its own copy).
      const test = compiledOf(action.criteria);
      const reasons = test.explain(facts.of(lead.contactId), lead.contactId, facts.env(at));
      const arm = reasons === null ? 'no' : 'yes';
      const criterion = describeCriterion(action.criteria);
      run.actions = [...run.actions.slice(0, run.next), ...action[arm], ...run.actions.slice(run.next)];
      lead.actionsRun.push({stage: run.stage, actionId: action.id, type: action.type, at, branch: arm, criterion});
      const because = reasons === null ? `the contact does not meet ${criterion}` : `the contact meets ${reasons.join(' and ')}`;
      const next = action[arm].length === 0 ? 'nothing to run on that branch' : `runs ${action[arm].map((a) => a.id).join(', ')}`;
      trail.push({rule: 'LA-13', subject, at, eventId: run.causeEventId, criterion, message: `${stageLabel(run.stage)} stage branch ${action.id}: took "${arm}" because ${because}; ${next}.`});
      continue;
    }
    for (const effect of effectsOf(action, run, lead, at)) effects.push(effect);
    const detail = action.type === 'sendEmail' ? {templateId: action.templateId, subject: action.subject} : {};
    lead.actionsRun.push({stage: run.stage, actionId: action.id, type: action.type, at, ...detail});
    trail.push({rule: 'LA-13', subject, at, eventId: run.causeEventId, criterion: `action ${action.id}`, message: `${stageLabel(run.stage)} stage action: ${describe(action)}.`});
    if (action.type === 'delay' && run.next < run.actions.length) {
      run.dueAt = at + action.hours * HOUR;
      return {effects, trail, waiting: true};
    }
  }
  return {effects, trail, waiting: false};
}
