/** Readable labels, as a CRM shows them. The DOM prints these; `data-value` carries the internal ids. */
import type {ActivityType, BuyingRole, CallOutcome, DealStage, LeadStage, LifecycleStage, OpenDealStep} from './types';

export const LIFECYCLE_LABELS: Record<LifecycleStage, string> = {
  subscriber: 'Subscriber',
  lead: 'Lead',
  marketingqualifiedlead: 'Marketing qualified lead',
  salesqualifiedlead: 'Sales qualified lead',
  opportunity: 'Opportunity',
  customer: 'Customer',
  evangelist: 'Evangelist',
};

// HubSpot's own labels, so adapters written against either read the same words.
export const BUYING_ROLE_LABELS: Record<BuyingRole, string> = {
  decisionMaker: 'Decision maker',
  budgetHolder: 'Budget holder',
  champion: 'Champion',
  influencer: 'Influencer',
  endUser: 'End user',
  blocker: 'Blocker',
};

export const LEAD_STAGE_LABELS: Record<LeadStage, string> = {
  new: 'New',
  attempting: 'Attempting',
  connected: 'Connected',
  qualified: 'Qualified',
  disqualified: 'Disqualified',
};

export const DEAL_STAGE_LABELS: Record<DealStage, string> = {
  open: 'Open',
  closedwon: 'Closed won',
  closedlost: 'Closed lost',
};

export const DEAL_STEP_LABELS: Record<OpenDealStep, string> = {
  appointmentscheduled: 'Appointment scheduled',
  qualifiedtobuy: 'Qualified to buy',
  presentationscheduled: 'Presentation scheduled',
  decisionmakerboughtin: 'Decision maker bought-in',
  contractsent: 'Contract sent',
};

export const CALL_OUTCOME_LABELS: Record<CallOutcome, string> = {
  connected: 'Connected',
  noAnswer: 'No answer',
  busy: 'Busy',
  leftVoicemail: 'Left voicemail',
  wrongNumber: 'Wrong number',
};

export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  call: 'Call',
  email: 'Email',
  meeting: 'Meeting',
  note: 'Note',
  task: 'Task',
  form: 'Form submission',
  pageView: 'Page view',
  documentView: 'Document view',
};

/** "Open · Contract sent" reads oddly; an open deal shows its pipeline step instead. */
export function dealStageLabel(stage: DealStage, step?: OpenDealStep): string {
  return stage === 'open' && step ? DEAL_STEP_LABELS[step] : DEAL_STAGE_LABELS[stage];
}

const euro = new Intl.NumberFormat('en-IE', {style: 'currency', currency: 'EUR', maximumFractionDigits: 0});
export const formatAmount = (amount: number): string => euro.format(amount);

const dateFmt = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
const timeFmt = new Intl.DateTimeFormat('en-GB', {hour: '2-digit', minute: '2-digit', timeZone: 'UTC'});
export const formatDate = (iso: string): string => dateFmt.format(new Date(iso));
export const formatDateTime = (iso: string): string => `${dateFmt.format(new Date(iso))}, ${timeFmt.format(new Date(iso))} UTC`;
