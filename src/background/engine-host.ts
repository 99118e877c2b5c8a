/**
 * Runs the core engines (src/core) inside the service worker.
 *
 * - New log events and what the engines made of them are written in ONE transaction: a worker stopped at
 *   any moment leaves either both or neither (the engines are synchronous, so the transaction stays open).
 * - Persistence is a snapshot plus a tail. Each change appends one small tail step (the engine events it
 *   applied and the times it advanced to) instead of rewriting every engine's state: with 5,000 target
 *   accounts and 500,000 activities a full snapshot is ~80 MB and seconds of work, and one logged call
 *   must not cost that. The snapshot is rewritten (and the tail cleared) when the worker is idle and the
 *   tail has grown past TAIL_LIMITS.idleEvents / idleSteps, or within the change itself past
 *   TAIL_LIMITS.maxEvents / maxSteps (an import; a worker never idle), which bounds the replay on wake.
 *   The engines are deterministic, so snapshot + tail replayed = the state in memory.
 * - Engines live in memory while the worker lives and are re-created from snapshot + tail when it wakes
 *   (the tail's trail, effects and emitted events were stored and run when it was written: replay drops
 *   them). Any failure drops the in-memory copy, so the next call starts from what is stored.
 * - A change of rules (settings) rebuilds every projection by replaying the event log: projections are
 *   derived data (DESIGN.md "Data model").
 */
import type {Effect, Instant, ScenarioEvent, TrailEntry, World} from '../core/model';
import {createEngines, EngineRunner, type EngineSnapshots, type Engines} from '../core/scenario/run';
import {readSettings} from './settings-store';
import {settingsWorld} from '../shared/settings';
import {db, RECORD_COUNTS_KEY, recordCountsOf, StorageError, writeAtomically, type StoredEvent, type StoredRecord, type StoredTrail} from './db';
import {mergeRecord} from './store';

const STATE_KEY = 'engines';
const TAIL_PREFIX = 'engines-tail:';
const tailRange = () => IDBKeyRange.bound(TAIL_PREFIX, `${TAIL_PREFIX}\uffff`);
const tailKey = (seq: number) => `${TAIL_PREFIX}${String(seq).padStart(12, '0')}`;
export const TAIL_LIMITS = {
  /** Compact when idle past these: replaying 1,000 events on wake costs ~30 ms. */
  idleEvents: 1_000,
  idleSteps: 200,
  /** Compact within the change past these: a wake then never replays more than ~0.5 s of events. */
  maxEvents: 20_000,
  maxSteps: 2_000,
  /** How long the worker must be idle (no engine work) before an idle compaction. */
  idleDelayMs: 3_000,
};
let limits = {...TAIL_LIMITS};

interface EngineState {
  snapshots: EngineSnapshots;
  /**
   * Written before the tail: every event id ever applied (500,000+ at the scale). Now empty: the
   * log refuses a repeated id before the engines see it, so only `emitted` is needed.
   */
  seen: string[];
  /** Ids of the events the engines emitted (never log entries): a repeat of one is not dispatched again. */
  emitted?: string[];
  /** The runner's clock when the snapshot was taken (absent in snapshots written before the tail). */
  clock?: Instant;
  /** The settings the snapshots were built with; a different value means rebuild. */
  rulesKey: string;
}

/** One change since the snapshot, enough to run it again: advance to `before`, apply `events`, advance to `now`. */
export interface TailStep {
  rulesKey: string;
  before: Instant;
  events: ScenarioEvent[];
  now: Instant;
}

interface Tail {
  steps: number;
  events: number;
  next: number;
}

export interface Loaded {
  runner: EngineRunner;
  engines: Engines;
  world: World;
  rulesKey: string;
  tail: Tail;
}

export interface IngestResult {
  newEvents: number;
  newRecords: number;
  trail: TrailEntry[];
  effects: Effect[];
}

