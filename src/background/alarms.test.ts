import {beforeAll, describe, expect, test, vi} from 'vitest';
import type {Effect} from '../core/model';

const h = vi.hoisted(() => ({
  effectHandler: undefined as undefined | ((effects: Effect[], now: number) => Promise<void> | void),
  alarmListener: undefined as undefined | ((alarm: {name: string}) => void),
  created: [] as Array<{id: string; message: string}>,
  advanced: [] as number[],
  startup: undefined as undefined | (() => void),
  alarms: [] as Array<{name: string; when?: number}>,
  cleared: [] as string[],
  due: undefined as number | undefined,
  reads: [] as number[],
}));

vi.mock('../shared/browser', () => ({
  default: {
    runtime: {id: 'x', getURL: (p: string) => `chrome-extension://x/${p}`, onStartup: {addListener: (fn: () => void) => (h.startup = fn)}},
    alarms: {
      onAlarm: {addListener: (fn: (alarm: {name: string}) => void) => (h.alarmListener = fn)},
      get: async () => undefined,
      create: async (name: string, info: {when?: number}) => void h.alarms.push({name, when: info.when}),
      clear: async (name: string) => void h.cleared.push(name),
    },
    notifications: {
      create: async (id: string, options: {message: string}) => void h.created.push({id, message: options.message}),
      onClicked: {addListener: () => undefined},
    },
    tabs: {create: async () => undefined},
  },
}));
vi.mock('./engine-host', () => ({
  onEffects: (fn: typeof h.effectHandler) => (h.effectHandler = fn),
  advanceEngines: async (now: number) => void h.advanced.push(now),
  readEngines: async (now: number, read: (loaded: unknown) => unknown) =>
    (h.reads.push(now), read)({engines: {workflows: {s: {due: h.due === undefined ? [] : [{at: h.due}]}}, leads: {store: {runs: []}}}}),
}));
vi.mock('./settings-store', () => ({
  readSettings: async () => ({settings: {currentUserId: 'me', adGoals: [{id: 'g1', name: 'Q1 leads'}]}, notes: []}),
}));

beforeAll(async () => {
  await import('./alarms');
});

const notify = (userId: string, notification = 'goalStart'): Effect =>
  ({kind: 'notify', message: 'Ad goal "Q1 leads" has started.', source: 'adGoal:g1', goalId: 'g1', userId, notification}) as Effect;

describe('ad goal notifications and the refresh alarm', () => {
  test('AG-14 a notify effect reaches the creator (the current user) as a browser notification, in the UI language', async () => {
    await h.effectHandler!([notify('me')], 0);
    expect(h.created).toEqual([{id: 'adgoal:g1:goalStart:', message: 'Ad goal "Q1 leads" has started.'}]);
  });

  test('AG-14 nobody else is notified, and other effects are ignored', async () => {
    h.created.length = 0;
    await h.effectHandler!([notify('u2'), {kind: 'webhook', url: 'https://x', source: 'wf:1'} as unknown as Effect], 0);
    expect(h.created).toEqual([]);
  });

  test('C4 the worker catches up once when it starts (steps due while it was stopped or the browser closed run on wake)', () => {
    // Loading the module (a worker start) advanced the engines once (a read advances to now and stores
    // what fell due: due-catchup.test.ts); browser start reuses that catch-up.
    expect(h.reads).toHaveLength(1);
    h.startup!();
    expect(h.reads).toHaveLength(1);
  });

  test('AG-17 the refresh alarm advances the engines', () => {
    h.advanced.length = 0;
    h.alarmListener!({name: 'goalpost-refresh'});
    h.alarmListener!({name: 'someone-else'});
    expect(h.advanced).toHaveLength(1);
  });

  test('C4 the due alarm advances the engines', () => {
    h.advanced.length = 0;
    h.alarmListener!({name: 'goalpost-due'});
    expect(h.advanced).toHaveLength(1);
  });

  test('C4 after each ingest the due alarm is set at the next due step, cleared when there is none', async () => {
    const {scheduleNextDue} = await import('./alarms');
    const at = Date.now() + 60_000;
    h.due = at;
    expect(await scheduleNextDue()).toBe(at);
    expect(h.alarms.filter((a) => a.name === 'goalpost-due').at(-1)).toEqual({name: 'goalpost-due', when: at});
    const count = h.alarms.length;
    await scheduleNextDue();
    expect(h.alarms).toHaveLength(count); // unchanged: not set again
    h.due = undefined;
    await scheduleNextDue();
    expect(h.cleared).toContain('goalpost-due');
  });
});

describe('nextDueAt over real engines (C4)', () => {
  test('C4 WG a workflow delay in progress is the next due time; none once it ran', async () => {
    const {parseScenario} = await import('../core/scenario/parse');
    const {createEngines, EngineRunner} = await import('../core/scenario/run');
    const {nextDueAt} = await import('./alarms');
    const parsed = parseScenario({
      format: 'goalpost-scenario/1',
      now: '2026-01-31T00:00:00Z',
      contacts: [{id: 'c1'}],
      workflows: [{id: 'wf1', enrollment: {event: 'formSubmitted'}, goal: null, steps: [{type: 'delay', hours: 0.01}, {type: 'createTask', title: 'Call'}]}],
    });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const engines = createEngines(parsed.world);
    const runner = new EngineRunner(engines);
    const at = Date.parse('2026-01-30T10:00:00Z');
    runner.apply({id: 'e1', at, type: 'formSubmitted', contactId: 'c1', formId: 'x'});
    expect(nextDueAt(engines)).toBe(at + 36_000);
    runner.advanceTo(at + 36_000);
    expect(nextDueAt(engines)).toBeUndefined();
  });
});
