/**
 * Test helpers: a small World and a loop that drives one lead engine the way the scenario runner does
 * (advanceTo, drop repeated ids, apply, feed emitted events back). Used by the *.test.ts files here only.
 */
import type {Effect, Instant, Lead, LeadAutomationSettings, ScenarioEvent, TrailEntry, World} from '../model';
import type {LeadEngine} from './engine';

export const T0 = Date.parse('2026-01-05T09:00:00Z');
export const HOUR = 3_600_000;
export const at = (hours: number): Instant => T0 + hours * HOUR;

export function makeWorld(parts: {
  leads?: Array<Lead & {ownerId?: string}>;
  contacts?: Array<{id: string; lifecyclestage?: string}>;
  leadAutomation?: Partial<LeadAutomationSettings> & Record<string, unknown>;
  now?: Instant;
}): World {
  const leads = parts.leads ?? [];
  const contactIds = new Set([...(parts.contacts ?? []).map((c) => c.id), ...leads.map((l) => l.contactId)]);
  const stages = new Map((parts.contacts ?? []).map((c) => [c.id, c.lifecyclestage]));
  return {
    now: parts.now ?? at(1000),
    fiscalYearStartMonth: 1,
    users: [{id: 'u1'}, {id: 'u2'}],
    companies: [],
    contacts: [...contactIds].map((id) => ({
      id,
      companyIds: [],
      properties: (stages.get(id) ? {lifecyclestage: stages.get(id) as string} : {}) as Record<string, string>,
      buyingRoles: [],
      lawfulBasis: true,
    })),
    deals: [],
    lists: [],
    workflows: [],
    leads,
    leadAutomation: parts.leadAutomation as LeadAutomationSettings | undefined,
    adMetrics: [],
    adGoals: [],
    events: [],
  };
}

type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
let counter = 0;
/** An event with a fresh id unless one is given; `hours` after T0. */
export function ev(hours: number, body: Without<ScenarioEvent, 'id' | 'at'> & {id?: string}): ScenarioEvent {
  counter += 1;
  return {id: body.id ?? `e${counter}`, at: at(hours), ...body} as ScenarioEvent;
}

export interface Driven {
  trail: TrailEntry[];
  effects: Effect[];
  emitted: ScenarioEvent[];
}

export function drive(engine: LeadEngine, events: ScenarioEvent[], until?: Instant, seen = new Set<string>()): Driven {
  const out: Driven = {trail: [], effects: [], emitted: []};
  const collect = (result: {effects: Effect[]; trail: TrailEntry[]}) => {
    out.trail.push(...result.trail);
    for (const effect of result.effects) {
      if (effect.kind !== 'emit') {
        out.effects.push(effect);
        continue;
      }
      out.emitted.push(effect.event);
      if (seen.has(effect.event.id)) continue;
      seen.add(effect.event.id);
      collect(engine.apply(effect.event));
    }
  };
  for (const event of events) {
    collect(engine.advanceTo(event.at));
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    collect(engine.apply(event));
  }
  if (until !== undefined) collect(engine.advanceTo(until));
  return out;
}
