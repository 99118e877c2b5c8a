/**
 * Messages of the adgoals capability (SPEC §3, merged into the protocol by ./domains.ts): ad data
 * import, the ad catalog the goal wizard picks from, the goals list with engine results, save (create
 * or AG-24 edit) and AG-25 delete. All from the extension's own pages.
 */
import * as v from 'valibot';
import {LIFECYCLE_STAGES} from '../../core/model';
import {AD_GOAL_DURATIONS, AD_GOAL_TEMPLATES, NOTIFICATION_TYPES} from '../../core/adgoals/validate';
import type {ProtocolMap} from './index';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date YYYY-MM-DD'));
const Amount = v.pipe(v.number(), v.finite());
const Status = v.picklist(['pending', 'inProgress', 'achieved', 'exceeded', 'missed']);

export const AdMetricRowSchema = v.object({
  date: IsoDate,
  accountId: Id,
  campaignId: Id,
  network: v.optional(v.pipe(v.string(), v.maxLength(40))),
  spend: Amount,
  conversions: Amount,
});

/** A goal as the editor sends it; fields may be empty, so that AG-11 errors come back per field. */
export const AdGoalDraftSchema = v.object({
  name: v.pipe(v.string(), v.maxLength(200)),
  template: v.picklist(AD_GOAL_TEMPLATES),
  lifecycleStage: v.optional(v.picklist(LIFECYCLE_STAGES)),
  accountIds: v.pipe(v.array(Id), v.maxLength(500)),
  campaignIds: v.pipe(v.array(Id), v.maxLength(2000)),
  duration: v.picklist(AD_GOAL_DURATIONS),
  start: v.pipe(v.string(), v.maxLength(10)),
  end: v.pipe(v.string(), v.maxLength(10)),
  alignToFiscalYear: v.boolean(),
  target: Amount,
  periodTargets: v.record(IsoDate, Amount),
  notifications: v.optional(v.array(v.picklist(NOTIFICATION_TYPES))),
});
export type AdGoalDraft = v.InferOutput<typeof AdGoalDraftSchema>;

export const StoredAdGoalSchema = v.object({...AdGoalDraftSchema.entries, id: Id, ownerId: v.optional(Id), teamId: v.optional(Id), createdAt: v.optional(v.string())});

const Figures = {spend: Amount, conversions: Amount, contacts: Amount, costPerContact: v.nullable(Amount)};
export const AdGoalResultSchema = v.object({
  ...Figures,
  template: v.picklist(AD_GOAL_TEMPLATES),
  status: Status,
  target: Amount,
  actual: v.nullable(Amount),
  progress: v.nullable(Amount),
  refreshedAt: v.nullable(v.string()),
  nextRefreshAt: v.nullable(v.string()),
  periods: v.array(v.object({start: IsoDate, end: IsoDate, target: Amount, actual: v.nullable(Amount), progress: v.nullable(Amount), status: Status})),
  campaigns: v.record(v.string(), v.object(Figures)),
  series: v.array(v.object({start: IsoDate, values: v.array(v.nullable(Amount))})),
  pacing: v.nullable(v.object({periodStart: IsoDate, elapsed: Amount, expectedProgress: Amount, progress: v.nullable(Amount), pace: v.picklist(['ahead', 'onPace', 'behind'])})),
  lateData: v.array(v.object({periodStart: IsoDate, items: Amount, lastArrivedAt: v.string(), frozenActual: v.nullable(Amount), wouldBeActual: v.nullable(Amount), wouldBeProgress: v.nullable(Amount)})),
  notified: v.array(v.string()),
});
export type AdGoalResultView = v.InferOutput<typeof AdGoalResultSchema>;

export const AdCampaignSchema = v.object({
  id: Id,
  name: v.string(),
  accountId: Id,
  network: v.string(),
  firstDate: IsoDate,
  lastDate: IsoDate,
});
export type AdCampaign = v.InferOutput<typeof AdCampaignSchema>;
export const AdCatalogSchema = v.object({campaigns: v.array(AdCampaignSchema), currency: v.optional(v.string())});
export type AdCatalog = v.InferOutput<typeof AdCatalogSchema>;

