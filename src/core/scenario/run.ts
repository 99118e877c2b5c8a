/**
 * The engine loop shared by `npm run replay`, the options page's what-if run and the background:
 * events in order, timed work between them, emitted events fed back to every rule set.
 */
import {createAccountEngine} from '../accounts';
import {createAdGoalEngine} from '../adgoals';
import {createLeadEngine} from '../leads';
import type {DomainEngine, Effect, Instant, ScenarioEvent, TrailEntry, World} from '../model';
import {createWorkflowEngine} from '../workflows';

export interface Engines {
  workflows: DomainEngine<unknown>;
  leads: DomainEngine<unknown>;
  adGoals: DomainEngine<unknown>;
  accounts: DomainEngine<unknown>;
}
export type EngineSnapshots = Partial<Record<keyof Engines, unknown>>;

export function createEngines(world: World, snapshots: EngineSnapshots = {}): Engines {
  return {
    workflows: createWorkflowEngine(world, snapshots.workflows as never) as DomainEngine<unknown>,
    leads: createLeadEngine(world, snapshots.leads as never) as DomainEngine<unknown>,
    adGoals: createAdGoalEngine(world, snapshots.adGoals as never) as DomainEngine<unknown>,
    accounts: createAccountEngine(world, snapshots.accounts as never) as DomainEngine<unknown>,
  };
}

/** An emitted event can emit again (a set property creating a lead, whose stage action…); bound it. */
const MAX_EMIT_DEPTH = 16;

export class EngineRunner {
  readonly seen: Set<string>;
  readonly trail: TrailEntry[] = [];
  readonly effects: Effect[] = [];
  /** Events the engines emitted and dispatched to each other (a workflow's task, an accepted recommendation). */
  readonly emitted: ScenarioEvent[] = [];
  /** The latest time the engines were advanced to (-Infinity before the first event). */
  clock = -Infinity;
  private readonly list: Array<DomainEngine<unknown>>;

  /**
   * The ids of events the engines emitted, ever (a subset of `seen`). A host whose log already refuses a
   * repeated event id needs only these to rebuild `seen`: they are never log entries.
   */
  readonly seenEmitted: Set<string>;

  /** `emitted`: ids already emitted before (from a host's snapshot); they count as seen too. */
  constructor(readonly engines: Engines, seen: Iterable<string> = [], emitted: Iterable<string> = []) {
    this.seen = new Set(seen);
    this.seenEmitted = new Set(emitted);
    for (const id of this.seenEmitted) this.seen.add(id);
    this.list = Object.values(engines);
  }

  /** Apply one event; returns false when its id was seen before (WG/LA: a repeated event changes nothing). */
  apply(event: ScenarioEvent): boolean {
    this.advanceTo(event.at);
    if (this.seen.has(event.id)) return false;
    this.seen.add(event.id);
    this.dispatch(event, 0);
    return true;
  }

  advanceTo(at: Instant): void {
    if (at > this.clock) this.clock = at;
    for (const engine of this.list) this.collect(engine.advanceTo(at), 0);
  }

  private dispatch(event: ScenarioEvent, depth: number): void {
    for (const engine of this.list) this.collect(engine.apply(event), depth);
  }

  private collect(result: {effects: Effect[]; trail: TrailEntry[]}, depth: number): void {
    for (const entry of result.trail) this.trail.push(entry);
    for (const effect of result.effects) {
      if (effect.kind !== 'emit') {
        this.effects.push(effect);
        continue;
      }
      if (depth >= MAX_EMIT_DEPTH) throw new Error(`emitted events nest deeper than ${MAX_EMIT_DEPTH} (last: ${effect.event.id})`);
      if (this.seen.has(effect.event.id)) continue;
      this.seen.add(effect.event.id);
      this.seenEmitted.add(effect.event.id);
      this.emitted.push(effect.event);
      this.dispatch(effect.event, depth + 1);
    }
  }

  output(): Record<string, unknown> {
    return Object.assign({}, ...this.list.map((engine) => engine.output()));
  }
}

export interface ReplayResult {
  output: Record<string, unknown>;
  trail: TrailEntry[];
  effects: Effect[];
}

export function replay(world: World): ReplayResult {
  const runner = new EngineRunner(createEngines(world));
  for (const event of world.events) runner.apply(event);
  runner.advanceTo(world.now);
  return {output: pruneEmpty(runner.output(), world), trail: runner.trail, effects: runner.effects};
}

/** SCENARIO.md: "A section whose settings are absent from the input may be omitted from the output." */
function pruneEmpty(output: Record<string, unknown>, world: World): Record<string, unknown> {
  const present: Record<string, boolean> = {
    workflows: world.workflows.length > 0,
    enrollments: world.workflows.length > 0,
    leads: world.leads.length > 0 || world.leadAutomation !== undefined || world.events.some((e) => e.type === 'recordUpserted' && e.record.kind === 'lead'),
    adGoals: world.adGoals.length > 0,
    targetAccounts: world.companies.length > 0 || world.events.some((e) => e.type === 'recordUpserted' && e.record.kind === 'company'),
  };
  return Object.fromEntries(Object.entries(output).filter(([key]) => present[key] ?? true));
}
