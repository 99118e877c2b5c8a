/**
 * The target-accounts bench data, deterministic per index (no shared PRNG state), so the extension's
 * store (seeded as log events) and the in-page engine run (a World plus events) hold the same accounts,
 * contacts, deals and activities. Used by bench/accounts-browser.ts through esbuild bundles.
 */
import type {BuyingRole, ScenarioEvent, World} from '../src/core/model';

export interface Sizes {
  targets: number;
  others: number;
  contacts: number;
  deals: number;
  activities: number;
}

export const FULL: Sizes = {targets: 5_000, others: 1_000, contacts: 100_000, deals: 15_000, activities: 500_000};
// 500,000 activities one minute apart span ~347 days: they must all lie before today, or the engine's clock
// runs ahead of the wall clock and a task due in an hour already counts as past.
export const T0 = Date.parse('2025-01-01T00:00:00Z');
const MIN = 60_000;

/** A number in [0, 1) from (index, salt): a 32-bit integer hash, so item i is the same wherever it is made. */
export function unit(i: number, salt: number): number {
  let h = Math.imul(i ^ Math.imul(salt, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

const companyCount = (s: Sizes) => s.targets + s.others;
export const companyId = (i: number) => `bench:co:${i}`;
export const contactId = (i: number) => `bench:ct:${i}`;
const ROLES: BuyingRole[] = ['decisionMaker', 'champion', 'blocker', 'influencer'];

export function company(i: number, s: Sizes) {
  return {id: companyId(i), name: `Company ${String(i).padStart(5, '0')}`, targetAccount: i < s.targets, ownerId: `u${i % 50}`, properties: {}};
}

export function contact(i: number, s: Sizes) {
  const n = companyCount(s);
  return {
    id: contactId(i),
    companyIds: unit(i, 1) < 0.1 ? [companyId(i % n), companyId((i * 7 + 1) % n)] : [companyId(i % n)],
    properties: {},
    buyingRoles: unit(i, 2) < 0.2 ? [ROLES[i % ROLES.length]] : [],
    lawfulBasis: unit(i, 3) < 0.9,
  };
}

export function deal(i: number, s: Sizes) {
  return {
    id: `bench:dl:${i}`,
    companyIds: [companyId(Math.floor(unit(i, 4) * companyCount(s)))],
    amount: Math.round(unit(i, 5) * 50_000),
    stage: (['open', 'open', 'closedwon', 'closedlost'] as const)[i % 4],
  };
}

export function activityEvent(i: number, s: Sizes): ScenarioEvent {
  const at = T0 + (i + 1) * MIN;
  const c = contactId(Math.floor(unit(i, 6) * s.contacts));
  const id = `bench:act:${i}`;
  const later = at + Math.floor(unit(i, 7) * 30 * 1440) * MIN;
  switch (i % 8) {
    case 0: return {id, at, type: 'emailSent', contactId: c, userId: `u${i % 50}`};
    case 1: return {id, at, type: 'callLogged', contactId: c, userId: `u${i % 50}`, outcome: 'connected'};
    case 2: return {id, at, type: 'meetingScheduled', contactId: c, userId: `u${i % 50}`, startsAt: later};
    case 3: return {id, at, type: 'taskCreated', taskId: `bench:task:${i}`, contactId: c, due: later};
    case 4: return {id, at, type: 'taskCompleted', taskId: `bench:task:${i - 1}`};
    case 5: return {id, at, type: 'formSubmitted', contactId: c, formId: 'demo'};
    case 6: return {id, at, type: 'noteLogged', companyId: companyId(Math.floor(unit(i, 8) * s.targets)), userId: `u${i % 50}`};
    default: return {id, at, type: 'pageViewed', contactId: c, url: '/pricing'};
  }
}

export function seedWorld(s: Sizes): World {
  return {
    now: T0,
    fiscalYearStartMonth: 1,
    users: Array.from({length: 50}, (_, i) => ({id: `u${i}`, teamId: `t${i % 5}`})),
    companies: Array.from({length: companyCount(s)}, (_, i) => company(i, s)),
    contacts: Array.from({length: s.contacts}, (_, i) => contact(i, s)),
    deals: Array.from({length: s.deals}, (_, i) => deal(i, s)),
    lists: [],
    workflows: [],
    leads: [],
    adMetrics: [],
    adGoals: [],
    events: [],
    gdprMode: false,
  };
}

/** The same data as the extension's log holds it: records first (at T0), then the activities. */
export function* seedEvents(s: Sizes): Generator<ScenarioEvent> {
  for (let i = 0; i < companyCount(s); i++) yield {id: `seed:${companyId(i)}`, at: T0, type: 'recordUpserted', record: {kind: 'company', ...company(i, s)}};
  for (let i = 0; i < s.contacts; i++) yield {id: `seed:${contactId(i)}`, at: T0, type: 'recordUpserted', record: {kind: 'contact', ...contact(i, s)}};
  for (let i = 0; i < s.deals; i++) yield {id: `seed:bench:dl:${i}`, at: T0, type: 'recordUpserted', record: {kind: 'deal', ...deal(i, s)}};
  for (let i = 0; i < s.activities; i++) yield activityEvent(i, s);
}
