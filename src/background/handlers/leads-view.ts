/**
 * Lead engine output → what the lead UI shows (LeadView), and the settings form ↔ settings.leadAutomation.
 * Pure: the handler reads the engines and the trail store, this shapes the answer.
 */
import type {LeadStage, TrailEntry} from '../../core/model';
import {DEFAULT_MOVE_ON_OUTREACH, DEFAULT_MOVE_ON_RESPONSE, type LeadOutput, type LeadsOutput} from '../../core/leads';
import type {LeadAutomationForm, LeadView} from '../../shared/protocol/leads';

/**
 * A lead seen only on a lead list row (no contact shown) is recorded with a stand-in contact derived from
 * its own id, `<ns>:contact:unknown-of-lead~<local id>`, until a page names the real one.
 */
const UNKNOWN_MARK = 'unknown-of-lead~';
export function standInContact(leadId: string): string {
  const at = leadId.lastIndexOf(':lead:');
  return `${leadId.slice(0, at)}:contact:${UNKNOWN_MARK}${leadId.slice(at + ':lead:'.length)}`;
}
export const isStandInContact = (contactId: string): boolean => contactId.includes(`:contact:${UNKNOWN_MARK}`);

/** The "why" hover shows the latest reasons; older ones stay in the trail store. */
export const WHY_LIMIT = 8;

export const trailSubject = (leadId: string) => `lead:${leadId}`;

export function leadView(id: string, lead: LeadOutput, trail: Array<Pick<TrailEntry, 'rule' | 'message' | 'at' | 'eventId'>> = []): LeadView {
  return {
    id,
    contactId: lead.contactId,
    stage: lead.stage,
    pipelineId: lead.pipelineId,
    automationLocked: lead.automationLocked,
    lock: lead.lock && {at: lead.lock.at, by: lead.lock.by},
    history: lead.history.map((h) => ({from: h.from, to: h.to, at: h.at, cause: h.cause, ...(h.rule ? {rule: h.rule} : {}), ...(h.eventId ? {eventId: h.eventId} : {})})),
    why: trail.slice(-WHY_LIMIT).map((t) => ({rule: t.rule, message: t.message, at: t.at, ...(t.eventId ? {eventId: t.eventId} : {})})),
  };
}

/** The leads a badge asks about: every lead of the contacts, plus the leads named. */
export function lookup(output: LeadsOutput, contactIds: readonly string[], leadIds: readonly string[] = []): {ids: string[]; byContact: Record<string, string[]>} {
  const byContact: Record<string, string[]> = {};
  const ids = new Set<string>();
  for (const contactId of contactIds) {
    const leads = output.leadsByContact?.[contactId] ?? [];
    byContact[contactId] = leads;
    for (const id of leads) ids.add(id);
  }
  for (const id of leadIds) if (output.leads[id]) ids.add(id);
  return {ids: [...ids], byContact};
}

/** Popup: leads per stage, locked leads, and automatic moves since a time (the user's midnight). */
export function summarize(output: LeadsOutput, since: number) {
  const byStage: Record<string, number> = {};
  let locked = 0;
  const movesSince: Array<{leadId: string; from: LeadStage | null; to: LeadStage; at: string; rule?: string}> = [];
  for (const [leadId, lead] of Object.entries(output.leads)) {
    byStage[lead.stage] = (byStage[lead.stage] ?? 0) + 1;
    if (lead.automationLocked) locked++;
    for (const h of lead.history) {
      if (h.cause === 'automation' && Date.parse(h.at) >= since) movesSince.push({leadId, from: h.from, to: h.to, at: h.at, ...(h.rule ? {rule: h.rule} : {})});
    }
  }
  movesSince.sort((a, b) => b.at.localeCompare(a.at));
  return {byStage, locked, movesSince};
}

/** settings.leadAutomation (SCENARIO.md format, possibly partial) → the form with defaults filled. */
export function formOf(stored: Record<string, unknown> | null): LeadAutomationForm {
  const s = (stored ?? {}) as Partial<LeadAutomationForm>;
  const followUp = s.followUp ?? {enabled: false, reasons: []};
  return {
    createOnLifecycleEnabled: s.createOnLifecycleEnabled ?? (s.createOnLifecycleStages?.length ?? 0) > 0,
    createOnLifecycleStages: [...(s.createOnLifecycleStages ?? [])],
    followUp: {enabled: followUp.enabled === true, reasons: [...(followUp.reasons ?? [])], ...(followUp.leadType ? {leadType: followUp.leadType} : {})},
    moveOnOutreach: {...DEFAULT_MOVE_ON_OUTREACH, ...s.moveOnOutreach},
    moveOnResponse: {...DEFAULT_MOVE_ON_RESPONSE, ...s.moveOnResponse},
    ...(s.stageActions !== undefined ? {stageActions: s.stageActions} : {}),
  };
}

/** The form → settings.leadAutomation. */
export function settingsOf(form: LeadAutomationForm): Record<string, unknown> {
  const {stageActions, ...rest} = form;
  return {...structuredClone(rest), ...(stageActions !== undefined ? {stageActions: structuredClone(stageActions)} : {})};
}
