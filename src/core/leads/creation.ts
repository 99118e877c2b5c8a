/**
 * LA-8..10: deciding to create a lead. A new lead is not added here: it is emitted as a `recordUpserted`
 * lead event so the other rule sets see it, and the engine creates it when that event comes back.
 * Lead ids derive from the cause event id, so a repeated cause can never create a second lead.
 */
import type {Effect, Id, Instant, LifecycleStage, PropertyValue, ScenarioEvent, TrailEntry} from '../model';
import type {ResolvedLeadSettings} from './settings';
import type {LeadState, PendingCreation} from './state';

export const COMPANY_LIFECYCLE_SYNC = 'companyLifecycleSync';

export function createdLeadId(causeEventId: Id): Id {
  return `lead:${causeEventId}`;
}

export interface CreationDecision {
  trail: TrailEntry[];
  effects: Effect[];
  pending?: PendingCreation;
}

const nothing = (): CreationDecision => ({trail: [], effects: []});

function emitLead(pending: PendingCreation, at: Instant): Effect {
  const event: ScenarioEvent = {
    id: `${pending.eventId}/${pending.rule}`,
    at,
    type: 'recordUpserted',
    record: {kind: 'lead', id: pending.leadId, contactId: pending.contactId, stage: 'new'},
  };
  return {kind: 'emit', event};
}

export interface LifecycleChange {
  contactId: Id;
  value: PropertyValue;
  source?: string;
  eventId: Id;
  at: Instant;
}

/**
 * LA-8: a contact's lifecycle stage changed to `value`. `openLead` is the contact's open lead (or one
 * already being created), if any; `exists` says whether the deterministic lead id is taken.
 */
export function decideLifecycleCreation(
  change: LifecycleChange,
  settings: ResolvedLeadSettings,
  openLead: Id | undefined,
  exists: (leadId: Id) => boolean,
): CreationDecision {
  const {createOnLifecycle} = settings;
  if (!createOnLifecycle.enabled || !createOnLifecycle.stages.has(change.value as LifecycleStage)) return nothing();
  const subject = `contact:${change.contactId}`;
  const base = {subject, eventId: change.eventId, at: change.at, criterion: `lifecyclestage = ${String(change.value)}`};
  if (change.source === COMPANY_LIFECYCLE_SYNC) {
    return {effects: [], trail: [{...base, rule: 'LA-9', message: 'No lead created: the lifecycle stage came from company lifecycle-stage sync.'}]};
  }
  if (openLead !== undefined) {
    // Open point "contact already has an open lead": default — do not create a second open lead.
    return {effects: [], trail: [{...base, rule: 'LA-8', message: `No lead created: the contact already has open lead ${openLead}.`}]};
  }
  const leadId = createdLeadId(change.eventId);
  if (exists(leadId)) return nothing();
  const pending: PendingCreation = {leadId, contactId: change.contactId, createdBy: 'lifecycleStage', rule: 'LA-8', eventId: change.eventId};
  return {
    pending,
    effects: [emitLead(pending, change.at)],
    trail: [{...base, subject: `lead:${leadId}`, rule: 'LA-8', message: `Lead created because the contact's lifecycle stage became ${String(change.value)}.`}],
  };
}

/**
 * LA-10: `lead` was just disqualified with `reason`. Open point "select lead": default — a new lead for
 * the same contact, stage New, the lead type chosen in settings, owner of the disqualified lead.
 */
export function decideFollowUp(
  lead: LeadState,
  reason: string,
  eventId: Id,
  at: Instant,
  settings: ResolvedLeadSettings,
  exists: (leadId: Id) => boolean,
): CreationDecision {
  if (!settings.followUp.enabled) return nothing();
  const base = {eventId, at, criterion: `reason = ${reason}`};
  if (!settings.followUp.reasons.has(reason)) {
    return {effects: [], trail: [{...base, subject: `lead:${lead.id}`, rule: 'LA-10', message: `No follow-up lead: the reason "${reason}" is not one of the selected reasons.`}]};
  }
  const leadId = createdLeadId(eventId);
  if (exists(leadId)) return nothing();
  const pending: PendingCreation = {
    leadId,
    contactId: lead.contactId,
    createdBy: 'followUp',
    rule: 'LA-10',
    eventId,
    ownerId: lead.ownerId,
    leadType: settings.followUp.leadType,
    followUpOf: lead.id,
  };
  return {
    pending,
    effects: [emitLead(pending, at)],
    trail: [{...base, subject: `lead:${leadId}`, rule: 'LA-10', message: `Follow-up lead created because lead ${lead.id} was disqualified with reason "${reason}".`}],
  };
}
