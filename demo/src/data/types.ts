/**
 * The demo CRM's own record shapes. They mirror what a HubSpot-like CRM shows a rep, not Goalpost's
 * domain model: the extension must read them off the page (docs/demo-dom.md), never import them.
 * Times are ISO strings without milliseconds (`2026-03-02T10:00:00Z`), as the DOM contract prints them.
 */

export const LIFECYCLE_STAGES = [
  'subscriber',
  'lead',
  'marketingqualifiedlead',
  'salesqualifiedlead',
  'opportunity',
  'customer',
  'evangelist',
] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const BUYING_ROLES = ['decisionMaker', 'budgetHolder', 'champion', 'influencer', 'endUser', 'blocker'] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

export const LEAD_STAGES = ['new', 'attempting', 'connected', 'qualified', 'disqualified'] as const;
export type LeadStage = (typeof LEAD_STAGES)[number];

export const DEAL_STAGES = ['open', 'closedwon', 'closedlost'] as const;
export type DealStage = (typeof DEAL_STAGES)[number];

/** The pipeline steps an open deal moves through; closed deals have none. */
export const OPEN_DEAL_STEPS = ['appointmentscheduled', 'qualifiedtobuy', 'presentationscheduled', 'decisionmakerboughtin', 'contractsent'] as const;
export type OpenDealStep = (typeof OPEN_DEAL_STEPS)[number];

export const CALL_OUTCOMES = ['connected', 'noAnswer', 'busy', 'leftVoicemail', 'wrongNumber'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

export const ACTIVITY_TYPES = ['call', 'email', 'meeting', 'note', 'task', 'form', 'pageView', 'documentView'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type Direction = 'user' | 'contact';

export interface Team {
  id: string;
  name: string;
}

export interface User {
  id: string;
  name: string;
  email: string;
  teamId: string;
}

export interface Company {
  id: string;
  name: string;
  domain: string;
  country: string;
  city: string;
  industry: string;
  employees: number;
  ownerId: string;
  lifecycleStage: LifecycleStage;
  targetAccount: boolean;
}

export interface Contact {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  jobTitle: string;
  companyId: string;
  ownerId: string;
  lifecycleStage: LifecycleStage;
  buyingRoles: BuyingRole[];
}

export interface Deal {
  id: string;
  name: string;
  companyId: string;
  contactIds: string[];
  ownerId: string;
  amount: number;
  stage: DealStage;
  /** Set only while the deal is open. */
  step?: OpenDealStep;
  closeDate: string;
}

export interface Lead {
  id: string;
  name: string;
  contactId: string;
  ownerId: string;
  stage: LeadStage;
  source: string;
  createdAt: string;
}

export interface Activity {
  id: string;
  type: ActivityType;
  direction: Direction;
  timestamp: string;
  title: string;
  body: string;
  /** The rep who did it; absent when the contact did. */
  userId?: string;
  contactId?: string;
  companyId?: string;
  dealId?: string;
  leadId?: string;
  outcome?: CallOutcome;
  /** Meetings: when the meeting starts (the timestamp is when it was logged or booked). */
  startsAt?: string;
}

export interface Db {
  teams: Team[];
  users: User[];
  companies: Company[];
  contacts: Contact[];
  deals: Deal[];
  leads: Lead[];
  /** Newest last; ids grow with time in the seed. */
  activities: Activity[];
}

export type RecordType = 'company' | 'contact' | 'lead' | 'deal';
