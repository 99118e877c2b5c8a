/** Messages of the accounts capability (merged into the protocol by ./domains.ts). SPEC §4 (TA). */
import * as v from 'valibot';
import {CATEGORIES, SORT_KEYS} from '../../core/accounts';
import type {ProtocolMap} from './index';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(400));
const When = v.nullable(v.number());

export const AccountRowSchema = v.object({
  id: v.string(),
  name: v.string(),
  ownerId: v.optional(v.string()),
  teamId: v.optional(v.string()),
  contacts: v.number(),
  openDeals: v.number(),
  openDealValue: v.number(),
  lastTouch: When,
  lastEngagement: When,
  upcoming: When,
  categories: v.array(v.picklist(CATEGORIES)),
});
export type AccountRowData = v.InferOutput<typeof AccountRowSchema>;

const Metrics = v.object({targetAccounts: v.number(), accountsWithOpenDeals: v.number(), openDealValue: v.number(), noBuyingRole: v.number(), missingDecisionMakers: v.number()});
export type AccountMetricsData = v.InferOutput<typeof Metrics>;

const Activity = v.object({
  id: v.string(),
  type: v.string(),
  at: v.number(),
  contactId: v.optional(v.string()),
  userId: v.optional(v.string()),
  url: v.optional(v.string()),
  outcome: v.optional(v.string()),
  /** Tasks: when they are due. */
  due: v.optional(v.number()),
  /** The stored activity's title (captured from the CRM, or typed into Goalpost's task/note editor). */
  title: v.optional(v.string()),
  body: v.optional(v.string()),
});
const Stakeholder = v.object({userId: v.string(), activities: v.number(), lastAt: v.number()});

export const AccountsQuery = v.object({
  ownerId: v.optional(Id),
  teamIds: v.optional(v.pipe(v.array(Id), v.maxLength(200))),
  category: v.optional(v.picklist(CATEGORIES)),
  search: v.optional(v.pipe(v.string(), v.maxLength(200))),
  sort: v.optional(v.object({key: v.picklist(SORT_KEYS), dir: v.picklist(['asc', 'desc'])})),
  offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))),
});
export type AccountsQuery = v.InferInput<typeof AccountsQuery>;

/** The company panel's account view (TA-31): rollups, role coverage comes from the panel's contacts. */
export const PanelAccount = v.object({
  known: v.boolean(),
  targetAccount: v.boolean(),
  row: v.nullable(AccountRowSchema),
  stakeholders: v.array(Stakeholder),
  now: v.number(),
});
export type PanelAccount = v.InferOutput<typeof PanelAccount>;

export const OverviewSchema = v.object({
  company: v.object({id: v.string(), name: v.string(), ownerId: v.optional(v.string()), teamId: v.optional(v.string()), targetAccount: v.boolean()}),
  row: AccountRowSchema,
  activities: v.array(Activity),
  activityCount: v.number(),
  primaryContacts: v.array(v.object({id: v.string(), name: v.string(), buyingRoles: v.array(v.string())})),
  associatedContacts: v.number(),
  contactNote: v.nullable(v.string()),
  stakeholders: v.array(Stakeholder),
  deals: v.array(v.object({id: v.string(), amount: v.number(), stage: v.string()})),
  pageViews: v.array(Activity),
  recordUrl: v.nullable(v.string()),
});
export type OverviewData = v.InferOutput<typeof OverviewSchema>;

const Reason = v.object({code: v.string(), message: v.string()});

const trimmed = (min: number, max: number, what: string) =>
  v.pipe(v.string(), v.trim(), v.minLength(min, `${what} is empty`), v.maxLength(max, `${what} is longer than ${max} characters`));
/** An instant in ms; a date picker's value, so anything outside years 2000..2200 is a mistake. */
const DueAt = v.pipe(v.number(), v.integer(), v.minValue(946_684_800_000, 'due date is before the year 2000'), v.maxValue(7_258_118_400_000, 'due date is after the year 2199'));

/** TA-35 row actions: a task or note written in Goalpost, stored as a Goalpost activity on the company. */
export const TaskDraft = v.object({companyId: Id, title: trimmed(1, 200, 'title'), body: v.optional(trimmed(0, 5000, 'notes')), due: v.optional(DueAt)});
export const NoteDraft = v.object({companyId: Id, title: v.optional(trimmed(0, 200, 'title')), body: trimmed(1, 5000, 'note')});

export const accountsProtocol = {
  'accounts/panel': {from: ['content', 'page'], request: v.object({companyId: Id}), response: PanelAccount},
  /** TA-2/3/36: set Target account on one or more known companies (TA-4: unknown ids are refused). */
  'accounts/target-set': {
    from: ['content', 'page'],
    request: v.object({
      companyIds: v.pipe(v.array(Id), v.minLength(1), v.maxLength(500)),
      value: v.boolean(),
      recordUrl: v.optional(v.pipe(v.string(), v.maxLength(2000), v.url())),
    }),
    response: v.object({changed: v.number()}),
  },
  'accounts/query': {
    from: ['page'],
    request: AccountsQuery,
    response: v.object({
      rows: v.array(AccountRowSchema),
      total: v.number(),
      metrics: Metrics,
      categoryCounts: v.record(v.string(), v.number()),
      setup: v.boolean(),
      owners: v.array(v.object({id: v.string(), name: v.string()})),
      teams: v.array(v.string()),
      now: v.number(),
    }),
  },
  /** TA-3/4: known companies that are not targets yet, for "Select target accounts". */
  'accounts/companies': {
    from: ['page'],
    request: v.object({search: v.pipe(v.string(), v.maxLength(200))}),
    response: v.array(v.object({id: v.string(), name: v.string(), contacts: v.number()})),
  },
  'accounts/recommendations': {
    from: ['page'],
    request: v.object({}),
    response: v.object({
      recommendations: v.array(v.object({companyId: v.string(), name: v.string(), score: v.number(), reasons: v.array(Reason)})),
      prospects: v.array(v.object({companyId: v.string(), name: v.string(), lastEngagement: v.number(), contacts: v.number()})),
      now: v.number(),
    }),
  },
  'accounts/recommendation-accept': {from: ['page'], request: v.object({companyId: Id}), response: v.object({})},
  'accounts/recommendation-dismiss': {from: ['page'], request: v.object({companyId: Id}), response: v.object({})},
  'accounts/overview': {from: ['page'], request: v.object({companyId: Id}), response: OverviewSchema},
  'accounts/task-create': {from: ['page'], request: TaskDraft, response: v.object({id: v.string()})},
  'accounts/note-create': {from: ['page'], request: NoteDraft, response: v.object({id: v.string()})},
  'accounts/gdpr-get': {from: ['page'], request: v.object({}), response: v.object({gdprMode: v.boolean()})},
  'accounts/gdpr-set': {from: ['page'], request: v.object({gdprMode: v.boolean()}), response: v.object({gdprMode: v.boolean()})},
} as const satisfies ProtocolMap;
