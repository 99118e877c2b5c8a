import {describe, expect, test, vi} from 'vitest';
import type {Effect} from '../core/model';

const h = vi.hoisted(() => ({
  created: [] as Array<{id: string; title: string; message: string}>,
  queued: [] as Effect[][],
}));

vi.mock('../shared/browser', () => ({
  default: {
    runtime: {id: 'x', getURL: (p: string) => `chrome-extension://x/${p}`},
    alarms: {onAlarm: {addListener: () => undefined}},
    notifications: {create: async (id: string, o: {title: string; message: string}) => void h.created.push({id, title: o.title, message: o.message})},
  },
}));
vi.mock('./engine-host', () => ({onEffects: () => undefined}));
vi.mock('./webhooks', () => ({
  WEBHOOK_ALARM: 'goalpost-webhooks',
  enqueueWebhooks: async (effects: Effect[]) => void h.queued.push(effects),
  deliverDue: async () => undefined,
}));

const {handleEffects} = await import('./effects');

describe('effects in the background', () => {
  test('a notify without a goal is shown once as a "Goalpost" notification; ad-goal ones are left to alarms.ts (AG-14)', async () => {
    await handleEffects(
      [
        {kind: 'notify', message: 'New lead', source: 'leadAutomation:la1'},
        {kind: 'notify', message: 'Goal met', source: 'adGoal:g1', goalId: 'g1'},
        {kind: 'createTask', title: 'Call', source: 'workflow:w1'},
      ],
      1000,
    );
    expect(h.created).toEqual([{id: expect.stringMatching(/^notify:/) as string, title: 'Goalpost', message: 'New lead'}]);
    expect(h.queued).toEqual([]);
  });

  test('webhook effects are queued', async () => {
    const hook: Effect = {kind: 'webhook', url: 'https://example.com/h', idempotencyKey: 'k', payload: {}};
    await handleEffects([hook], 1000);
    expect(h.queued).toEqual([[hook]]);
  });
});
