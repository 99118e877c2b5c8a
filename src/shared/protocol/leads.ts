/**
 * Messages of the leads capability (SPEC §2, LA rules; merged into the protocol by ./domains.ts).
 *
 * Leads captured from CRM pages carry no contact (src/background/capture.ts), so the lead-stage badge
 * tells the background which leads it sees and whose they are ('leads/ensure'); the engine learns a
 * lead once, at the stage the CRM shows, and from then on only events move it.
 */
import * as v from 'valibot';
import {CALL_OUTCOMES, LEAD_STAGES} from '../../core/model';
import type {ProtocolMap} from './index';

// Not imported from ./index: that module imports this one (a cycle would leave it undefined here).
const recordIdOf = (kind: 'contact' | 'lead') =>
  v.pipe(v.string(), v.minLength(3), v.maxLength(400), v.regex(new RegExp(`^[a-z0-9-]+(:[^:\\s]+)*:${kind}:[^\\s]+$`, 'i'), `is not a ${kind} id`));
export const LeadId = recordIdOf('lead');
export const ContactId = recordIdOf('contact');
export const LeadStageSchema = v.picklist(LEAD_STAGES);

const Why = v.object({rule: v.string(), message: v.string(), at: v.number(), eventId: v.optional(v.string())});
const Change = v.object({
  from: v.nullable(LeadStageSchema),
  to: LeadStageSchema,
  at: v.string(),
  cause: v.string(),
  rule: v.optional(v.string()),
  eventId: v.optional(v.string()),
});

/** One lead as the badge shows it: stage, LA-7 lock, and why it is where it is. */
export const LeadView = v.object({
  id: v.string(),
  contactId: v.string(),
  stage: LeadStageSchema,
  pipelineId: v.string(),
  automationLocked: v.boolean(),
  lock: v.nullable(v.object({at: v.string(), by: v.nullable(v.string())})),
  history: v.array(Change),
  /** The rule trail for this lead, newest last (only with `detail`; capped). */
  why: v.array(Why),
});
export type LeadView = v.InferOutput<typeof LeadView>;

const MAX_IDS = 2000;
const Lookup = v.object({
  contactIds: v.pipe(v.array(ContactId), v.maxLength(MAX_IDS)),
  leadIds: v.optional(v.pipe(v.array(LeadId), v.maxLength(MAX_IDS))),
  /** Record pages ask for the rule trail; list rows (up to 1,000 at once) do not. */
  detail: v.optional(v.boolean()),
});
const LookupResult = v.object({
  leads: v.record(v.string(), LeadView),
  byContact: v.record(v.string(), v.array(v.string())),
});

const Progression = v.object({enabled: v.boolean(), from: v.array(LeadStageSchema), to: LeadStageSchema, events: v.array(v.string())});
/** The options page's form: SCENARIO.md's leadAutomation with every default filled. */
export const LeadAutomationForm = v.object({
  createOnLifecycleEnabled: v.boolean(),
  createOnLifecycleStages: v.array(v.string()),
  followUp: v.object({enabled: v.boolean(), reasons: v.array(v.pipe(v.string(), v.maxLength(200))), leadType: v.optional(v.pipe(v.string(), v.maxLength(200)))}),
  moveOnOutreach: Progression,
  moveOnResponse: Progression,
  stageActions: v.optional(v.unknown()),
});
export type LeadAutomationForm = v.InferOutput<typeof LeadAutomationForm>;

export const leadsProtocol = {
  'leads/ensure': {
    from: ['content'],
    /** `contactId` absent: a lead list row that shows no contact; the lead is known by its own id until a page names its contact. */
    request: v.object({leads: v.pipe(v.array(v.object({leadId: LeadId, contactId: v.optional(ContactId), stage: v.optional(LeadStageSchema)})), v.maxLength(200))}),
    response: v.object({added: v.number()}),
  },
  'leads/forContacts': {
    from: ['content', 'page'],
    request: Lookup,
    response: LookupResult,
  },
  'leads/move': {
    from: ['content', 'page'],
    request: v.object({leadId: LeadId, stage: LeadStageSchema}),
    response: LeadView,
  },
  'leads/rearm': {
    from: ['content', 'page'],
    request: v.object({leadId: LeadId}),
    response: LeadView,
  },
  /** A call logged on the lead from the badge (LA-4, LA-5): a `callLogged` event the engine applies. */
  'leads/logCall': {
    from: ['content', 'page'],
    request: v.object({leadId: LeadId, contactId: ContactId, outcome: v.picklist(CALL_OUTCOMES)}),
    response: LeadView,
  },
  'leads/summary': {
    from: ['page'],
    request: v.object({since: v.number()}),
    response: v.object({
      byStage: v.record(v.string(), v.number()),
      locked: v.number(),
      movesSince: v.array(v.object({leadId: v.string(), from: v.nullable(LeadStageSchema), to: LeadStageSchema, at: v.string(), rule: v.optional(v.string())})),
    }),
  },
  'leads/settings': {
    from: ['page'],
    request: v.object({}),
    response: v.object({form: LeadAutomationForm, saved: v.boolean()}),
  },
  'leads/saveSettings': {
    from: ['page'],
    request: v.object({form: LeadAutomationForm}),
    response: v.object({form: LeadAutomationForm}),
  },
} as const satisfies ProtocolMap;
