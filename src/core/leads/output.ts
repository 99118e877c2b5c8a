/**
 * Lead state → the scenario/UI output shape (see LeadOutput in state.ts). Times become ISO strings so an
 * output reads like the scenario file that produced it.
 */
import type {Instant} from '../model';
import {DEFAULT_PIPELINE_ID} from './stages';
import type {LeadOutput, LeadState} from './state';

const iso = (at: Instant): string => new Date(at).toISOString();

export function leadOutput(lead: LeadState): LeadOutput {
  return {
    stage: lead.stage,
    contactId: lead.contactId,
    automationLocked: lead.lock !== null,
    createdBy: lead.createdBy,
    pipelineId: lead.pipelineId ?? DEFAULT_PIPELINE_ID,
    ...(lead.ownerId !== undefined && {ownerId: lead.ownerId}),
    ...(lead.leadType !== undefined && {leadType: lead.leadType}),
    ...(lead.followUpOf !== undefined && {followUpOf: lead.followUpOf}),
    createdAt: lead.createdAt === null ? null : iso(lead.createdAt),
    disqualificationReason: lead.disqualificationReason,
    lock: lead.lock && {...lead.lock, at: iso(lead.lock.at)},
    history: lead.history.map((h) => ({...h, at: iso(h.at)})),
    actionsRun: lead.actionsRun.map((a) => ({...a, at: iso(a.at)})),
  };
}
