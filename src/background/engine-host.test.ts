/**
 * The engines' persistence (issue 7 "one user action at 5,000 accounts"): a change appends a small tail
 * step instead of rewriting every engine's snapshot; a worker that wakes (memory gone) replays the tail
 * over the snapshot and has exactly the state it had in memory, without storing its trail or running its
 * effects a second time; past the tail's limits the full snapshot is written and the tail cleared.
 */
import {IDBFactory} from 'fake-indexeddb';
import {beforeEach, describe, expect, test, vi} from 'vitest';
import {createFakeBrowser} from '../../tests/unit/fake-browser';
import browser from '../shared/browser';
import {DEFAULT_SETTINGS, type Settings} from '../shared/settings';
import type {Effect, ScenarioEvent} from '../core/model';
import type {Engines} from '../core/scenario/run';
import {readAccountOverview} from './account-activities';
import {db, resetDbConnection} from './db';
import {advanceEngines, compactEngines, ingest, onEffects, readEngines, recordUserEvents, resetEngineHost, rulesChanged, setIngestFault, setTailLimits, type TailStep} from './engine-host';
import {writeSettings} from './settings-store';

vi.mock('../shared/browser', () => ({default: createFakeBrowser()}));

const T = Date.parse('2026-03-02T10:00:00Z');
const HOUR = 3_600_000;
const effects: Effect[] = [];
onEffects((list) => void effects.push(...list));

const workflow = {
  id: 'wf-follow-up',
  enrollment: {event: 'formSubmitted'},
  goal: null,
  steps: [{type: 'createTask', title: 'Call back'}, {type: 'delay', hours: 1}, {type: 'notify', message: 'An hour later'}],
};

const company = (id: string, at: number): ScenarioEvent => ({id: `rec:${id}`, at, type: 'recordUpserted', record: {kind: 'company', id, name: `Company ${id}`}});
const contact = (id: string, companyId: string, at: number): ScenarioEvent => ({id: `rec:${id}`, at, type: 'recordUpserted', record: {kind: 'contact', id, companyIds: [companyId]}});

async function tail(): Promise<TailStep[]> {
  const entries = await (await db()).getAll('state', IDBKeyRange.bound('engines-tail:', 'engines-tail:\uffff'));
  return entries.map((e) => e.value as TailStep);
}
const snapshotRecord = async () => (await db()).get('state', 'engines');

/** Everything the engines hold, as a stored snapshot would (Maps compared by content). */
const engineState = (now: number) =>
  readEngines(now, ({engines, runner}) => ({
    snapshots: Object.fromEntries(Object.entries(engines).map(([name, engine]) => [name, (engine as Engines[keyof Engines]).snapshot()])),
    output: runner.output(),
    // What dedupes across a wake: the emitted ids (the log refuses a repeated stored id itself).
    emitted: [...runner.seenEmitted].sort(),
  }));

beforeEach(async () => {
  await browser.storage.local.clear();
  globalThis.indexedDB = new IDBFactory();
  resetDbConnection();
  resetEngineHost();
  setIngestFault(undefined);
  setTailLimits({idleDelayMs: 60_000}); // no idle compaction unless a test asks for it
  effects.length = 0;
  await writeSettings({...DEFAULT_SETTINGS, workflows: [workflow]} as Settings);
  await rulesChanged(T - HOUR);
});

/** A day of work in small changes: records, a form that enrols (task now, notify after the delay), target flags, calls. */
async function aDayOfChanges(): Promise<void> {
  await recordUserEvents([company('co1', T), contact('c1', 'co1', T), contact('c2', 'co1', T)], 'setup', T);
  await recordUserEvents([{id: 'f1', at: T + 1000, type: 'formSubmitted', contactId: 'c1', formId: 'demo'}], 'contact:c1', T + 1000);
  await recordUserEvents([{id: 't1', at: T + 2000, type: 'targetAccountSet', companyId: 'co1', value: true}], 'co1', T + 2000);
  await readEngines(T + 2 * HOUR, () => undefined); // the delay falls due in a read
  await recordUserEvents([{id: 'call1', at: T + 3 * HOUR, type: 'callLogged', contactId: 'c2', userId: 'u1', outcome: 'connected'}], 'contact:c2', T + 3 * HOUR);
  await advanceEngines(T + 4 * HOUR);
}

