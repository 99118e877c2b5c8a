/**
 * The domain model shared by every rule set in src/core.
 *
 * Plain data only: everything here is structured-cloneable so the background can keep engine state in
 * IndexedDB between service-worker lifetimes. Times are epoch milliseconds (UTC); calendar dates are
 * `YYYY-MM-DD` strings. Names follow ../shared/SCENARIO.md exactly, since the scenario file is the
 * engine's input format.
 */

export type Instant = number;
export type IsoDate = string;
export type Id = string;

export const LIFECYCLE_STAGES = [
  'subscriber',
  'lead',
  'marketingqualifiedlead',
  'salesqualifiedlead',
  'opportunity',
  'customer',
  'evangelist',
  'other',
] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** LA-2: the default lead pipeline, in order. */
export const LEAD_STAGES = ['new', 'attempting', 'connected', 'qualified', 'disqualified'] as const;
export type LeadStage = (typeof LEAD_STAGES)[number];

/** TA-12 */
export const BUYING_ROLES = ['decisionMaker', 'budgetHolder', 'champion', 'influencer', 'endUser', 'blocker', 'other'] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

export const DEAL_STAGES = ['open', 'closedwon', 'closedlost'] as const;
export type DealStage = (typeof DEAL_STAGES)[number];

export const CALL_OUTCOMES = ['connected', 'noAnswer', 'busy', 'leftVoicemail', 'wrongNumber'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

export type PropertyValue = string | number | boolean | null;

export interface User {
  id: Id;
  teamId?: Id;
}

export interface Company {
  id: Id;
  name: string;
  targetAccount: boolean;
  ownerId?: Id;
  teamId?: Id;
  properties: Record<string, PropertyValue>;
}

export interface Contact {
  id: Id;
  /** First entry is the primary company. */
  companyIds: Id[];
  properties: Record<string, PropertyValue>;
  buyingRoles: BuyingRole[];
  lawfulBasis: boolean;
}

export interface Deal {
  id: Id;
  companyIds: Id[];
  amount: number;
  stage: DealStage;
}

export interface ContactList {
  id: Id;
  contactIds: Id[];
}

// ---------------------------------------------------------------- criteria (WG-2..4, SCENARIO.md)

export const CRITERIA_OPS = ['eq', 'neq', 'in', 'notIn', 'gt', 'gte', 'lt', 'lte', 'contains', 'known', 'unknown'] as const;
export type CriteriaOp = (typeof CRITERIA_OPS)[number];
export const COUNT_OPS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'] as const;
export type CountOp = (typeof COUNT_OPS)[number];

export type Criteria =
  | {all: Criteria[]}
  | {any: Criteria[]}
  | {not: Criteria}
  | PropertyCondition
  | EventCondition
  | ListCondition
  | WorkflowCondition;

export interface PropertyCondition {
  property: string;
  op: CriteriaOp;
  value?: PropertyValue | PropertyValue[];
}
export interface EventCondition {
  event: ScenarioEvent['type'];
  where?: Record<string, PropertyValue>;
  count?: {op: CountOp; value: number};
  withinDays?: number;
}
export interface ListCondition {
  listMember: Id;
}
export interface WorkflowCondition {
  workflow: Id;
  state: 'enrolled' | 'goalMet';
}

// ---------------------------------------------------------------- workflows

export type WorkflowObjectType = 'contact' | 'company' | 'deal' | 'quote' | 'ticket';

export type WorkflowStep =
  | {type: 'sendMarketingEmail'; emailId: Id; internal: boolean}
  | {type: 'delay'; hours: number}
  | {type: 'createTask'; title: string}
  | {type: 'setProperty'; property: string; value: PropertyValue}
  | {type: 'notify'; message: string}
  | {type: 'webhook'; url: string};

export interface Workflow {
  id: Id;
  name?: string;
  /** WG-1: only contact-based workflows may have a goal. Defaults to contact. */
  objectType: WorkflowObjectType;
  enrollment: Criteria | null;
  goal: Criteria | null;
  suppressionLists: Id[];
  unenrollWhenTriggerNoLongerMet: boolean;
  steps: WorkflowStep[];
}

// ---------------------------------------------------------------- leads

export interface Lead {
  id: Id;
  contactId: Id;
  stage: LeadStage;
  /** LA-1: automation moves only leads in the default pipeline. */
  pipelineId?: Id;
}

export type LeadOutreachEvent = 'emailSent' | 'linkedinMessageSent' | 'callLogged' | 'meetingScheduled';
export type LeadResponseEvent = 'emailReplied' | 'meetingBooked' | 'callConnected';

export interface Progression<E extends string> {
  enabled: boolean;
  from: LeadStage[];
  to: LeadStage;
  events: E[];
}

export interface LeadAutomationSettings {
  /** LA-8; an empty list (or absence) means the automation is off. */
  createOnLifecycleStages: LifecycleStage[];
  createOnLifecycleEnabled?: boolean;
  followUp: {enabled: boolean; reasons: string[]; leadType?: string};
  moveOnOutreach: Progression<LeadOutreachEvent>;
  moveOnResponse: Progression<LeadResponseEvent>;
}

// ---------------------------------------------------------------- ad goals

export type AdGoalTemplate = 'networkConversions' | 'costPerContactInStage' | 'contactsInStage' | 'firstFormSubmissions';
export type AdGoalDuration = 'weekly' | 'monthly' | 'quarterly' | 'yearly' | 'custom';
export type AdGoalStatus = 'pending' | 'inProgress' | 'achieved' | 'exceeded' | 'missed';

export interface AdMetricRow {
  date: IsoDate;
  accountId: Id;
  campaignId: Id;
  network?: string;
  spend: number;
  conversions: number;
}

export interface AdGoal {
  id: Id;
  name: string;
  ownerId?: Id;
  /** The creator's team when the goal was made (SPEC data model "creator (user id, team id)"; AG-22). */
  teamId?: Id;
  /** ISO instant the goal was created (SPEC data model). */
  createdAt?: string;
  template: AdGoalTemplate;
  lifecycleStage?: LifecycleStage;
  accountIds: Id[];
  campaignIds: Id[];
  duration: AdGoalDuration;
  start: IsoDate;
  end: IsoDate;
  alignToFiscalYear: boolean;
  target: number;
  periodTargets: Record<IsoDate, number>;
  notifications?: Array<'goalStart' | 'achieved' | 'exceeded' | 'missed'>;
}

// ---------------------------------------------------------------- events (SCENARIO.md "Events")

interface EventBase {
  /** Deterministic; a repeated id is ignored. */
  id: Id;
  at: Instant;
}

export type ScenarioEvent = EventBase &
  (
    | {type: 'propertyChanged'; contactId?: Id; companyId?: Id; property: string; value: PropertyValue; source?: string}
    | {type: 'formSubmitted'; contactId: Id; formId: Id; adCampaignId?: Id}
    | {type: 'emailOpened' | 'emailClicked'; contactId: Id; emailId: Id}
    | {type: 'pageViewed' | 'documentViewed'; contactId: Id; url?: string}
    | {type: 'listChanged'; listId: Id; contactId: Id; member: boolean}
    | {type: 'enrolledManually' | 'unenrolledManually'; workflowId: Id; contactId: Id}
    | {type: 'goalChanged'; workflowId: Id; goal: Criteria | null}
    /** Not in SCENARIO.md (docs/scenario-format.md): a user restores the figures a WG-17 reset wiped (IDEA-4). */
    | {type: 'goalResetRestored'; workflowId: Id; index?: number}
    | {type: 'emailSent' | 'linkedinMessageSent'; contactId: Id; userId: Id; leadId?: Id}
    | {type: 'emailReplied'; contactId: Id; leadId?: Id}
    | {type: 'callLogged'; contactId: Id; userId: Id; outcome: CallOutcome; leadId?: Id}
    | {type: 'meetingScheduled'; contactId: Id; userId: Id; startsAt: Instant; leadId?: Id}
    | {type: 'meetingBooked'; contactId: Id; startsAt: Instant; leadId?: Id}
    | {type: 'taskCreated'; taskId: Id; companyId?: Id; contactId?: Id; due?: Instant; userId?: Id}
    | {type: 'taskCompleted'; taskId: Id}
    | {type: 'noteLogged'; companyId?: Id; contactId?: Id; userId: Id}
    | {type: 'leadMovedManually'; leadId: Id; stage: LeadStage}
    | {type: 'leadDisqualified'; leadId: Id; reason: string}
    /** Not in SCENARIO.md (docs/scenario-format.md): a user lets automation move a locked lead again (IDEA-5). */
    | {type: 'leadAutomationRearmed'; leadId: Id; userId?: Id}
    | {type: 'targetAccountSet'; companyId: Id; value: boolean}
    | {type: 'adMetricsImported'; rows: AdMetricRow[]}
    /** Not in SCENARIO.md (docs/scenario-format.md): a user pressed "Refresh now" on these ad goals (AG-17). */
    | {type: 'adGoalsRefreshed'; goalIds: Id[]}
    /**
     * Not in SCENARIO.md's table (documented in docs/scenario-format.md): a record captured from a CRM
     * page or imported. Creates the record, or replaces the fields given on an existing one. This is how
     * the extension feeds records into the same engines the scenario file does.
     */
    | {type: 'recordUpserted'; record: UpsertedRecord}
  );

export type UpsertedRecord =
  | ({kind: 'contact'} & Pick<Contact, 'id'> & Partial<Omit<Contact, 'id'>>)
  | ({kind: 'company'} & Pick<Company, 'id'> & Partial<Omit<Company, 'id'>>)
  | ({kind: 'deal'} & Pick<Deal, 'id'> & Partial<Omit<Deal, 'id'>>)
  | ({kind: 'lead'} & Pick<Lead, 'id' | 'contactId'> & Partial<Omit<Lead, 'id' | 'contactId'>>);

export type EventType = ScenarioEvent['type'];
export type EventOf<T extends EventType> = Extract<ScenarioEvent, {type: T}>;

export const EVENT_TYPES = [
  'propertyChanged',
  'formSubmitted',
  'emailOpened',
  'emailClicked',
  'pageViewed',
  'documentViewed',
  'listChanged',
  'enrolledManually',
  'unenrolledManually',
  'goalChanged',
  'goalResetRestored',
  'emailSent',
  'linkedinMessageSent',
  'emailReplied',
  'callLogged',
  'meetingScheduled',
  'meetingBooked',
  'taskCreated',
  'taskCompleted',
  'noteLogged',
  'leadMovedManually',
  'leadDisqualified',
  'targetAccountSet',
  'adMetricsImported',
  'recordUpserted',
] as const satisfies readonly EventType[];

// ---------------------------------------------------------------- the whole input

/** A parsed, validated scenario (SCENARIO.md "Input"), with defaults filled and times as epoch ms. */
export interface World {
  now: Instant;
  fiscalYearStartMonth: number;
  users: User[];
  companies: Company[];
  contacts: Contact[];
  deals: Deal[];
  lists: ContactList[];
  workflows: Workflow[];
  leads: Lead[];
  leadAutomation?: LeadAutomationSettings;
  adMetrics: AdMetricRow[];
  adGoals: AdGoal[];
  /** Sorted by `at`, ties in file order. */
  events: ScenarioEvent[];
  /** Settings that are not in SCENARIO.md but that the product needs (documented in docs/scenario-format.md). */
  gdprMode?: boolean;
}

// ---------------------------------------------------------------- engine output

/** IDEA-2: every automated decision leaves one of these. */
export interface TrailEntry {
  /** SPEC rule id, e.g. "WG-6". */
  rule: string;
  /** What the decision is about: "workflow:wf1/contact:c1", "lead:l1", "adGoal:g1", "company:co1". */
  subject: string;
  /** A short sentence for the "why?" hover. */
  message: string;
  /** The event that caused it, when one did (timed work has none). */
  eventId?: Id;
  /** The criterion that matched, when one did. */
  criterion?: string;
  at: Instant;
}

/** Side effects an engine asks its host to carry out (the background does; replay records them). */
export type Effect =
  | {kind: 'createTask'; title: string; contactId?: Id; companyId?: Id; source: string; taskId?: Id; at?: Instant}
  /** A workflow's setProperty step, for the host's local contact record (the engines see the emitted event). */
  | {kind: 'propertySet'; contactId: Id; property: string; value: PropertyValue; source: string; eventId: Id; at: Instant}
  | {kind: 'notify'; message: string; source: string; goalId?: Id}
  | {kind: 'webhook'; url: string; idempotencyKey: string; payload: Record<string, unknown>}
  | {kind: 'marketingEmailSent'; workflowId: Id; contactId: Id; emailId: Id}
  /** A change one engine makes that the others must see (e.g. a setProperty step → LA-8 lead creation). */
  | {kind: 'emit'; event: ScenarioEvent};

/**
 * Each rule set (workflows, leads, adgoals, accounts) implements this. State is kept inside the engine
 * object but must be exportable as structured-cloneable data (`snapshot()`), and an engine must be
 * re-creatable from that snapshot, so the service worker can stop between any two events.
 */
export interface DomainEngine<Output, Snapshot = unknown> {
  /** Apply one event (the host has already dropped repeated event ids). */
  apply(event: ScenarioEvent): {effects: Effect[]; trail: TrailEntry[]};
  /** Run timed work due up to and including `at` (delays, period boundaries, refreshes). */
  advanceTo(at: Instant): {effects: Effect[]; trail: TrailEntry[]};
  output(): Output;
  snapshot(): Snapshot;
}
