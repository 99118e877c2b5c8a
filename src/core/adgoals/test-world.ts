/**
 * Test helpers: a small World with defaults, and the runner's loop for this engine alone (advance before
 * each event, drop repeated ids, advance to now) so unit tests see what replay shows.
 */
import type {AdGoal, Effect, ScenarioEvent, TrailEntry, World} from '../model';
import {createAdGoalEngine, type AdGoalEngine} from './engine';
import type {AdGoalSnapshot} from './state';

export const at = (iso: string): number => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);

export function goal(over: Partial<AdGoal> = {}): AdGoal {
  return {
    id: 'g1',
    name: 'Q1 conversions',
    ownerId: 'u1',
    template: 'networkConversions',
    accountIds: ['a1'],
    campaignIds: ['k1'],
    duration: 'monthly',
    start: '2026-01-01',
    end: '2026-03-31',
    alignToFiscalYear: false,
    target: 10,
    periodTargets: {},
    ...over,
  };
}

export function world(over: Partial<World> = {}): World {
  return {
    now: at('2026-04-01'),
    fiscalYearStartMonth: 1,
    users: [{id: 'u1', teamId: 't1'}],
    companies: [],
    contacts: [],
    deals: [],
    lists: [],
    workflows: [],
    leads: [],
    adMetrics: [],
    adGoals: [goal()],
    events: [],
    ...over,
  };
}

export interface Run {
  engine: AdGoalEngine;
  effects: Effect[];
  trail: TrailEntry[];
}

/** Like the lead's runner: advance before each event, skip seen ids, then advance to `now`. */
export function run(w: World, snapshot?: AdGoalSnapshot, events: ScenarioEvent[] = w.events, now = w.now): Run {
  const engine = createAdGoalEngine(w, snapshot);
  const effects: Effect[] = [];
  const trail: TrailEntry[] = [];
  const collect = (r: {effects: Effect[]; trail: TrailEntry[]}) => {
    effects.push(...r.effects);
    trail.push(...r.trail);
  };
  const seen = new Set<string>();
  for (const event of events) {
    collect(engine.advanceTo(event.at));
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    collect(engine.apply(event));
  }
  collect(engine.advanceTo(now));
  return {engine, effects, trail};
}

export const metric = (date: string, campaignId: string, spend: number, conversions: number, accountId = 'a1') => ({date, accountId, campaignId, spend, conversions});