const CampaignFigures = {spend: Amount, conversions: Amount, contacts: Amount, costPerContact: v.nullable(Amount)};
const CampaignDaySchema = v.object({date: IsoDate, ...CampaignFigures});

const PersonSchema = v.object({id: Id, teamId: v.optional(Id), name: v.optional(v.pipe(v.string(), v.maxLength(200)))});
const TeamSchema = v.object({id: Id, name: v.pipe(v.string(), v.maxLength(200))});
const PeopleSchema = v.object({currentUserId: Id, users: v.pipe(v.array(PersonSchema), v.maxLength(2000)), teams: v.pipe(v.array(TeamSchema), v.maxLength(500))});

const FieldError = v.object({field: v.string(), rule: v.string(), message: v.string()});

export const adgoalsProtocol = {
  'adMetrics/import': {
    from: ['page'],
    request: v.object({
      rows: v.pipe(v.array(AdMetricRowSchema), v.minLength(1), v.maxLength(200_000)),
      campaignNames: v.record(Id, v.pipe(v.string(), v.maxLength(500))),
      currency: v.optional(v.pipe(v.string(), v.maxLength(10))),
    }),
    response: v.object({eventId: v.string(), newEvents: v.number(), rows: v.number()}),
  },
  'adGoals/catalog': {
    from: ['page'],
    request: v.object({}),
    response: AdCatalogSchema,
  },
  'adGoals/list': {
    from: ['page'],
    request: v.object({}),
    response: v.object({
      goals: v.array(StoredAdGoalSchema),
      results: v.record(v.string(), AdGoalResultSchema),
      fiscalYearStartMonth: v.number(),
      userId: v.string(),
      users: v.array(PersonSchema),
      teams: v.array(TeamSchema),
    }),
  },
  /** Users and teams (SPEC data model): who uses this browser and their team, for creators and the AG-22 team filter. */
  'adGoals/people': {
    from: ['page'],
    request: v.object({}),
    response: PeopleSchema,
  },
  'adGoals/setPeople': {
    from: ['page'],
    request: PeopleSchema,
    response: v.object({
      errors: v.array(
        v.object({
          path: v.string(),
          code: v.picklist(['idEmpty', 'idTwice', 'teamName', 'userName', 'unknownTeam', 'meMissing', 'userInUse', 'teamInUse', 'invalid']),
          args: v.array(v.string()),
          message: v.string(),
        }),
      ),
    }),
  },
  /** AG-17 "Refresh now": re-measures the goals in progress (all, or the ones named) and restarts their 24-hour cycle. */
  'adGoals/refresh': {
    from: ['page'],
    request: v.object({goalIds: v.optional(v.pipe(v.array(Id), v.maxLength(1000)))}),
    response: v.object({refreshed: v.array(v.string()), at: v.string()}),
  },
  /** AG-23: one campaign's daily metrics over a range (a goal's span) and the goals that include it. */
  'adGoals/campaign': {
    from: ['page'],
    request: v.object({
      campaignId: Id,
      accountIds: v.optional(v.pipe(v.array(Id), v.maxLength(500))),
      from: IsoDate,
      to: IsoDate,
      /** The goal the view was opened from: its lifecycle stage decides which contacts count. */
      goalId: v.optional(Id),
    }),
    response: v.object({
      campaignId: v.string(),
      name: v.string(),
      network: v.nullable(v.string()),
      accountIds: v.array(v.string()),
      from: IsoDate,
      to: IsoDate,
      stage: v.nullable(v.string()),
      currency: v.optional(v.string()),
      days: v.array(CampaignDaySchema),
      totals: v.object(CampaignFigures),
      goals: v.array(v.object({id: v.string(), name: v.string(), status: Status})),
    }),
  },
  'adGoals/save': {
    from: ['page'],
    request: v.object({id: v.optional(Id), goal: AdGoalDraftSchema}),
    response: v.object({goalId: v.nullable(v.string()), errors: v.array(FieldError)}),
  },
  'adGoals/delete': {
    from: ['page'],
    request: v.object({goalIds: v.pipe(v.array(Id), v.minLength(1)), confirmed: v.boolean()}),
    response: v.object({deleted: v.array(v.string())}),
  },
} as const satisfies ProtocolMap;
