/**
 * valibot schemas for the scenario file (../shared/SCENARIO.md). Shape only: cross-references (an id
 * that names nothing) and criteria trees are checked in parse.ts, which knows the whole file.
 */
import * as v from 'valibot';
import {BUYING_ROLES, CALL_OUTCOMES, DEAL_STAGES, LEAD_STAGES, LIFECYCLE_STAGES} from '../model';

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const Id = v.pipe(v.string('must be a string id'), v.minLength(1, 'must not be empty'), v.maxLength(200, 'is longer than 200 characters'));
export const Instant = v.pipe(
  v.string('must be an ISO 8601 UTC time'),
  v.regex(isoInstant, 'must be an ISO 8601 time like 2026-03-01T09:00:00Z'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'is not a real date and time'),
  v.transform((s) => Date.parse(s)),
);
export const DateOnly = v.pipe(
  v.string('must be a date YYYY-MM-DD'),
  v.regex(isoDate, 'must be a date YYYY-MM-DD'),
  v.check((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real calendar date'),
);
const FiniteNumber = v.pipe(v.number('must be a number'), v.finite('must be a finite number'));
const Count = v.pipe(FiniteNumber, v.integer('must be a whole number'), v.minValue(0, 'must not be negative'));
const PropertyValue = v.union([v.string(), FiniteNumber, v.boolean(), v.null()], 'must be a string, number, boolean or null');
const enumOf = <T extends readonly string[]>(values: T, what: string) =>
  v.picklist(values, (issue) => `unknown ${what} ${JSON.stringify(issue.input)} (expected one of: ${values.join(', ')})`);

export const LifecycleStage = enumOf(LIFECYCLE_STAGES, 'lifecycle stage');
export const LeadStage = enumOf(LEAD_STAGES, 'lead stage');

const IdList = v.optional(v.array(Id, 'must be an array of ids'), []);

export const User = v.strictObject({id: Id, teamId: v.optional(Id), name: v.optional(v.string())});
export const Company = v.object({
  id: Id,
  name: v.optional(v.string('must be a string'), ''),
  targetAccount: v.optional(v.boolean('must be true or false'), false),
  ownerId: v.optional(Id),
  teamId: v.optional(Id),
  properties: v.optional(v.record(v.string(), PropertyValue), {}),
});
export const Contact = v.object({
  id: Id,
  companyIds: IdList,
  properties: v.optional(v.record(v.string(), PropertyValue), {}),
  buyingRoles: v.optional(v.array(enumOf(BUYING_ROLES, 'buying role')), []),
  lawfulBasis: v.optional(v.boolean('must be true or false'), true),
});
export const Deal = v.object({
  id: Id,
  companyIds: IdList,
  amount: v.optional(FiniteNumber, 0),
  stage: enumOf(DEAL_STAGES, 'deal stage'),
});
export const List = v.object({id: Id, name: v.optional(v.string()), contactIds: IdList});

const Step = v.variant('type', [
  v.object({type: v.literal('sendMarketingEmail'), emailId: Id, internal: v.optional(v.boolean(), false)}),
  v.object({type: v.literal('delay'), hours: v.pipe(FiniteNumber, v.minValue(0, 'must not be negative'))}),
  v.object({type: v.literal('createTask'), title: v.string('must be a string')}),
  v.object({type: v.literal('setProperty'), property: v.pipe(v.string(), v.minLength(1)), value: PropertyValue}),
  v.object({type: v.literal('notify'), message: v.string('must be a string')}),
  v.object({type: v.literal('webhook'), url: v.pipe(v.string(), v.url('must be a URL'), v.regex(/^https?:/i, 'must be an http(s) URL'))}),
], (issue) => `unknown step type ${JSON.stringify(issue.input)}`);

export const Workflow = v.object({
  id: Id,
  name: v.optional(v.string()),
  objectType: v.optional(v.picklist(['contact', 'company', 'deal', 'quote', 'ticket']), 'contact'),
  enrollment: v.optional(v.unknown(), null),
  goal: v.optional(v.unknown(), null),
  suppressionLists: IdList,
  unenrollWhenTriggerNoLongerMet: v.optional(v.boolean('must be true or false'), false),
  steps: v.optional(v.array(Step), []),
});

export const Lead = v.object({id: Id, contactId: Id, stage: v.optional(LeadStage, 'new'), pipelineId: v.optional(Id)});

const Progression = <E extends readonly string[]>(events: E) =>
  v.object({
    enabled: v.optional(v.boolean(), true),
    from: v.optional(v.array(LeadStage)),
    to: v.optional(LeadStage),
    events: v.optional(v.array(enumOf(events, 'event'))),
  });

export const LeadAutomation = v.looseObject({
  createOnLifecycleStages: v.optional(v.array(LifecycleStage), []),
  followUp: v.optional(v.looseObject({enabled: v.optional(v.boolean(), false), reasons: v.optional(v.array(v.string()), [])})),
  moveOnOutreach: v.optional(Progression(['emailSent', 'linkedinMessageSent', 'callLogged', 'meetingScheduled'] as const)),
  moveOnResponse: v.optional(Progression(['emailReplied', 'meetingBooked', 'callConnected'] as const)),
});

export const AdMetric = v.object({
  date: DateOnly,
  accountId: Id,
  campaignId: Id,
  network: v.optional(v.string()),
  spend: v.optional(FiniteNumber, 0),
  conversions: v.optional(FiniteNumber, 0),
});

export const AdGoal = v.object({
  id: Id,
  name: v.string('must be a string'),
  ownerId: v.optional(Id),
  template: v.picklist(['networkConversions', 'costPerContactInStage', 'contactsInStage', 'firstFormSubmissions'], (i) => `unknown template ${JSON.stringify(i.input)}`),
  lifecycleStage: v.optional(v.string()),
  accountIds: v.array(Id),
  campaignIds: v.array(Id),
  duration: v.picklist(['weekly', 'monthly', 'quarterly', 'yearly', 'custom'], (i) => `unknown duration ${JSON.stringify(i.input)}`),
  start: DateOnly,
  end: DateOnly,
  alignToFiscalYear: v.optional(v.boolean(), false),
  target: v.pipe(FiniteNumber, v.minValue(0, 'must not be negative')),
  periodTargets: v.optional(v.record(v.pipe(v.string(), v.regex(isoDate, 'keys must be dates YYYY-MM-DD')), FiniteNumber), {}),
  notifications: v.optional(v.array(v.picklist(['goalStart', 'achieved', 'exceeded', 'missed']))),
});

const base = {id: Id, at: Instant};
const lead = {leadId: v.optional(Id)};
const UpsertBase = {id: Id};
export const Event = v.variant('type', [
  v.object({...base, type: v.literal('propertyChanged'), contactId: v.optional(Id), companyId: v.optional(Id), property: v.pipe(v.string(), v.minLength(1)), value: PropertyValue, source: v.optional(v.string())}),
  v.object({...base, type: v.literal('formSubmitted'), contactId: Id, formId: Id, adCampaignId: v.optional(Id)}),
  v.object({...base, type: v.picklist(['emailOpened', 'emailClicked']), contactId: Id, emailId: Id}),
  v.object({...base, type: v.picklist(['pageViewed', 'documentViewed']), contactId: Id, url: v.optional(v.string())}),
  v.object({...base, type: v.literal('listChanged'), listId: Id, contactId: Id, member: v.boolean('must be true or false')}),
  v.object({...base, type: v.picklist(['enrolledManually', 'unenrolledManually']), workflowId: Id, contactId: Id}),
  v.object({...base, type: v.literal('goalChanged'), workflowId: Id, goal: v.unknown()}),
  v.object({...base, type: v.literal('goalResetRestored'), workflowId: Id, index: v.optional(Count)}),
  v.object({...base, type: v.picklist(['emailSent', 'linkedinMessageSent']), contactId: Id, userId: Id, ...lead}),
  v.object({...base, type: v.literal('emailReplied'), contactId: Id, ...lead}),
  v.object({...base, type: v.literal('callLogged'), contactId: Id, userId: Id, outcome: enumOf(CALL_OUTCOMES, 'call outcome'), ...lead}),
  v.object({...base, type: v.literal('meetingScheduled'), contactId: Id, userId: Id, startsAt: Instant, ...lead}),
  v.object({...base, type: v.literal('meetingBooked'), contactId: Id, startsAt: Instant, ...lead}),
  v.object({...base, type: v.literal('taskCreated'), taskId: Id, companyId: v.optional(Id), contactId: v.optional(Id), due: v.optional(Instant), userId: v.optional(Id)}),
  v.object({...base, type: v.literal('taskCompleted'), taskId: Id}),
  v.object({...base, type: v.literal('noteLogged'), companyId: v.optional(Id), contactId: v.optional(Id), userId: Id}),
  v.object({...base, type: v.literal('leadMovedManually'), leadId: Id, stage: LeadStage}),
  v.object({...base, type: v.literal('leadDisqualified'), leadId: Id, reason: v.string('must be a string')}),
  v.object({...base, type: v.literal('leadAutomationRearmed'), leadId: Id, userId: v.optional(Id)}),
  v.object({...base, type: v.literal('targetAccountSet'), companyId: Id, value: v.boolean('must be true or false')}),
  v.object({...base, type: v.literal('adMetricsImported'), rows: v.array(AdMetric)}),
  v.object({...base, type: v.literal('adGoalsRefreshed'), goalIds: v.array(Id)}),
  v.object({
    ...base,
    type: v.literal('recordUpserted'),
    record: v.variant('kind', [
      v.object({kind: v.literal('contact'), ...UpsertBase, companyIds: v.optional(v.array(Id)), properties: v.optional(v.record(v.string(), PropertyValue)), buyingRoles: v.optional(v.array(enumOf(BUYING_ROLES, 'buying role'))), lawfulBasis: v.optional(v.boolean())}),
      v.object({kind: v.literal('company'), ...UpsertBase, name: v.optional(v.string()), targetAccount: v.optional(v.boolean()), ownerId: v.optional(Id), teamId: v.optional(Id), properties: v.optional(v.record(v.string(), PropertyValue))}),
      v.object({kind: v.literal('deal'), ...UpsertBase, companyIds: v.optional(v.array(Id)), amount: v.optional(FiniteNumber), stage: v.optional(enumOf(DEAL_STAGES, 'deal stage'))}),
      v.object({kind: v.literal('lead'), ...UpsertBase, contactId: Id, stage: v.optional(LeadStage), pipelineId: v.optional(Id)}),
    ], (i) => `unknown record kind ${JSON.stringify(i.input)}`),
  }),
], (issue) => `unknown event type ${JSON.stringify(issue.input)}`);

export const Scenario = v.object({
  format: v.literal('goalpost-scenario/1', (i) => `must be "goalpost-scenario/1", got ${JSON.stringify(i.input)}`),
  description: v.optional(v.unknown()),
  expect: v.optional(v.unknown()),
  now: Instant,
  fiscalYearStartMonth: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, 'must be 1..12'), v.maxValue(12, 'must be 1..12')), 1),
  gdprMode: v.optional(v.boolean(), false),
  users: v.optional(v.array(User), []),
  companies: v.optional(v.array(Company), []),
  contacts: v.optional(v.array(Contact), []),
  deals: v.optional(v.array(Deal), []),
  lists: v.optional(v.array(List), []),
  workflows: v.optional(v.array(Workflow), []),
  leads: v.optional(v.array(Lead), []),
  leadAutomation: v.optional(LeadAutomation),
  adMetrics: v.optional(v.array(AdMetric), []),
  adGoals: v.optional(v.array(AdGoal), []),
  events: v.optional(v.array(Event), []),
});

export type ScenarioInput = v.InferOutput<typeof Scenario>;
export {Count};
