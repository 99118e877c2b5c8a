/**
 * One workflow step → effects (model.ts Effect). Changes other rule sets must see (a property set, a
 * task created) leave as `emit` events; this engine applies them to itself only when they come back.
 */
import type {Effect, Id, Instant, WorkflowStep} from '../model';

export interface StepContext {
  workflowId: Id;
  contactId: Id;
  stepIndex: number;
  now: Instant;
  /** The event that led to this run; timed work (a delay ending) has none. */
  causeId?: Id;
}

export type StepOutcome =
  | {kind: 'continue'; marketingEmail: boolean}
  | {kind: 'delay'; until: Instant}
  /** Wait for the emitted event to come back, so the next goal check (WG-6) sees the change. */
  | {kind: 'await'; eventId: Id};

export const HOUR_MS = 3_600_000;

/** How the step shows in `stepsRun`, e.g. `sendMarketingEmail:welcome`, `delay:48h`. */
export function stepLabel(step: WorkflowStep): string {
  switch (step.type) {
    case 'sendMarketingEmail':
      return `sendMarketingEmail:${step.emailId}`;
    case 'delay':
      return `delay:${step.hours}h`;
    case 'createTask':
      return `createTask:${step.title}`;
    case 'setProperty':
      return `setProperty:${step.property}`;
    case 'notify':
      return 'notify';
    case 'webhook':
      return 'webhook';
  }
}

/** Deterministic id from the cause, so a replay or a repeated capture dedupes (DESIGN.md event log). */
export function emittedId(ctx: StepContext): Id {
  const cause = ctx.causeId ?? `due@${new Date(ctx.now).toISOString()}`;
  return `${cause}/${ctx.workflowId}/${ctx.contactId}/step${ctx.stepIndex + 1}`;
}

export function runStep(step: WorkflowStep, ctx: StepContext, effects: Effect[]): StepOutcome {
  const source = `workflow:${ctx.workflowId}`;
  const {contactId, now} = ctx;
  switch (step.type) {
    case 'sendMarketingEmail':
      if (step.internal) {
        // An internal email goes to the team, not the contact: it is no marketing email for WG-10.
        effects.push({kind: 'notify', message: `Internal email "${step.emailId}" about contact ${contactId}`, source});
        return {kind: 'continue', marketingEmail: false};
      }
      effects.push({kind: 'marketingEmailSent', workflowId: ctx.workflowId, contactId, emailId: step.emailId});
      return {kind: 'continue', marketingEmail: true};
    case 'delay':
      return {kind: 'delay', until: now + step.hours * HOUR_MS};
    case 'createTask': {
      const id = emittedId(ctx);
      effects.push({kind: 'createTask', title: step.title, contactId, source, taskId: id, at: now});
      effects.push({kind: 'emit', event: {id, at: now, type: 'taskCreated', taskId: id, contactId}});
      return {kind: 'continue', marketingEmail: false};
    }
    case 'setProperty': {
      const id = emittedId(ctx);
      effects.push({kind: 'emit', event: {id, at: now, type: 'propertyChanged', contactId, property: step.property, value: step.value, source}});
      effects.push({kind: 'propertySet', contactId, property: step.property, value: step.value, source, eventId: id, at: now});
      return {kind: 'await', eventId: id};
    }
    case 'notify':
      effects.push({kind: 'notify', message: step.message, source});
      return {kind: 'continue', marketingEmail: false};
    case 'webhook': {
      const id = emittedId(ctx);
      effects.push({
        kind: 'webhook',
        url: step.url,
        idempotencyKey: id,
        payload: {workflowId: ctx.workflowId, contactId, step: ctx.stepIndex + 1, at: new Date(now).toISOString()},
      });
      return {kind: 'continue', marketingEmail: false};
    }
  }
}
