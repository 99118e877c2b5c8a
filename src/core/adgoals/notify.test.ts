import {describe, expect, test} from 'vitest';
import {createAdGoalEngine} from './engine';
import {at, goal, metric, run, world} from './test-world';

const notes = (effects: ReturnType<typeof run>['effects']) =>
  effects.map((e) => (e.kind === 'notify' ? `${(e as {userId?: string}).userId}:${(e as {notification?: string}).notification}:${(e as {periodStart?: string}).periodStart ?? ''}` : e.kind));

describe('AG-14 AG-15 notifications', () => {
  test('AG-14 only the chosen types are sent, only to the goal creator, once per milestone', () => {
    const w = world({
      adGoals: [goal({notifications: ['goalStart', 'exceeded', 'missed']})],
      adMetrics: [metric('2026-01-05', 'k1', 0, 12), metric('2026-02-05', 'k1', 0, 10), metric('2026-03-05', 'k1', 0, 1)],
    });
    const {effects} = run(w);
    expect(notes(effects)).toEqual(['u1:goalStart:', 'u1:exceeded:2026-01-01', 'u1:missed:2026-03-01']);
    expect(effects[1]).toMatchObject({kind: 'notify', goalId: 'g1', source: 'adGoal:g1', message: 'Ad goal "Q1 conversions" exceeded its target for 2026-01-01 – 2026-01-31: 12 against 10.'});
  });

  test('AG-14 the goal start notification is sent when the goal starts, not before', () => {
    const w = world({adGoals: [goal({notifications: ['goalStart']})]});
    expect(notes(run(w, undefined, [], at('2025-12-31T23:59:59Z')).effects)).toEqual([]);
    expect(run(w, undefined, [], at('2026-01-01')).effects).toHaveLength(1);
  });

  test('AG-14 no notification is sent twice, across repeated clock moves and a restart from a snapshot', () => {
    const w = world({adGoals: [goal({notifications: ['goalStart', 'achieved', 'exceeded', 'missed']})]});
    const first = createAdGoalEngine(w);
    const sent = [...first.advanceTo(at('2026-02-01')).effects, ...first.advanceTo(at('2026-02-01')).effects];
    expect(sent).toHaveLength(2);
    const again = createAdGoalEngine(w, first.snapshot());
    expect(again.advanceTo(at('2026-02-01')).effects).toEqual([]);
    expect(again.advanceTo(at('2026-02-15')).effects).toEqual([]);
    expect(again.output().adGoals.g1.notified).toEqual(['goalStart', 'missed:2026-01-01']);
  });

  test('AG-14 a goal without a creator notifies nobody and says why', () => {
    const w = world({adGoals: [goal({ownerId: undefined, notifications: ['goalStart']})]});
    const {effects, trail} = run(w);
    expect(effects).toEqual([]);
    expect(trail.find((t) => t.rule === 'AG-14')?.message).toBe('Goal has no creator, so the goalStart notification was not sent.');
  });

  test('AG-15 a cost-per-contact goal sends its goal start notification only', () => {
    const w = world({adGoals: [goal({template: 'costPerContactInStage', lifecycleStage: 'lead', notifications: ['goalStart']})]});
    expect(notes(run(w).effects)).toEqual(['u1:goalStart:']);
    const wrong = world({adGoals: [goal({template: 'costPerContactInStage', lifecycleStage: 'lead', notifications: ['missed']})]});
    expect(() => createAdGoalEngine(wrong)).toThrow('adGoals[0].notifications: Cost-per-contact goals offer only the goal start notification, not "missed". (AG-15)');
  });
});