export type EffectHandler = (effects: Effect[], now: number) => Promise<void> | void;
const effectHandlers: EffectHandler[] = [];
/** Capabilities register what to do with effects (notifications, webhooks, tasks). */
export function onEffects(handler: EffectHandler): void {
  effectHandlers.push(handler);
}

let cached: Loaded | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** Engine work runs one batch at a time: messages arrive concurrently, state must not interleave. */
function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

async function rules(now: number): Promise<{world: World; rulesKey: string}> {
  const {settings} = await readSettings();
  const parsed = settingsWorld(settings, now);
  if (!parsed.ok) throw new Error(`Settings are invalid at ${parsed.error.path}: ${parsed.error.message}`);
  const rulesKey = JSON.stringify([settings.workflows, settings.lists, settings.leadAutomation, settings.adGoals, settings.users, settings.gdprMode, settings.fiscalYearStartMonth]);
  return {world: parsed.world, rulesKey};
}

function replayStep(runner: EngineRunner, step: TailStep): void {
  runner.advanceTo(step.before);
  for (const event of step.events) runner.apply(event);
  runner.advanceTo(step.now);
}

async function load(now: number): Promise<Loaded> {
  const {world, rulesKey} = await rules(now);
  if (cached && cached.rulesKey === rulesKey) return cached;
  const tx = (await db()).transaction('state');
  const [stored, tail] = await Promise.all([tx.store.get(STATE_KEY), tx.store.getAll(tailRange())]);
  const state = stored?.value as EngineState | undefined;
  const steps = tail.map((entry) => entry.value as TailStep);
  if (state && state.rulesKey === rulesKey && steps.every((step) => step.rulesKey === rulesKey)) {
    const engines = createEngines(world, state.snapshots);
    const runner = new EngineRunner(engines, state.seen, state.emitted);
    if (state.clock !== undefined) runner.clock = state.clock;
    for (const step of steps) replayStep(runner, step);
    // Stored and run when the step was written.
    runner.trail.length = 0;
    runner.effects.length = 0;
    runner.emitted.length = 0;
    const last = tail.at(-1)?.key;
    const next = last ? Number(last.slice(TAIL_PREFIX.length)) + 1 : 1;
    cached = {runner, engines, world, rulesKey, tail: {steps: steps.length, events: steps.reduce((n, step) => n + step.events.length, 0), next}};
    return cached;
  }
  return rebuild(world, rulesKey, now);
}

/** Replays the whole log through fresh engines (after a rules change or with no usable snapshot). */
async function rebuild(world: World, rulesKey: string, now: number): Promise<Loaded> {
  const database = await db();
  const events = await database.getAllFromIndex('events', 'by-at');
  const engines = createEngines(world);
  const runner = new EngineRunner(engines);
  for (const stored of events) if (stored.engine) runner.apply(stored.engine);
  runner.advanceTo(now);
  const loaded: Loaded = {runner, engines, world, rulesKey, tail: {steps: 0, events: 0, next: 1}};
  const tx = database.transaction(['state', 'derived'], 'readwrite');
  await writeAtomically(tx, async (writes) => {
    const derived = tx.objectStore('derived');
    writes.push(derived.clear());
    writeEmitted(loaded, derived, writes);
    writeSnapshot(loaded, tx.objectStore('state'), writes);
  });
  cached = loaded;
  return cached;
}

function stateOf(runner: EngineRunner, engines: Engines, rulesKey: string): EngineState {
  const snapshots: EngineSnapshots = {};
  for (const [name, engine] of Object.entries(engines)) snapshots[name as keyof Engines] = engine.snapshot();
  return {snapshots, seen: [], emitted: [...runner.seenEmitted], clock: runner.clock, rulesKey};
}

type StateStore = {put(value: {key: string; value: unknown}): Promise<unknown>; delete(range: IDBKeyRange): Promise<unknown>};
type DerivedStore = {put(value: {id: string; at: number; engine: ScenarioEvent}): Promise<unknown>};

