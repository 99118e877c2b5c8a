/**
 * Ad goals: recompute 200 goals over 3 years of daily metrics for 500 campaigns (target <= 200 ms).
 *
 * - adgoals.ingestMs: create the engine from a world holding the 547,500 metric rows.
 * - adgoals.preaggregateMs: the first refresh on a fresh engine, which builds the per-campaign prefix sums.
 * - adgoals.recomputeMs: with prefix sums built, measure every period of all 200 goals (advance past
 *   their end: each period measured and frozen, daily series included) and build the output. Median of 5.
 * - adgoals.dailyRefreshMs: one 24-hour refresh tick of all 200 goals mid-span. Median of 5.
 */
import {performance} from 'node:perf_hooks';
import {createAdGoalEngine} from '../src/core/adgoals';
import type {AdGoal, AdGoalDuration, AdMetricRow, Contact, ScenarioEvent, World} from '../src/core/model';

const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);
const DAYS = 1095;
const CAMPAIGNS = 500;
const ACCOUNTS = 50;
const GOALS = 200;
const CONTACTS = 5000;

function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const account = (c: number) => `a${c % ACCOUNTS}`;

function buildWorld(): {world: World; events: ScenarioEvent[]} {
  const rand = prng(42);
  const adMetrics: AdMetricRow[] = [];
  for (let c = 0; c < CAMPAIGNS; c++) {
    for (let d = 0; d < DAYS; d++) {
      adMetrics.push({date: iso(START + d * DAY), accountId: account(c), campaignId: `k${c}`, network: 'google',
        spend: Math.round(rand() * 50_000) / 100, conversions: Math.floor(rand() * 8)});
    }
  }
  const durations: AdGoalDuration[] = ['weekly', 'monthly', 'quarterly', 'yearly', 'custom'];
  const templates: AdGoal['template'][] = ['networkConversions', 'firstFormSubmissions', 'contactsInStage', 'costPerContactInStage'];
  const adGoals: AdGoal[] = Array.from({length: GOALS}, (_, g) => {
    const campaigns = Array.from({length: 1 + Math.floor(rand() * 10)}, () => Math.floor(rand() * CAMPAIGNS));
    const template = templates[g % templates.length];
    return {
      id: `g${g}`, name: `Goal ${g}`, ownerId: 'u1', template,
      ...(template === 'contactsInStage' || template === 'costPerContactInStage' ? {lifecycleStage: 'lead' as const} : {}),
      accountIds: [...new Set(campaigns.map(account))], campaignIds: [...new Set(campaigns.map((c) => `k${c}`))],
      duration: durations[g % durations.length], start: '2023-01-01', end: '2025-12-31',
      alignToFiscalYear: g % 2 === 0, target: 100, periodTargets: {},
    };
  });
  const contacts: Contact[] = Array.from({length: CONTACTS}, (_, i) =>
    ({id: `c${i}`, companyIds: [], properties: {lifecyclestage: 'subscriber'}, buyingRoles: [], lawfulBasis: true}));
  const events: ScenarioEvent[] = [];
  for (let i = 0; i < CONTACTS; i++) {
    const at = START + Math.floor(rand() * (DAYS - 30)) * DAY + 9 * 3_600_000;
    events.push({id: `f${i}`, at, type: 'formSubmitted', contactId: `c${i}`, formId: 'demo', adCampaignId: `k${Math.floor(rand() * CAMPAIGNS)}`});
    events.push({id: `s${i}`, at: at + Math.floor(rand() * 20) * DAY, type: 'propertyChanged', contactId: `c${i}`, property: 'lifecyclestage', value: 'lead'});
  }
  events.sort((a, b) => a.at - b.at);
  const world: World = {now: Date.UTC(2026, 0, 2), fiscalYearStartMonth: 4, users: [{id: 'u1'}], companies: [], contacts,
    deals: [], lists: [], workflows: [], leads: [], adMetrics, adGoals, events: []};
  return {world, events};
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn: () => void) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

export async function run(): Promise<Record<string, number>> {
  const {world, events} = buildWorld();
  let engine = createAdGoalEngine(world);
  const ingestMs = time(() => {
    engine = createAdGoalEngine(world);
  });
  // Contact data arrives as events (forms, stage changes); load them before the goals start so the
  // timed work below is pure measurement.
  for (const e of events) engine.apply({...e, at: START - DAY});
  const snapshot = engine.snapshot();
  const mid = START + 500 * DAY;

  const fresh = createAdGoalEngine(world, snapshot);
  const preaggregateMs = time(() => fresh.refreshNow(mid));

  const recompute: number[] = [];
  const daily: number[] = [];
  for (let i = 0; i < 5; i++) {
    const e = createAdGoalEngine(world, snapshot);
    e.refreshNow(mid); // builds the prefix sums (pre-aggregation), as a running engine has them
    daily.push(time(() => e.advanceTo(mid + DAY)));
    let outputs = 0;
    recompute.push(time(() => {
      e.advanceTo(world.now);
      outputs = Object.keys(e.output().adGoals).length;
    }));
    if (outputs !== GOALS) throw new Error(`bench: expected ${GOALS} goals in the output, got ${outputs}`);
  }
  return {
    'adgoals.ingestMs': ingestMs,
    'adgoals.preaggregateMs': preaggregateMs,
    'adgoals.recomputeMs': median(recompute),
    'adgoals.dailyRefreshMs': median(daily),
  };
}
