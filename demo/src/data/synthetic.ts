/**
 * Large deterministic timelines for load and chaos tests (docs/demo-dom.md "Synthetic timelines"):
 * `?synthetic=N` on any URL gives every company N generated activities with stable ids
 * (`syn-co-001-000001` …), the same on every load, in every browser. Nothing is stored: drop the
 * query (a full load without it) and the timelines are back to the seed.
 */
import {SEED_NOW, toIso} from '../seed/time';
import type {Activity, ActivityType, CallOutcome, Company, Contact} from './types';

/** The most a company gets, so a typo cannot hang the tab. */
export const SYNTHETIC_MAX = 20_000;

const TYPES: readonly ActivityType[] = ['call', 'email', 'note', 'meeting', 'pageView', 'form'];
const OUTCOMES: readonly CallOutcome[] = ['connected', 'noAnswer', 'busy', 'leftVoicemail', 'wrongNumber'];
const START = Date.parse(SEED_NOW) - 400 * 86_400_000;

/** `?synthetic=N` → N (0 when absent or not a whole number; capped at SYNTHETIC_MAX). */
export function syntheticCount(search: string): number {
  const raw = new URLSearchParams(search).get('synthetic');
  if (raw === null || !/^\d{1,6}$/.test(raw)) return 0;
  return Math.min(Number(raw), SYNTHETIC_MAX);
}

/** The i-th (1-based) synthetic activity of a company: a pure function of the company, its contacts and i. */
export function syntheticActivity(company: Company, contacts: readonly Contact[], i: number, userIds: readonly string[]): Activity {
  const type = TYPES[i % TYPES.length];
  const contact = contacts.length ? contacts[i % contacts.length] : undefined;
  const byContact = type === 'pageView' || type === 'form' || (type === 'email' && i % 4 === 0);
  const at = toIso(START + i * 3_600_000 + (company.id.length * 7 + i) % 60 * 60_000);
  return {
    id: `syn-${company.id}-${String(i).padStart(6, '0')}`,
    type,
    direction: byContact ? 'contact' : 'user',
    timestamp: at,
    title: `Synthetic ${type} ${i} for ${company.name}`,
    body: `Generated activity ${i} of ${company.id}.`,
    ...(byContact || !userIds.length ? {} : {userId: userIds[i % userIds.length]}),
    ...(contact ? {contactId: contact.id} : {}),
    companyId: company.id,
    ...(type === 'call' ? {outcome: OUTCOMES[i % OUTCOMES.length]} : {}),
    ...(type === 'meeting' ? {startsAt: toIso(Date.parse(at) + 86_400_000)} : {}),
  };
}

/** N synthetic activities for every company. */
export function syntheticActivities(companies: readonly Company[], contacts: readonly Contact[], userIds: readonly string[], count: number): Activity[] {
  if (count <= 0) return [];
  const byCompany = new Map<string, Contact[]>();
  for (const c of contacts) byCompany.set(c.companyId, [...(byCompany.get(c.companyId) ?? []), c]);
  const out: Activity[] = [];
  for (const company of companies) {
    const own = byCompany.get(company.id) ?? [];
    for (let i = 1; i <= count; i++) out.push(syntheticActivity(company, own, i, userIds));
  }
  return out;
}
