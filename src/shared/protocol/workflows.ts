/**
 * Messages of the workflows capability (merged into the protocol by ./domains.ts).
 *
 * Workflows and lists travel in the scenario format (SCENARIO.md); the request schemas check only the
 * shape needed to route them, and the handler validates the whole definition through the same parser
 * the engines use, answering a bad node with its path (`workflow.goal.any[0].all[1].op: …`).
 */
import * as v from 'valibot';
import type {ProtocolMap} from './index';

const RuleId = v.pipe(v.string(), v.minLength(1), v.maxLength(100), v.regex(/^[A-Za-z0-9_.-]+$/, 'may use letters, digits, "-", "_" and "." only'));
const Empty = v.object({});

/** A workflow in the scenario format; fully validated by the handler. */
export const WorkflowDraft = v.looseObject({id: RuleId});
export type WorkflowDraft = v.InferOutput<typeof WorkflowDraft>;
export const SuppressionList = v.object({
  id: RuleId,
  name: v.optional(v.pipe(v.string(), v.maxLength(200))),
  contactIds: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(400))), v.maxLength(100_000)),
});
export type SuppressionList = v.InferOutput<typeof SuppressionList>;

/** Errors as data: where the definition is wrong and why. */
const Invalid = v.object({ok: v.literal(false), path: v.string(), message: v.string()});
const SaveResult = v.variant('ok', [v.object({ok: v.literal(true), id: v.string()}), Invalid]);

export const GoalReset = v.object({clearedAt: v.string(), goalMet: v.number(), goalMetCounted: v.number(), conversionRate: v.nullable(v.number()), restored: v.boolean()});

export const WorkflowStats = v.object({
  id: v.string(),
  name: v.string(),
  /** WG-14: without a send-marketing-email step there is no counted number and no rate. */
  hasMarketingEmail: v.boolean(),
  hasGoal: v.boolean(),
  enrolled: v.number(),
  goalMet: v.number(),
  goalMetCounted: v.number(),
  conversionRate: v.nullable(v.number()),
  active: v.number(),
  notEnrolledAlreadyMetGoal: v.number(),
  /** WG-15: counted contacts per ISO week (Monday, YYYY-MM-DD), oldest first, gaps filled with 0. */
  weekly: v.array(v.object({week: v.string(), counted: v.number()})),
  /** IDEA-4: figures a WG-17 reset wiped. */
  goalResets: v.array(GoalReset),
});
export type WorkflowStats = v.InferOutput<typeof WorkflowStats>;

export const TrailLine = v.object({rule: v.string(), message: v.string(), at: v.number()});
/** A createTask / setProperty step this workflow ran for the contact, on Goalpost's local records. */
export const WorkflowAction = v.object({
  kind: v.picklist(['task', 'property']),
  /** 1-based step number in the workflow. */
  step: v.number(),
  /** The task title, or the property name. */
  title: v.string(),
  value: v.optional(v.union([v.string(), v.number(), v.boolean(), v.null()])),
  /** When the step ran, when the trail says. */
  at: v.optional(v.number()),
  /** The trail lines behind it: the step run (WG-6) and the enrollment (WG-5). */
  why: v.array(TrailLine),
});
export type WorkflowAction = v.InferOutput<typeof WorkflowAction>;
export const ContactWorkflow = v.object({
  workflowId: v.string(),
  name: v.string(),
  status: v.picklist(['active', 'completed', 'goalMet', 'unenrolled', 'notEnrolled']),
  reason: v.optional(v.string()),
  counted: v.boolean(),
  /** Steps run so far and the workflow's step count ("step i of n"). */
  stepsRun: v.number(),
  steps: v.number(),
  why: v.string(),
  trail: v.array(TrailLine),
  /** Tasks created and properties set by this workflow for the contact, in step order. */
  actions: v.array(WorkflowAction),
});
export type ContactWorkflow = v.InferOutput<typeof ContactWorkflow>;

export const WhatIfResult = v.variant('ok', [
  v.object({
    ok: v.literal(true),
    enrolled: v.number(),
    goalMet: v.number(),
    goalMetCounted: v.number(),
    conversionRate: v.nullable(v.number()),
    notEnrolledAlreadyMetGoal: v.number(),
    events: v.number(),
  }),
  Invalid,
]);

/** A webhook delivery and its outcome (src/background/webhooks.ts). */
export const WebhookDelivery = v.object({
  idempotencyKey: v.string(),
  url: v.string(),
  payload: v.record(v.string(), v.unknown()),
  status: v.picklist(['pending', 'ok', 'failed']),
  attempts: v.number(),
  nextAt: v.optional(v.number()),
  httpStatus: v.optional(v.number()),
  error: v.optional(v.string()),
  createdAt: v.number(),
  updatedAt: v.number(),
});
export type WebhookDelivery = v.InferOutput<typeof WebhookDelivery>;

export const workflowsProtocol = {
  'workflows/list': {
    from: ['page'],
    request: Empty,
    response: v.object({workflows: v.array(WorkflowDraft), lists: v.array(SuppressionList)}),
  },
  'workflows/save': {from: ['page'], request: v.object({workflow: WorkflowDraft}), response: SaveResult},
  'workflows/delete': {from: ['page'], request: v.object({id: RuleId}), response: SaveResult},
  'workflows/stats': {from: ['page'], request: Empty, response: v.array(WorkflowStats)},
  /** IDEA-3: the draft run over the stored event log through fresh engines; nothing is saved. */
  'workflows/whatIf': {from: ['page'], request: v.object({workflow: WorkflowDraft}), response: WhatIfResult},
  /** IDEA-4: restore the figures a WG-17 reset wiped (index into `goalResets`; default the latest), as a logged event. */
  'workflows/restoreGoal': {
    from: ['page'],
    request: v.object({workflowId: RuleId, index: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)))}),
    response: SaveResult,
  },
  'workflows/contact': {
    from: ['content', 'page'],
    request: v.object({contactId: v.pipe(v.string(), v.minLength(1), v.maxLength(400))}),
    response: v.array(ContactWorkflow),
  },
  /** Webhook deliveries, newest first: pending ones and the last 100 finished. */
  'webhooks/list': {from: ['page'], request: Empty, response: v.array(WebhookDelivery)},
  /** "Retry now" for a failed delivery: one more try at once; the answer carries the outcome. */
  'webhooks/retry': {
    from: ['page'],
    request: v.object({idempotencyKey: v.pipe(v.string(), v.minLength(1), v.maxLength(1000))}),
    response: v.variant('ok', [v.object({ok: v.literal(true), delivery: WebhookDelivery}), Invalid]),
  },
  'suppressionLists/save': {from: ['page'], request: v.object({list: SuppressionList}), response: SaveResult},
  'suppressionLists/delete': {from: ['page'], request: v.object({id: RuleId}), response: SaveResult},
} as const satisfies ProtocolMap;
