/**
 * LA-13: running a stage's actions for one lead, in order. A delay parks the run until `dueAt`; the engine
 * resumes it from advanceTo. Changes other rule sets must see (a task, a property) are emitted events with
 * ids derived from the run, so replaying the same cause emits the same ids.
 */
import type {Effect, Instant, TrailEntry} from '../model';
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
  }
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
    case 'delay':
      return [];
  }
}

/** Runs actions from `run.next` at time `at` until a delay or the end. */
export function continueRun(run: PendingRun, lead: LeadState, at: Instant): RunResult {
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
    for (const effect of effectsOf(action, run, lead, at)) effects.push(effect);
    lead.actionsRun.push({stage: run.stage, actionId: action.id, type: action.type, at});
    trail.push({rule: 'LA-13', subject, at, eventId: run.causeEventId, criterion: `action ${action.id}`, message: `${stageLabel(run.stage)} stage action: ${describe(action)}.`});
    if (action.type === 'delay' && run.next < run.actions.length) {
      run.dueAt = at + action.hours * HOUR;
      return {effects, trail, waiting: true};
    }
  }
  return {effects, trail, waiting: false};
}
