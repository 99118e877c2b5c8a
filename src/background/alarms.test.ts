import {beforeAll, describe, expect, test, vi} from 'vitest';
import type {Effect} from '../core/model';

const h = vi.hoisted(() => ({
  effectHandler: undefined as undefined | ((effects: Effect[], now: number) => Promise<void> | void),
  alarmListener: undefined as undefined | ((alarm: {name: string}) => void),
  created: [] as Array<{id: string; message: string}>,
  advanced: [] as number[],
}));

vi.mock('../shared/browser', () => ({
  default: {
    runtime: {id: 'x', getURL: (p: string) => `chrome-extension://x/${p}`},
    alarms: {
      onAlarm: {addListener: (fn: (alarm: {name: string}) => void) => (h.alarmListener = fn)},
      get: async () => undefined,
      create: async () => undefined,
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
}));
vi.mock('./settings-store', () => ({
  readSettings: async () => ({settings: {adGoals: [{id: 'g1', name: 'Q1 leads'}]}, notes: []}),
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

  test('AG-17 the refresh alarm advances the engines', () => {
    h.alarmListener!({name: 'goalpost-refresh'});
    h.alarmListener!({name: 'someone-else'});
    expect(h.advanced).toHaveLength(1);
  });
});