/** The full snapshot and the tail cleared, always together: the one way the snapshot is written. */
function writeSnapshot(loaded: Loaded, state: StateStore, writes: Array<Promise<unknown>>): void {
  writes.push(state.put({key: STATE_KEY, value: stateOf(loaded.runner, loaded.engines, loaded.rulesKey)}));
  writes.push(state.delete(tailRange()));
  loaded.tail = {steps: 0, events: 0, next: loaded.tail.next};
}

/** The events the engines emitted since the last write, kept in the derived store for the views. */
function writeEmitted(loaded: Loaded, derived: DerivedStore, writes: Array<Promise<unknown>>): void {
  for (const event of loaded.runner.emitted.splice(0)) writes.push(derived.put({id: event.id, at: event.at, engine: event}));
}

/**
 * Queue the writes that persist one change (`step`, already applied to the in-memory engines): its
 * emitted events, and either one more tail step or, past the tail's limits, the full snapshot with the
 * tail cleared. The caller commits them in the same transaction as the change's log events and trail.
 */
function persist(loaded: Loaded, step: Omit<TailStep, 'rulesKey'>, stores: {state: StateStore; derived: DerivedStore}, writes: Array<Promise<unknown>>): void {
  writeEmitted(loaded, stores.derived, writes);
  const {tail} = loaded;
  if (tail.events + step.events.length > limits.maxEvents || tail.steps + 1 > limits.maxSteps) {
    writeSnapshot(loaded, stores.state, writes);
  } else {
    writes.push(stores.state.put({key: tailKey(tail.next), value: {rulesKey: loaded.rulesKey, ...step} satisfies TailStep}));
    loaded.tail = {steps: tail.steps + 1, events: tail.events + step.events.length, next: tail.next + 1};
  }
}

let idleTimer: ReturnType<typeof setTimeout> | undefined;
/** After a change: if the tail has grown, rewrite the snapshot once the worker has been idle a while. */
function scheduleCompaction(): void {
  if (idleTimer !== undefined) clearTimeout(idleTimer);
  idleTimer = undefined;
  if (!cached || (cached.tail.events < limits.idleEvents && cached.tail.steps < limits.idleSteps)) return;
  idleTimer = setTimeout(() => {
    idleTimer = undefined;
    compactEngines().catch(() => undefined); // stored state is intact either way: snapshot + tail
  }, limits.idleDelayMs);
}

/**
 * Write the full snapshot of the engines in memory and clear the tail (one transaction). Returns false
 * when there was nothing to compact. A failure leaves snapshot + tail as they were (still consistent).
 */
export function compactEngines(): Promise<boolean> {
  return exclusive(async () => {
    const loaded = cached;
    if (!loaded || loaded.tail.steps === 0) return false;
    const tx = (await db()).transaction('state', 'readwrite');
    const tail = loaded.tail;
    try {
      await writeAtomically(tx, async (writes) => writeSnapshot(loaded, tx.store, writes));
    } catch (error) {
      loaded.tail = tail; // still snapshot + that tail in storage
      throw error;
    }
    return true;
  });
}

/** For tests: other tail limits (unset ones go back to TAIL_LIMITS). */
export function setTailLimits(overrides: Partial<typeof TAIL_LIMITS>): void {
  limits = {...TAIL_LIMITS, ...overrides};
}

/** Read the engines' current state (for handlers answering the UI). */
export function readEngines<T>(now: number, read: (loaded: Loaded) => T): Promise<T> {
  return exclusive(async () => {
    const loaded = await load(now);
    const [trailBefore, effectsBefore, before] = [loaded.runner.trail.length, loaded.runner.effects.length, loaded.runner.clock];
    loaded.runner.advanceTo(now);
    // Timed work that fell due here (a delay ending) is stored and its effects run, as an ingest's
    // would be: a read must never be the only place a step ran (docs/security.md C4).
    if (changed(loaded.runner, trailBefore, effectsBefore)) await commitAdvance(loaded, trailBefore, effectsBefore, before, now);
    return read(loaded);
  });
}

