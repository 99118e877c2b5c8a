/**
 * Target-accounts core figures:
 * - accounts.coreIncrementalUs: µs to apply one new activity (advanceTo + apply, as the runner does) with
 *   5,000 target accounts, 100,000 contacts and 500,000 activities already loaded;
 * - accounts.coreQueryMs: one queryAccounts call sorted by open deal value over the 5,000 accounts (median).
 */
import {performance} from 'node:perf_hooks';
import {createAccountEngine, queryAccounts} from '../src/core/accounts';
import type {BuyingRole, ScenarioEvent, World} from '../src/core/model';

const TARGETS = 5_000;
const OTHERS = 1_000;
const CONTACTS = 100_000;
const DEALS = 15_000;
const LOADED = 500_000;
const MEASURED = 20_000;
const QUERY_RUNS = 30;
const T0 = Date.parse('2026-01-01T00:00:00Z');
const MIN = 60_000;

/** Deterministic PRNG (mulberry32) so every run measures the same data. */
function rng(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildWorld(rand: () => number): World {
  const companies = Array.from({length: TARGETS + OTHERS}, (_, i) => ({
    id: `co${i}`,
    name: `Company ${i}`,
    targetAccount: i < TARGETS,
    ownerId: `u${i % 50}`,
    properties: {industry: ['Software', 'Retail', 'Energy'][i % 3]},
  }));
  const roles: BuyingRole[] = ['decisionMaker', 'champion', 'blocker', 'influencer'];
  const contacts = Array.from({length: CONTACTS}, (_, i) => ({
    id: `c${i}`,
    companyIds: rand() < 0.1 ? [`co${i % companies.length}`, `co${(i * 7) % companies.length}`] : [`co${i % companies.length}`],
    properties: {},
    buyingRoles: rand() < 0.2 ? [roles[i % roles.length]] : [],
    lawfulBasis: rand() < 0.9,
  }));
  const deals = Array.from({length: DEALS}, (_, i) => ({
    id: `d${i}`,
    companyIds: [`co${Math.floor(rand() * companies.length)}`],
    amount: Math.round(rand() * 50_000),
    stage: (['open', 'open', 'closedwon', 'closedlost'] as const)[i % 4],
  }));
  const users = Array.from({length: 50}, (_, i) => ({id: `u${i}`, teamId: `t${i % 5}`}));
  return {now: T0, fiscalYearStartMonth: 1, users, companies, contacts, deals, lists: [], workflows: [], leads: [], adMetrics: [], adGoals: [], events: [], gdprMode: true};
}

function activity(i: number, rand: () => number): ScenarioEvent {
  const at = T0 + i * MIN;
  const contactId = `c${Math.floor(rand() * CONTACTS)}`;
  const id = `a${i}`;
  switch (i % 8) {
    case 0: return {id, at, type: 'emailSent', contactId, userId: `u${i % 50}`};
    case 1: return {id, at, type: 'callLogged', contactId, userId: `u${i % 50}`, outcome: 'connected'};
    case 2: return {id, at, type: 'meetingScheduled', contactId, userId: `u${i % 50}`, startsAt: at + Math.floor(rand() * 30 * 1440) * MIN};
    case 3: return {id, at, type: 'taskCreated', taskId: `t${i}`, contactId, due: at + Math.floor(rand() * 30 * 1440) * MIN};
    case 4: return {id, at, type: 'taskCompleted', taskId: `t${i - 1}`};
    case 5: return {id, at, type: 'formSubmitted', contactId, formId: 'demo'};
    case 6: return {id, at, type: 'noteLogged', companyId: `co${Math.floor(rand() * TARGETS)}`, userId: `u${i % 50}`};
    default: return {id, at, type: 'pageViewed', contactId, url: '/pricing'};
  }
}

export async function run(): Promise<Record<string, number>> {
  const rand = rng(42);
  const engine = createAccountEngine(buildWorld(rand));
  for (let i = 0; i < LOADED; i++) {
    const e = activity(i, rand);
    engine.advanceTo(e.at);
    engine.apply(e);
  }
  const fresh = Array.from({length: MEASURED}, (_, k) => activity(LOADED + k, rand));
  const start = performance.now();
  for (const e of fresh) {
    engine.advanceTo(e.at);
    engine.apply(e);
  }
  const incrementalUs = ((performance.now() - start) * 1000) / MEASURED;

  const times: number[] = [];
  let rows = 0;
  for (let k = 0; k < QUERY_RUNS; k++) {
    const q0 = performance.now();
    rows = queryAccounts(engine.state, {sort: {key: 'openDealValue', dir: 'desc'}}).rows.length;
    times.push(performance.now() - q0);
  }
  if (rows !== TARGETS) throw new Error(`bench: expected ${TARGETS} rows, got ${rows}`);
  times.sort((a, b) => a - b);
  return {
    'accounts.coreIncrementalUs': Math.round(incrementalUs * 100) / 100,
    'accounts.coreQueryMs': Math.round(times[Math.floor(times.length / 2)] * 100) / 100,
  };
}
