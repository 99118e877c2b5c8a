/**
 * The one message protocol: name → who may send it, request schema, response schema (valibot).
 * Both ends validate: the background parses every request and checks the sender; the caller parses
 * the answer. Errors travel as data: `{ok: false, error}`, never as silence.
 */
import * as v from 'valibot';
import {BUYING_ROLES, CALL_OUTCOMES} from '../../core/model';
import {domainProtocols} from './domains';

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const RecordKind = v.picklist(['company', 'contact', 'lead', 'deal']);
const LocalId = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** A namespaced record id, e.g. `demo:127.0.0.1:company:co-001` (DESIGN.md "Data model"). */
export const RecordId = v.pipe(v.string(), v.minLength(3), v.maxLength(400), v.regex(/^[a-z0-9-]+(:[^:\s]+)*:(company|contact|lead|deal|activity):[^\s]+$/i, 'is not a record id'));

export const CapturedActivity = v.object({
  sourceId: LocalId,
  type: v.picklist(['call', 'email', 'meeting', 'note', 'task', 'form', 'pageView', 'documentView', 'linkedinMessage']),
  direction: v.picklist(['user', 'contact']),
  outcome: v.optional(v.picklist(CALL_OUTCOMES)),
  at: v.optional(v.pipe(v.number(), v.finite())),
  title: v.optional(Text(500)),
  body: v.optional(Text(2000)),
  userName: v.optional(Text(200)),
  contactId: v.optional(LocalId),
});

export const CapturedRecord = v.object({
  kind: RecordKind,
  id: LocalId,
  name: Text(500),
  fields: v.object({
    email: v.optional(Text(320)),
    lifecycleStage: v.optional(Text(100)),
    owner: v.optional(Text(200)),
    buyingRoles: v.optional(v.array(v.picklist(BUYING_ROLES))),
    domain: v.optional(Text(253)),
    amount: v.optional(v.pipe(v.number(), v.finite())),
    dealStage: v.optional(Text(100)),
    leadStage: v.optional(Text(100)),
    companyId: v.optional(LocalId),
  }),
  contacts: v.pipe(v.array(v.object({id: LocalId, name: Text(500), email: v.optional(Text(320)), buyingRoles: v.optional(v.array(v.picklist(BUYING_ROLES)))})), v.maxLength(2000)),
  activities: v.pipe(v.array(CapturedActivity), v.maxLength(5000)),
  deals: v.optional(v.pipe(v.array(v.object({id: LocalId, name: v.optional(Text(500)), stage: v.optional(Text(100)), amount: v.optional(v.pipe(v.number(), v.finite()))})), v.maxLength(2000))),
});

export const Namespace = v.pipe(v.string(), v.minLength(1), v.maxLength(200), v.regex(/^[a-z0-9-]+(:[^:\s]+)*$/i, 'is not a namespace'));

const ContactSummary = v.object({id: v.string(), name: v.string(), email: v.optional(v.string()), buyingRoles: v.array(v.string())});
const ActivitySummary = v.object({
  id: v.string(),
  type: v.string(),
  direction: v.string(),
  outcome: v.optional(v.string()),
  at: v.optional(v.number()),
  title: v.optional(v.string()),
  capturedAt: v.number(),
});
export const CompanySummary = v.object({
  id: v.string(),
  name: v.string(),
  firstSeen: v.number(),
  lastSeen: v.number(),
  contacts: v.array(ContactSummary),
  activities: v.array(ActivitySummary),
  activityCount: v.number(),
});
export type CompanySummary = v.InferOutput<typeof CompanySummary>;

export const HealthEntry = v.object({
  adapterId: Text(100),
  pageKind: Text(40),
  slot: Text(40),
  found: v.boolean(),
  fieldsFound: v.array(Text(60)),
  fieldsMissing: v.array(Text(60)),
  url: Text(2000),
});
export type HealthEntry = v.InferOutput<typeof HealthEntry>;
export const StoredHealth = v.object({...HealthEntry.entries, key: v.string(), at: v.number(), count: v.number()});

export const StoreStatus = v.object({
  companies: v.number(),
  contacts: v.number(),
  activities: v.number(),
  events: v.number(),
});

const Empty = v.object({});
const Ok = v.object({});

/** Who may send a message: content scripts on enabled CRM origins, or the extension's own pages. */
export type SenderKind = 'content' | 'page';

export const foundationProtocol = {
  'record/captured': {
    from: ['content'],
    request: v.object({adapterId: Text(100), namespace: Namespace, record: CapturedRecord}),
    response: v.object({recordId: v.string(), newEvents: v.number(), summary: v.nullable(CompanySummary)}),
  },
  'company/summary': {
    from: ['content', 'page'],
    request: v.object({recordId: RecordId}),
    response: v.nullable(CompanySummary),
  },
  'health/report': {
    from: ['content'],
    request: HealthEntry,
    response: Ok,
  },
  'health/list': {
    from: ['page'],
    request: Empty,
    response: v.array(StoredHealth),
  },
  'store/status': {
    from: ['page'],
    request: Empty,
    response: StoreStatus,
  },
} as const satisfies ProtocolMap;

export type ProtocolMap = Record<string, {from: readonly SenderKind[]; request: v.GenericSchema; response: v.GenericSchema}>;

/** Each capability declares its messages in its own file (./<domain>.ts); they are merged here. */
export const protocol = {...foundationProtocol, ...domainProtocols};

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = v.InferInput<Protocol[N]['request']>;
export type ResponseOf<N extends MessageName> = v.InferOutput<Protocol[N]['response']>;

export type ErrorCode = 'invalid-message' | 'unknown-message' | 'forbidden-sender' | 'storage-quota' | 'storage-failed' | 'internal';
export interface ProtocolError {
  code: ErrorCode;
  message: string;
  /** For invalid messages: where in the request the problem is, e.g. `record.activities[2].type`. */
  path?: string;
}
export type Envelope<T> = {ok: true; value: T} | {ok: false; error: ProtocolError};

/** The wire shape of every request. */
export const Request = v.object({type: v.string(), payload: v.unknown()});

export function isMessageName(name: string): name is MessageName {
  return Object.hasOwn(protocol, name);
}

export function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((p, i) => (typeof p.key === 'number' ? `[${p.key}]` : `${i ? '.' : ''}${String(p.key)}`)).join('');
}
