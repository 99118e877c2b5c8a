/**
 * Mapping of CRM display values onto the vendor-neutral vocabulary of src/core/model.ts (SPEC §0:
 * "each CRM adapter maps its own fields onto them"). Unknown values stay as cleaned text for stages
 * (the background's field mapping may know them) and are dropped for closed sets (roles, outcomes).
 */
import {BUYING_ROLES, CALL_OUTCOMES, LEAD_STAGES, LIFECYCLE_STAGES, type BuyingRole, type CallOutcome} from '../../core/model';
import type {ActivityType} from '../types';
import {cleanText, squash} from './text';

const ROLE_BY_KEY = new Map<string, BuyingRole>(BUYING_ROLES.map((role) => [squash(role), role]));

/** "Decision maker; Champion" or "decisionMaker,champion" → ['decisionMaker', 'champion']. */
export function parseBuyingRoles(raw: string | null | undefined): BuyingRole[] | undefined {
  const text = cleanText(raw);
  if (!text) return undefined;
  const roles: BuyingRole[] = [];
  for (const part of text.split(/[,;|\n]/)) {
    const role = ROLE_BY_KEY.get(squash(part));
    if (role && !roles.includes(role)) roles.push(role);
  }
  return roles.length ? roles : undefined;
}

const OUTCOME_ALIASES: Record<string, CallOutcome> = {
  connected: 'connected',
  noanswer: 'noAnswer',
  busy: 'busy',
  leftvoicemail: 'leftVoicemail',
  voicemail: 'leftVoicemail',
  wrongnumber: 'wrongNumber',
};
for (const outcome of CALL_OUTCOMES) OUTCOME_ALIASES[squash(outcome)] = outcome;

/** "No answer" → 'noAnswer'. HubSpot's "Left live message" has no neutral twin and is dropped. */
export function parseOutcome(raw: string | null | undefined): CallOutcome | undefined {
  const text = cleanText(raw);
  return text ? OUTCOME_ALIASES[squash(text)] : undefined;
}

/** Lifecycle stage: the canonical key when recognised ("Marketing Qualified Lead"), else the text. */
export function normalizeLifecycle(raw: string | null | undefined): string | undefined {
  const text = cleanText(raw);
  if (!text) return undefined;
  const key = squash(text);
  if (key === 'mql') return 'marketingqualifiedlead';
  if (key === 'sql') return 'salesqualifiedlead';
  return (LIFECYCLE_STAGES as readonly string[]).includes(key) ? key : text;
}

/** Deal stage: closed won/lost become their categories; open stages keep their label for the mapping. */
export function normalizeDealStage(raw: string | null | undefined): string | undefined {
  const text = cleanText(raw);
  if (!text) return undefined;
  const key = squash(text);
  if (key === 'closedwon' || key === 'won') return 'closedwon';
  if (key === 'closedlost' || key === 'lost') return 'closedlost';
  if (key === 'open') return 'open';
  return text;
}

/** Lead stage per LA-2: "Attempting to contact" → 'attempting', "Unqualified" → 'disqualified'. */
export function normalizeLeadStage(raw: string | null | undefined): string | undefined {
  const text = cleanText(raw);
  if (!text) return undefined;
  const key = squash(text);
  if ((LEAD_STAGES as readonly string[]).includes(key)) return key;
  if (key.startsWith('attempting')) return 'attempting';
  if (key === 'unqualified' || key.startsWith('disqualified')) return 'disqualified';
  if (key.startsWith('qualified')) return 'qualified';
  if (key.startsWith('connected')) return 'connected';
  return text;
}

const TYPES: readonly ActivityType[] = ['call', 'email', 'meeting', 'note', 'task', 'form', 'pageView', 'documentView', 'linkedinMessage'];
const TYPE_BY_KEY = new Map<string, ActivityType>(TYPES.map((type) => [squash(type), type]));

/** An exact activity type key ("pageView", "page_view", "Call"); undefined when it is not one. */
export function parseActivityType(raw: string | null | undefined): ActivityType | undefined {
  const text = cleanText(raw, 64);
  return text ? TYPE_BY_KEY.get(squash(text)) : undefined;
}

/**
 * Activity type and direction from an English timeline heading ("Call logged", "Incoming email",
 * "Internal note"). English only: CRM-NOTES 2.3 notes labels follow the user's language.
 */
export function classifyHeading(raw: string | null | undefined): {type: ActivityType; direction?: 'user' | 'contact'} | undefined {
  const text = cleanText(raw, 120)?.toLowerCase();
  if (!text) return undefined;
  const exact = parseActivityType(text);
  if (exact) return {type: exact};
  if (/\bcall/.test(text)) return {type: 'call'};
  if (/\b(incoming|received|replied|reply)\b.*\bemail|\bemail\b.*\b(reply|received)/.test(text)) return {type: 'email', direction: 'contact'};
  if (/\be-?mail/.test(text)) return {type: 'email'};
  if (/\bmeeting|\bevent\b/.test(text)) return {type: 'meeting'};
  if (/\bnote\b/.test(text)) return {type: 'note'};
  if (/\btask\b/.test(text)) return {type: 'task'};
  if (/\bform\b/.test(text)) return {type: 'form', direction: 'contact'};
  if (/\bpage ?view|\bvisited\b/.test(text)) return {type: 'pageView', direction: 'contact'};
  if (/\bdocument\b/.test(text)) return {type: 'documentView', direction: 'contact'};
  if (/\blinkedin\b/.test(text)) return {type: 'linkedinMessage'};
  return undefined;
}

/** TA-16/TA-17: who starts an activity when the page does not say. */
export function defaultDirection(type: ActivityType): 'user' | 'contact' {
  return type === 'form' || type === 'pageView' || type === 'documentView' ? 'contact' : 'user';
}

export function parseDirection(raw: string | null | undefined): 'user' | 'contact' | undefined {
  const key = squash(cleanText(raw, 64) ?? '');
  if (key === 'user' || key === 'outgoing' || key === 'outbound' || key === 'rep') return 'user';
  if (key === 'contact' || key === 'incoming' || key === 'inbound') return 'contact';
  return undefined;
}
