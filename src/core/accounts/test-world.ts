/** Small worlds for the account engine's unit tests (not shipped: only tests import it). */
import type {Company, Contact, Deal, ScenarioEvent, User, World} from '../model';
import {createAccountEngine, type AccountEngine} from './engine';

export const t = (iso: string): number => Date.parse(iso);

export function world(parts: {users?: User[]; companies?: Array<Partial<Company> & {id: string}>; contacts?: Array<Partial<Contact> & {id: string}>; deals?: Array<Partial<Deal> & {id: string}>; gdprMode?: boolean; now?: string}): World {
  return {
    now: t(parts.now ?? '2026-03-31T00:00:00Z'),
    fiscalYearStartMonth: 1,
    users: parts.users ?? [],
    companies: (parts.companies ?? []).map((c) => ({name: c.id, targetAccount: false, properties: {}, ...c})),
    contacts: (parts.contacts ?? []).map((c) => ({companyIds: [], properties: {}, buyingRoles: [], lawfulBasis: true, ...c})),
    deals: (parts.deals ?? []).map((d) => ({companyIds: [], amount: 0, stage: 'open' as const, ...d})),
    lists: [],
    workflows: [],
    leads: [],
    adMetrics: [],
    adGoals: [],
    events: [],
    gdprMode: parts.gdprMode,
  };
}

/** Drives the engine the way the runner does: advanceTo(at) before each apply, emitted events fed back. */
export function run(engine: AccountEngine, events: ScenarioEvent[], now?: number): AccountEngine {
  const queue = [...events];
  while (queue.length) {
    const event = queue.shift()!;
    engine.advanceTo(event.at);
    for (const effect of engine.apply(event).effects) if (effect.kind === 'emit') queue.unshift(effect.event);
  }
  if (now !== undefined) engine.advanceTo(now);
  return engine;
}

export const engineFor = (w: World, events: ScenarioEvent[] = [], now?: number) => run(createAccountEngine(w), events, now);

let n = 0;
/** An event with a fresh id; `at` is an ISO string for readability. */
export function ev<E extends Omit<ScenarioEvent, 'id' | 'at'>>(at: string, body: E): ScenarioEvent {
  return {id: `e${++n}`, at: t(at), ...body} as unknown as ScenarioEvent;
}
