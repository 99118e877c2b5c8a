/**
 * CRM cell values → our vocabulary. Each returns undefined for a value it cannot read, so the caller
 * can report it with the line and the column.
 */
import {BUYING_ROLES, LIFECYCLE_STAGES, type BuyingRole, type CallOutcome, type DealStage} from '../core/model';
import type {ActivityKind} from './types';

const squash = (s: string) => s.toLowerCase().replace(/[\s_\-/]+/g, '');

/** HubSpot writes multi-value cells with ";"; ids and names alike. */
export function splitList(raw: string): string[] {
  if (raw === '') return [];
  return raw.split(';').map((s) => s.trim()).filter((s) => s !== '');
}

/** "Marketing Qualified Lead", "marketingqualifiedlead", "MQL" → "marketingqualifiedlead"; custom stages kept as written. */
export function lifecycleStage(raw: string): string {
  const s = squash(raw);
  const short: Record<string, string> = {mql: 'marketingqualifiedlead', sql: 'salesqualifiedlead'};
  const known = (LIFECYCLE_STAGES as readonly string[]).find((stage) => stage === s) ?? short[s];
  return known ?? raw.trim();
}

/** TA-12: buying role is multi-valued. Labels or internal names; an unknown role counts as "other". */
export function buyingRoles(raw: string): BuyingRole[] {
  const out: BuyingRole[] = [];
  for (const part of splitList(raw)) {
    const s = squash(part);
    const role = BUYING_ROLES.find((r) => r.toLowerCase() === s) ?? 'other';
    if (!out.includes(role)) out.push(role);
  }
  return out;
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'x', 'checked', 'ja', 'kyllä']);
const FALSE = new Set(['false', 'no', 'n', '0', '', 'unchecked', 'nein', 'ei']);

export function yesNo(raw: string): boolean | undefined {
  const s = raw.trim().toLowerCase();
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return undefined;
}

/** HubSpot "Closed Won", Salesforce "Closed Won", Pipedrive status "won"; everything else is open. */
export function dealStageFromLabel(raw: string): DealStage {
  const s = squash(raw);
  if (s === 'closedwon' || s === 'won') return 'closedwon';
  if (s === 'closedlost' || s === 'lost') return 'closedlost';
  return 'open';
}

const ACTIVITY_KINDS: Record<string, ActivityKind> = {
  call: 'call',
  calls: 'call',
  phonecall: 'call',
  meeting: 'meeting',
  meetings: 'meeting',
  event: 'meeting',
  email: 'email',
  emails: 'email',
  listemail: 'email',
  note: 'note',
  notes: 'note',
  task: 'task',
  tasks: 'task',
  todo: 'task',
  deadline: 'task',
  lunch: 'meeting',
};

export function activityKind(raw: string): ActivityKind | undefined {
  return ACTIVITY_KINDS[squash(raw)];
}

const OUTCOMES: Record<string, CallOutcome> = {
  connected: 'connected',
  answered: 'connected',
  noanswer: 'noAnswer',
  notanswered: 'noAnswer',
  busy: 'busy',
  leftvoicemail: 'leftVoicemail',
  voicemail: 'leftVoicemail',
  leftlivemessage: 'leftVoicemail',
  wrongnumber: 'wrongNumber',
};

export function callOutcome(raw: string): CallOutcome | undefined {
  return OUTCOMES[squash(raw)];
}