describe('engine persistence: snapshot + tail', () => {
  test('a change appends one tail step with the events it applied and leaves the snapshot as it was', async () => {
    const before = await snapshotRecord();
    await recordUserEvents([company('co1', T)], 'co1', T);
    expect(await snapshotRecord()).toEqual(before);
    const steps = await tail();
    expect(steps).toHaveLength(1);
    expect(steps[0].events.map((e) => e.id)).toEqual(['rec:co1']);
    expect(steps[0].now).toBe(T);
  });

  test('a change that applied nothing and made nothing due writes no step', async () => {
    await recordUserEvents([company('co1', T)], 'co1', T);
    await advanceEngines(T + 1000);
    await recordUserEvents([company('co1', T)], 'co1', T + 2000); // the same event again: skipped
    expect(await tail()).toHaveLength(1);
  });

  test('TA-16 WG-5 a worker that wakes replays the tail: the same state as in memory, its trail not stored twice, its effects not run again', async () => {
    await aDayOfChanges();
    const inMemory = await engineState(T + 5 * HOUR);
    const trailCount = await (await db()).count('trail');
    const effectCount = effects.length;
    expect(effects.some((e) => e.kind === 'notify' && e.message === 'An hour later')).toBe(true);
    expect((await tail()).length).toBeGreaterThanOrEqual(5);

    resetEngineHost(); // the worker stops: memory gone
    expect(await engineState(T + 5 * HOUR)).toEqual(inMemory);
    expect(await (await db()).count('trail')).toBe(trailCount);
    expect(effects).toHaveLength(effectCount);
    const row = await readEngines(T + 5 * HOUR, ({runner}) => (runner.output() as {targetAccounts: {rows: Record<string, {lastTouch: string | null}>}}).targetAccounts.rows.co1);
    expect(row.lastTouch).toBe(new Date(T + 3 * HOUR).toISOString().replace('.000Z', 'Z'));
  });

  test('past the tail limit a change writes the full snapshot and clears the tail; a wake then needs no replay', async () => {
    setTailLimits({idleDelayMs: 60_000, maxEvents: 50, maxSteps: 3});
    await recordUserEvents([company('co1', T)], 'co1', T);
    expect(await tail()).toHaveLength(1);
    const many: ScenarioEvent[] = Array.from({length: 50}, (_, i) => contact(`c${i}`, 'co1', T + 1));
    await recordUserEvents(many, 'import', T + 10);
    expect(await tail()).toEqual([]);
    const snapshot = (await snapshotRecord())?.value as {seen: string[]; emitted: string[]};
    expect(snapshot.seen).toEqual([]); // the log dedupes stored events; only emitted ids are kept
    expect(snapshot.emitted).toEqual([]);
    // …and past the step limit too.
    for (let i = 0; i < 3; i++) await recordUserEvents([company(`co-${i}`, T + 20 + i)], 'x', T + 20 + i);
    expect(await tail()).toHaveLength(3);
    await recordUserEvents([company('co-last', T + 30)], 'x', T + 30);
    expect(await tail()).toEqual([]);
    const inMemory = await engineState(T + 40);
    resetEngineHost();
    expect(await engineState(T + 40)).toEqual(inMemory);
  });

  test('WG-6 a workflow\'s emitted task keeps its id across compaction and wake: capturing it again is not dispatched twice', async () => {
    await aDayOfChanges();
    await compactEngines();
    const snapshot = (await snapshotRecord())?.value as {seen: string[]; emitted: string[]};
    expect(snapshot.seen).toEqual([]);
    expect(snapshot.emitted).toHaveLength(1);
    resetEngineHost();
    const task = (await (await db()).getAll('derived'))[0].engine;
    const before = await engineState(T + 5 * HOUR);
    // The same event arriving as a log entry (a capture of the task) is applied by the log's rules, but
    // the engines' state keeps one task: the emitted id is known.
    await recordUserEvents([task], 'c1', T + 5 * HOUR);
    expect(await engineState(T + 5 * HOUR)).toEqual(before);
  });

  test('compacting writes the snapshot of the engines in memory and clears the tail; the woken state is unchanged', async () => {
    await aDayOfChanges();
    const inMemory = await engineState(T + 5 * HOUR);
    expect(await compactEngines()).toBe(true);
    expect(await tail()).toEqual([]);
    expect(await compactEngines()).toBe(false); // nothing left to compact
    resetEngineHost();
    expect(await engineState(T + 5 * HOUR)).toEqual(inMemory);
    // Later changes append to a fresh tail after the snapshot.
    await recordUserEvents([{id: 'call2', at: T + 6 * HOUR, type: 'callLogged', contactId: 'c1', userId: 'u2', outcome: 'connected'}], 'c1', T + 6 * HOUR);
    expect((await tail()).map((step) => step.events.map((e) => e.id))).toEqual([['call2']]);
  });

  test('an idle worker compacts a tail grown past the idle limit, and leaves a short one alone', async () => {
    setTailLimits({idleDelayMs: 0, idleEvents: 20});
    await recordUserEvents([company('co1', T)], 'co1', T);
    await new Promise((ok) => setTimeout(ok, 50));
    expect(await tail()).toHaveLength(1);
    await recordUserEvents(Array.from({length: 20}, (_, i) => contact(`c${i}`, 'co1', T + 1)), 'import', T + 10);
    await new Promise((ok) => setTimeout(ok, 50));
    await readEngines(T + 10, () => undefined); // queued behind the compaction
    expect(await tail()).toEqual([]);
  });

  test('a rules change rebuilds from the log and clears the tail', async () => {
    await aDayOfChanges();
    expect((await tail()).length).toBeGreaterThan(0);
    await writeSettings({...DEFAULT_SETTINGS, workflows: [], gdprMode: true} as Settings);
    await rulesChanged(T + 5 * HOUR);
    expect(await tail()).toEqual([]);
    expect((await snapshotRecord())?.value).toMatchObject({seen: [], emitted: []}); // no workflow now: nothing emitted
  });

  test('a change that fails to store leaves no tail step, and the woken engines hold only what was stored', async () => {
    await recordUserEvents([company('co1', T), contact('c1', 'co1', T)], 'setup', T);
    const stored = await engineState(T + 1);
    setIngestFault((stage) => {
      if (stage === 'written') throw new Error('disk gone');
    });
    await expect(recordUserEvents([{id: 'call1', at: T + 2, type: 'callLogged', contactId: 'c1', userId: 'u1', outcome: 'connected'}], 'c1', T + 2)).rejects.toThrow(/disk gone/);
    setIngestFault(undefined);
    expect(await tail()).toHaveLength(1);
    expect(await engineState(T + 1)).toEqual(stored);
  });

  test('TA-32 TA-33 the overview reads the company\'s activities from the log, a workflow\'s emitted task included, before and after a wake', async () => {
    await aDayOfChanges();
    const overview = async () => (await readAccountOverview('co1', T + 5 * HOUR, 50))!;
    const first = await overview();
    expect(first.activities.map((a) => a.type)).toEqual(['callLogged', 'formSubmitted', 'taskCreated']);
    expect(first.stakeholders).toEqual([{userId: 'u1', activities: 1, lastAt: T + 3 * HOUR}]);
    expect(await (await db()).count('derived')).toBe(1);
    resetEngineHost();
    expect(await overview()).toEqual(first);
    expect(await readAccountOverview('co404', T, 5)).toBeUndefined();
  });

  test('an ingest with records only (no engine events) stores them without a tail step', async () => {
    await ingest([{id: 'demo:x:company:1', kind: 'company', source: 'demo:x', name: 'X', data: {}, companyIds: [], firstSeen: T, lastSeen: T}], [], T);
    expect(await tail()).toEqual([]);
    expect(await (await db()).count('records')).toBe(1);
  });
});