/** Did the engines produce anything since these marks (a trail entry, an effect, an emitted event)? */
const changed = (runner: EngineRunner, trailBefore: number, effectsBefore: number) =>
  runner.trail.length > trailBefore || runner.effects.length > effectsBefore || runner.emitted.length > 0;

async function commitAdvance(loaded: Loaded, trailBefore: number, effectsBefore: number, before: Instant, now: number): Promise<void> {
  const trail = loaded.runner.trail.splice(trailBefore);
  const effects = loaded.runner.effects.splice(effectsBefore);
  const tx = (await db()).transaction(['trail', 'state', 'derived'], 'readwrite');
  try {
    await writeAtomically(tx, async (writes) => {
      for (const entry of trail) writes.push(tx.objectStore('trail').add(entry as StoredTrail));
      persist(loaded, {before, events: [], now}, {state: tx.objectStore('state'), derived: tx.objectStore('derived')}, writes);
    });
  } catch (error) {
    cached = undefined; // the in-memory engines moved ahead of what is stored
    throw error;
  }
  scheduleCompaction();
  for (const handler of effectHandlers) await handler(effects, now);
}

/** Below this many ids, existence is checked id by id; above it, with one getAllKeys over their key range. */
const BULK_LOOKUP = 200;

type KeyStore = {getKey(id: string): Promise<unknown>; getAllKeys(range: IDBKeyRange): Promise<IDBValidKey[]>};

/**
 * Which of `ids` are stored already. A big batch (an import) asks once for every key in the ids' range
 * instead of 100,000 requests; the sorted order of strings is IndexedDB's key order.
 */
async function storedKeys(store: KeyStore, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  if (ids.length < BULK_LOOKUP) {
    const keys = await Promise.all(ids.map((id) => store.getKey(id)));
    return new Set(ids.filter((_id, i) => keys[i] !== undefined));
  }
  let min = ids[0];
  let max = ids[0];
  for (const id of ids) {
    if (id < min) min = id;
    if (id > max) max = id;
  }
  const wanted = new Set(ids);
  const found = new Set<string>();
  for (const key of await store.getAllKeys(IDBKeyRange.bound(min, max))) if (typeof key === 'string' && wanted.has(key)) found.add(key);
  return found;
}

export interface IngestOptions {
  /** A record stored already keeps its firstSeen/lastSeen (an import: importing again changes nothing). */
  keepTimes?: boolean;
}

/**
 * Store records and log events, and run the new engine events through the engines, all in one
 * transaction. Events already in the log are skipped: capturing or importing twice changes nothing.
 * Durability is 'relaxed' (atomicity is unchanged: all or nothing; only the wait for the disk flush
 * before 'complete' is skipped, as Chromium does by default).
 */
