/**
 * The part of the protocol a CRM page uses, as small structural checks on the answers it reads.
 * The full valibot protocol (src/shared/protocol) stays out of the content script: the background
 * validates every request anyway, and these checks keep the answer's shape honest before a widget
 * reads it (a mismatch is an error, as with the full schema). tests/unit/content-protocol.test.ts
 * checks them against the full response schemas.
 */
import type {MessageName, Protocol} from '../shared/protocol';

export type Check = (value: unknown) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const str: Check = (value) => typeof value === 'string';
const num: Check = (value) => typeof value === 'number' && !Number.isNaN(value);
const bool: Check = (value) => typeof value === 'boolean';
const any: Check = () => true;
const opt = (check: Check): Check => (value) => value === undefined || check(value);
const nul = (check: Check): Check => (value) => value === null || check(value);
const arr = (check: Check): Check => (value) => Array.isArray(value) && value.every(check);
const rec = (check: Check): Check => (value) => isObject(value) && Object.values(value).every(check);
const obj = (shape: Record<string, Check>): Check => (value) => isObject(value) && Object.entries(shape).every(([key, check]) => check(value[key]));
const oneOf = (...options: string[]): Check => (value) => options.includes(value as string);

const stage = oneOf('new', 'attempting', 'connected', 'qualified', 'disqualified');
const leadView = obj({
  id: str,
  contactId: str,
  stage,
  pipelineId: str,
  automationLocked: bool,
  lock: nul(obj({at: str, by: nul(str)})),
  history: arr(obj({from: nul(stage), to: stage, at: str, cause: str, rule: opt(str)})),
  why: arr(obj({rule: str, message: str, at: num})),
});
const companySummary = obj({
  id: str,
  name: str,
  firstSeen: num,
  lastSeen: num,
  contacts: arr(obj({id: str, name: str, email: opt(str), buyingRoles: arr(str)})),
  activities: arr(obj({id: str, type: str, direction: str, outcome: opt(str), at: opt(num), title: opt(str), capturedAt: num})),
  activityCount: num,
});
const when = nul(num);

type ContentMessage = {[N in MessageName]: 'content' extends Protocol[N]['from'][number] ? N : never}[MessageName];

/** Answer checks for every message the background accepts from a content script. */
export const contentChecks = {
  'settings/get': obj({settings: rec(any), notes: arr(str)}),
  'health/report': obj({}),
  'record/captured': obj({recordId: str, newEvents: num, summary: nul(companySummary)}),
  'company/summary': nul(companySummary),
  'workflows/contact': arr(obj({workflowId: str, name: str, status: oneOf('active', 'completed', 'goalMet', 'unenrolled', 'notEnrolled'), reason: opt(str), counted: bool, stepsRun: num, steps: num, why: str, trail: arr(obj({rule: str, message: str, at: num})), actions: arr(obj({kind: oneOf('task', 'property'), step: num, title: str, at: opt(num), why: arr(obj({rule: str, message: str, at: num}))}))})),
  'leads/ensure': obj({added: num}),
  'leads/forContacts': obj({leads: rec(leadView), byContact: rec(arr(str))}),
  'leads/move': leadView,
  'leads/rearm': leadView,
  'leads/logCall': leadView,
  'accounts/panel': obj({
    known: bool,
    targetAccount: bool,
    row: nul(obj({id: str, name: str, contacts: num, openDeals: num, openDealValue: num, lastTouch: when, lastEngagement: when, upcoming: when, categories: arr(str)})),
    stakeholders: arr(obj({userId: str, activities: num, lastAt: num})),
    now: num,
  }),
  'accounts/target-set': obj({changed: num}),
} satisfies Record<ContentMessage, Check>;
