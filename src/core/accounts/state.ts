/**
 * The target-accounts engine state (SPEC §4). Plain data (Maps, Sets, arrays, numbers) so the background
 * can store it in IndexedDB as is.
 *
 * Shape of the bookkeeping: every contact keeps an ActivitySummary of its own activities, every company
 * keeps a Rollup = what was logged on the company itself (`direct`) combined with the summaries of the
 * contacts associated with it now. An activity adds to its contact's summary and to the rollups of that
 * contact's companies (a delta, O(companies of the contact)); a change of association rebuilds only the
 * rollups of the companies involved from the contact summaries. Nothing ever rescans the activity log.
 */
import type {BuyingRole, Company, Deal, Id, Instant, PropertyValue, User} from '../model';

/** The activity types the account views keep (marketing email opens/clicks are not account activity). */
export const ACTIVITY_TYPES = [
  'emailSent',
  'linkedinMessageSent',
  'emailReplied',
  'callLogged',
  'meetingScheduled',
  'meetingBooked',
  'taskCreated',
  'noteLogged',
  'formSubmitted',
  'documentViewed',
  'pageViewed',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/**
 * One activity as the account overview (TA-32) and its stakeholders (TA-33) read it. The state keeps none:
 * the overview is given a company's activities by its caller (the background reads them from the event
 * log's contact/company indexes), so the state stays the size of the rollups, not of the history.
 */
export interface ActivityRecord {
  id: Id;
  type: ActivityType;
  at: Instant;
  contactId?: Id;
  companyId?: Id;
  userId?: Id;
  startsAt?: Instant;
  due?: Instant;
  taskId?: Id;
  url?: string;
  outcome?: string;
}

/** A future item for Upcoming (TA-19); `key` is `task:<taskId>` or `meeting:<eventId>`. */
export interface ScheduledItem {
  at: Instant;
  key: string;
}

export interface ActivitySummary {
  /** TA-16: latest user-initiated activity (1:1 email, call, meeting scheduled by a user). */
  lastTouch: Instant | null;
  /** TA-17: latest contact-initiated activity (form, document view, page view). */
  lastEngagement: Instant | null;
  /** TA-23 */
  calls: number;
  /** TA-24: meetings of either kind (scheduled by the user or booked by the contact). */
  meetings: number;
  /** TA-22: used as "any?" only; a task on both a contact and its company is counted on both. */
  openTasks: number;
  /** Ascending by `at`; items at or before the clock are pruned lazily (the clock only moves forward). */
  scheduled: ScheduledItem[];
}

export interface Rollup extends ActivitySummary {
  /** Activities logged on the company itself (open point: they count too, default). */
  direct: ActivitySummary;
  /** TA-10: associated contacts with any buying role. */
  withRole: number;
  /** TA-11/26 */
  decisionMakers: number;
  /** TA-27 */
  blockers: number;
  /** TA-14 */
  openDeals: number;
  /** TA-15: missing amount counts as 0. */
  openDealValue: number;
  /** Open deals associated with more than one company: counted once in the top-line sum (TA-9). */
  sharedOpenDeals: Id[];
}

export interface ContactRecord {
  id: Id;
  /** First entry is the primary company. */
  companyIds: Id[];
  buyingRoles: BuyingRole[];
  lawfulBasis: boolean;
  properties: Record<string, PropertyValue>;
}

export interface TaskRecord {
  id: Id;
  contactId?: Id;
  companyId?: Id;
  due?: Instant;
  open: boolean;
}

export interface AccountState {
  /** Last advanceTo / applied event time; Upcoming is relative to it. Never moves back. */
  clock: Instant;
  gdprMode: boolean;
  users: Map<Id, User>;
  companies: Map<Id, Company>;
  contacts: Map<Id, ContactRecord>;
  deals: Map<Id, Deal>;
  tasks: Map<Id, TaskRecord>;
  /** TA-1/7: ids of companies whose Target account property is true. */
  targets: Set<Id>;
  /** Every company has one, target or not (recommendations rank the others). */
  rollups: Map<Id, Rollup>;
  contactActivity: Map<Id, ActivitySummary>;
  /** TA-13: all associated contacts, primary or not. */
  companyContacts: Map<Id, Set<Id>>;
  companyDeals: Map<Id, Set<Id>>;
  /** TA-30: dismissed recommendations never come back. */
  dismissed: Set<Id>;
}

export const emptySummary = (): ActivitySummary => ({
  lastTouch: null,
  lastEngagement: null,
  calls: 0,
  meetings: 0,
  openTasks: 0,
  scheduled: [],
});

export const emptyRollup = (): Rollup => ({
  ...emptySummary(),
  direct: emptySummary(),
  withRole: 0,
  decisionMakers: 0,
  blockers: 0,
  openDeals: 0,
  openDealValue: 0,
  sharedOpenDeals: [],
});

export function emptyState(gdprMode: boolean): AccountState {
  return {
    clock: 0,
    gdprMode,
    users: new Map(),
    companies: new Map(),
    contacts: new Map(),
    deals: new Map(),
    tasks: new Map(),
    targets: new Set(),
    rollups: new Map(),
    contactActivity: new Map(),
    companyContacts: new Map(),
    companyDeals: new Map(),
    dismissed: new Set(),
  };
}