export function ingest(records: StoredRecord[], events: StoredEvent[], now: number, options: IngestOptions = {}): Promise<IngestResult> {
  return exclusive(async () => {
    const bad = [...records, ...events].find((item) => typeof item.id !== 'string' || item.id === '');
    if (bad) throw new StorageError('storage-failed', 'Nothing was saved: an item has no id');
    const loaded = await load(now);
    const database = await db();
    const tx = database.transaction(['records', 'events', 'trail', 'state', 'derived'], 'readwrite', {durability: 'relaxed'});
    const trailBefore = loaded.runner.trail.length;
    const effectsBefore = loaded.runner.effects.length;
    const before = loaded.runner.clock;
    let result: IngestResult;
    try {
      result = await writeAtomically(tx, async (writes) => {
        faultHook?.('start');
        const recordStore = tx.objectStore('records');
        const eventStore = tx.objectStore('events');
        const stateStore = tx.objectStore('state');
        const [knownRecords, knownEvents, storedCounts] = await Promise.all([
          storedKeys(recordStore, records.map((r) => r.id)),
          storedKeys(eventStore, events.map((e) => e.id)),
          records.length ? stateStore.get(RECORD_COUNTS_KEY) : undefined,
        ]);
        const oldRecords = new Map<string, StoredRecord>();
        await Promise.all([...knownRecords].map(async (id) => {
          const old = await recordStore.get(id);
          if (old) oldRecords.set(id, old);
        }));
        let newRecords = 0;
        const written = new Map<string, StoredRecord>();
        for (const record of records) {
          const old = written.get(record.id) ?? oldRecords.get(record.id);
          if (!old) newRecords++;
          const merged = !old ? record : mergeRecord(old, options.keepTimes ? {...record, firstSeen: old.firstSeen, lastSeen: old.lastSeen} : record);
          written.set(record.id, merged);
        }
        for (const record of written.values()) writes.push(recordStore.put(record));
        if (newRecords) {
          const counts = recordCountsOf(storedCounts?.value);
          for (const [id, record] of written) if (!oldRecords.has(id)) counts[record.kind]++;
          writes.push(stateStore.put({key: RECORD_COUNTS_KEY, value: counts}));
        }
        const fresh: StoredEvent[] = [];
        const seen = new Set<string>();
        events.forEach((event) => {
          if (knownEvents.has(event.id) || seen.has(event.id)) return;
          seen.add(event.id);
          fresh.push(event);
          writes.push(eventStore.add(event));
        });
        // Synchronous from here to the last write: the transaction stays open.
        const applied: ScenarioEvent[] = [];
        for (const event of fresh.slice().sort((a, b) => a.at - b.at)) {
          if (!event.engine) continue;
          applied.push(event.engine);
          loaded.runner.apply(event.engine);
        }
        loaded.runner.advanceTo(now);
        const worthAStep = applied.length > 0 || changed(loaded.runner, trailBefore, effectsBefore);
        const trail = loaded.runner.trail.splice(trailBefore);
        const effects = loaded.runner.effects.splice(effectsBefore);
        const trailStore = tx.objectStore('trail');
        for (const entry of trail) writes.push(trailStore.add(entry as StoredTrail));
        // Nothing applied and nothing fell due: the next step's `before` carries this advance.
        if (worthAStep) persist(loaded, {before, events: applied, now}, {state: stateStore, derived: tx.objectStore('derived')}, writes);
        faultHook?.('written');
        return {newEvents: fresh.length, newRecords, trail, effects};
      });
    } catch (error) {
      cached = undefined; // the in-memory engines may have moved ahead of what is stored
      throw error;
    }
    scheduleCompaction();
    for (const handler of effectHandlers) await handler(result.effects, now);
    return result;
  });
}

/** Events a user made through the overlay (moved a lead, set a target account, …). */
export function recordUserEvents(events: ScenarioEvent[], subject: string, now: number): Promise<IngestResult> {
  return ingest([], events.map((engine) => ({id: engine.id, at: engine.at, recordedAt: now, type: engine.type, subject, body: null, engine})), now);
}

/** Timed work (workflow delays, ad-goal refreshes) due by `now`; called from chrome.alarms. */
export function advanceEngines(now: number): Promise<IngestResult> {
  return ingest([], [], now);
}

/** Settings changed: rebuild projections from the log now, not lazily on the next message. */
export function rulesChanged(now: number): Promise<void> {
  return exclusive(async () => {
    cached = undefined;
    const {world, rulesKey} = await rules(now);
    await rebuild(world, rulesKey, now);
  });
}

let faultHook: ((stage: 'start' | 'written') => void) | undefined;
/** Fault injection at the storage boundary, for the chaos and quota tests. */
export function setIngestFault(hook: typeof faultHook): void {
  faultHook = hook;
}

/** For tests: forget the in-memory engines. */
export function resetEngineHost(): void {
  if (idleTimer !== undefined) clearTimeout(idleTimer);
  idleTimer = undefined;
  cached = undefined;
  queue = Promise.resolve();
}
