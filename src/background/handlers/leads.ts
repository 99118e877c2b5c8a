/**
 * Handlers of the leads capability's messages (src/shared/protocol/leads.ts), SPEC §2 (LA rules).
 *
 * - 'leads/ensure': captured leads carry no contact (capture.ts), so the badge names the leads it sees
 *   with their contact. A lead the engine does not know yet is recorded once as a recordUpserted event
 *   with the stage the CRM shows (deterministic id `<leadId>@ensure`: sending it again adds nothing). A
 *   lead list row shows no contact: that lead gets a stand-in contact (leads-view.ts) until a contact or
 *   lead page names the real one, which is then recorded once (`<leadId>@contact:<contactId>`).
 * - Manual moves are `leadMovedManually` events (LA-7 locks on a move back); re-arming is the engine's
 *   `leadAutomationRearmed` event (IDEA-5).
 * - A call logged from the badge is a `callLogged` event by 'user:me' (LA-4 outreach; "Connected" is LA-5).
 */
import {REARM_EVENT_TYPE, resolveLeadSettings, type LeadEngine, type LeadsOutput} from '../../core/leads';
import type {ScenarioEvent} from '../../core/model';
import type {leadsProtocol} from '../../shared/protocol/leads';
import {settingsWorld} from '../../shared/settings';
import {db} from '../db';
import {readEngines, recordUserEvents, rulesChanged} from '../engine-host';
import type {HandlersFor} from '../router';
import {readSettings, writeSettings} from '../settings-store';
import type {HandlerDeps} from './deps';
import {formOf, isStandInContact, leadView, lookup, settingsOf, standInContact, summarize, trailSubject} from './leads-view';

const outputOf = (engines: {leads: unknown}) => (engines.leads as LeadEngine).output();
const readOutput = (now: number): Promise<LeadsOutput> => readEngines(now, ({engines}) => outputOf(engines));

async function trailOf(leadId: string) {
  return (await db()).getAllFromIndex('trail', 'by-subject', trailSubject(leadId));
}

async function viewOf(leadId: string, now: number) {
  const lead = (await readOutput(now)).leads[leadId];
  if (!lead) throw new Error(`Unknown lead "${leadId}"`);
  return leadView(leadId, lead, await trailOf(leadId));
}

async function requireLead(leadId: string, now: number): Promise<void> {
  if (!(await readOutput(now)).leads[leadId]) throw new Error(`Unknown lead "${leadId}": open its contact or lead page first`);
}

export function leadsHandlers({now}: HandlerDeps): HandlersFor<typeof leadsProtocol> {
  return {
    async 'leads/ensure'({leads}) {
      const at = now();
      const known = (await readOutput(at)).leads;
      const events: ScenarioEvent[] = leads.flatMap((l): ScenarioEvent[] => {
        const lead = known[l.leadId];
        if (!lead) {
          const contactId = l.contactId ?? standInContact(l.leadId);
          return [{id: `${l.leadId}@ensure`, at, type: 'recordUpserted', record: {kind: 'lead', id: l.leadId, contactId, stage: l.stage ?? 'new'}}];
        }
        // Known from a list row only: the first page that names its contact puts the lead on that contact.
        if (l.contactId && isStandInContact(lead.contactId)) {
          return [{id: `${l.leadId}@contact:${l.contactId}`, at, type: 'recordUpserted', record: {kind: 'lead', id: l.leadId, contactId: l.contactId}}];
        }
        return [];
      });
      if (events.length === 0) return {added: 0};
      const result = await recordUserEvents(events, 'leads', at);
      return {added: result.newEvents};
    },

    async 'leads/forContacts'({contactIds, leadIds, detail}) {
      const output = await readOutput(now());
      const {ids, byContact} = lookup(output, contactIds, leadIds);
      const leads: Record<string, ReturnType<typeof leadView>> = {};
      for (const id of ids) leads[id] = leadView(id, output.leads[id], detail ? await trailOf(id) : []);
      return {leads, byContact};
    },

    async 'leads/move'({leadId, stage}) {
      const at = now();
      await requireLead(leadId, at);
      await recordUserEvents([{id: `user:${crypto.randomUUID()}`, at, type: 'leadMovedManually', leadId, stage}], trailSubject(leadId), at);
      return viewOf(leadId, at);
    },

    async 'leads/rearm'({leadId}) {
      const at = now();
      await requireLead(leadId, at);
      const event: ScenarioEvent = {id: `user:${crypto.randomUUID()}`, at, type: REARM_EVENT_TYPE, leadId};
      await recordUserEvents([event], trailSubject(leadId), at);
      return viewOf(leadId, at);
    },

    async 'leads/logCall'({leadId, contactId, outcome}) {
      const at = now();
      await requireLead(leadId, at);
      const event: ScenarioEvent = {id: `user:${crypto.randomUUID()}`, at, type: 'callLogged', contactId, userId: 'user:me', outcome, leadId};
      await recordUserEvents([event], trailSubject(leadId), at);
      return viewOf(leadId, at);
    },

    async 'leads/summary'({since}) {
      return summarize(await readOutput(now()), since);
    },

    async 'leads/settings'() {
      const {settings} = await readSettings();
      return {form: formOf(settings.leadAutomation), saved: settings.leadAutomation !== null};
    },

    async 'leads/saveSettings'({form}) {
      const at = now();
      const leadAutomation = settingsOf(form);
      resolveLeadSettings(leadAutomation as never); // LA-12: say what is wrong and where, before saving
      const {settings} = await readSettings();
      const next = {...settings, leadAutomation};
      const parsed = settingsWorld(next, at);
      if (!parsed.ok) throw new Error(`${parsed.error.path}: ${parsed.error.message}`);
      await writeSettings(next);
      await rulesChanged(at);
      return {form: formOf(leadAutomation)};
    },
  };
}
