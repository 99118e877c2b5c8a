import {describe, expect, test} from 'vitest';
import type {ScenarioEvent} from '../model';
import {createAdGoalEngine} from './engine';
import {at, goal, metric, run, world} from './test-world';

const imported = (id: string, when: string, ...rows: ReturnType<typeof metric>[]): ScenarioEvent =>
  ({id, at: at(when), type: 'adMetricsImported', rows});
const jan = (w: ReturnType<typeof world>, now?: string) => run(w, undefined, w.events, now ? at(now) : w.now).engine.output().adGoals.g1;

describe('AG-17..21 refresh, freezing and status', () => {
  test('AG-19 before the start date a goal is pending with nothing measured', () => {
    const w = world({adMetrics: [metric('2026-01-05', 'k1', 10, 30)]});
    const g1 = jan(w, '2025-12-31T23:00:00Z');
    expect(g1.status).toBe('pending');
    expect(g1.periods[0]).toEqual({start: '2026-01-01', end: '2026-01-31', target: 10, actual: null, progress: 0, status: 'pending'});
  });

  test('AG-20 AG-21 a period stays in progress past 100% until its end (open point: default milestone = period end)', () => {
    const w = world({adMetrics: [metric('2026-01-05', 'k1', 10, 30)]});
    expect(jan(w, '2026-01-20T00:00:00Z').periods[0]).toMatchObject({actual: 30, progress: 3, status: 'inProgress'});
    expect(jan(w, '2026-02-01T00:00:00Z').periods[0]).toMatchObject({actual: 30, progress: 3, status: 'exceeded'});
  });

  test('AG-21 at the milestone actual equal to target is achieved, above exceeded, below missed (open point: default compare directly)', () => {
    const w = world({
      adGoals: [goal({periodTargets: {'2026-02-01': 20, '2026-03-01': 5}})],
      adMetrics: [metric('2026-01-05', 'k1', 0, 10), metric('2026-02-05', 'k1', 0, 19.99), metric('2026-03-05', 'k1', 0, 6)],
    });
    const g1 = jan(w);
    expect(g1.periods.map((p) => [p.target, p.status])).toEqual([[10, 'achieved'], [20, 'missed'], [5, 'exceeded']]);
    expect(g1).toMatchObject({status: 'exceeded', target: 35, actual: 35.99});
  });

  test('AG-17 data arriving during the day shows only at the next 24-hour refresh', () => {
    const w = world({events: [imported('e1', '2026-01-10T09:00:00Z', metric('2026-01-09', 'k1', 5, 4))]});
    expect(jan(w, '2026-01-10T23:59:00Z').periods[0].actual).toBe(0);
    expect(jan(w, '2026-01-11T00:00:00Z').periods[0].actual).toBe(4);
    expect(jan(w, '2026-01-11T00:00:00Z').refreshedAt).toBe('2026-01-11T00:00:00Z');
  });

  test('AG-17 an explicit refresh shows new data at once and restarts the 24-hour cycle from the click', () => {
    const w = world();
    const engine = createAdGoalEngine(w);
    engine.advanceTo(at('2026-01-10T09:00:00Z'));
    engine.apply(imported('e1', '2026-01-10T09:00:00Z', metric('2026-01-09', 'k1', 5, 4)));
    engine.refreshNow(at('2026-01-10T09:30:00Z'));
    expect(engine.output().adGoals.g1.periods[0].actual).toBe(4);
    expect(engine.output().adGoals.g1).toMatchObject({refreshedAt: '2026-01-10T09:30:00Z', nextRefreshAt: '2026-01-11T09:30:00Z'});
    engine.apply(imported('e2', '2026-01-10T10:00:00Z', metric('2026-01-10', 'k1', 5, 1)));
    // The old cycle's 00:00 refresh does not happen: the next one is 24 hours after the manual one.
    engine.advanceTo(at('2026-01-11T09:29:00Z'));
    expect(engine.output().adGoals.g1.periods[0].actual).toBe(4);
    engine.advanceTo(at('2026-01-11T09:30:00Z'));
    expect(engine.output().adGoals.g1).toMatchObject({refreshedAt: '2026-01-11T09:30:00Z', nextRefreshAt: '2026-01-12T09:30:00Z'});
    expect(engine.output().adGoals.g1.periods[0].actual).toBe(5);
  });

  test('AG-17 the refresh-now event is replayable: a snapshot taken after it keeps the refresh and the restarted schedule', () => {
    const w = world({events: [
      imported('e1', '2026-01-10T09:00:00Z', metric('2026-01-09', 'k1', 5, 4)),
      {id: 'r1', at: at('2026-01-10T09:30:00Z'), type: 'adGoalsRefreshed', goalIds: ['g1']},
    ]});
    const {engine} = run(w, undefined, w.events, at('2026-01-10T12:00:00Z'));
    const restored = createAdGoalEngine(w, engine.snapshot());
    restored.advanceTo(at('2026-01-11T00:00:00Z'));
    expect(restored.output().adGoals.g1).toMatchObject({refreshedAt: '2026-01-10T09:30:00Z', nextRefreshAt: '2026-01-11T09:30:00Z'});
    expect(restored.output().adGoals.g1.periods[0].actual).toBe(4);
  });

  test('AG-17/AG-18/AG-19 refresh now leaves a goal not started or already over unchanged', () => {
    const w = world();
    const before = createAdGoalEngine(w);
    before.refreshNow(at('2025-12-20T10:00:00Z'));
    expect(before.output().adGoals.g1).toMatchObject({status: 'pending', refreshedAt: null, nextRefreshAt: '2026-01-01T00:00:00Z'});
    const after = createAdGoalEngine(world({adMetrics: [metric('2026-01-05', 'k1', 10, 3)]}));
    after.advanceTo(at('2026-04-02T00:00:00Z'));
    const frozen = after.output().adGoals.g1;
    after.refreshNow(at('2026-04-02T10:00:00Z'));
    expect(after.output().adGoals.g1).toEqual({...frozen});
    expect(frozen.nextRefreshAt).toBeNull();
  });

  test('AG-18 data arriving after a period ended never changes it; the late-data note shows the would-be value (IDEA-7)', () => {
    const w = world({
      adMetrics: [metric('2026-01-05', 'k1', 10, 9)],
      events: [
        imported('e1', '2026-01-31T23:59:00Z', metric('2026-01-30', 'k1', 1, 1)), // before the end: counts
        imported('e2', '2026-02-01T00:00:00Z', metric('2026-01-31', 'k1', 1, 1)), // at the end: late
        imported('e3', '2026-02-03T08:00:00Z', metric('2026-01-20', 'k1', 1, 2), metric('2026-02-02', 'k1', 1, 1)),
      ],
    });
    const g1 = jan(w, '2026-02-10T00:00:00Z');
    expect(g1.periods[0]).toMatchObject({actual: 10, status: 'achieved'});
    expect(g1.periods[1].actual).toBe(1);
    expect(g1.lateData).toEqual([{periodStart: '2026-01-01', items: 2, lastArrivedAt: '2026-02-03T08:00:00Z', frozenActual: 10, wouldBeActual: 13, wouldBeProgress: 1.3}]);
  });

  test('AG-18 a corrected re-import replaces the same day while in progress; rows inside one import add up', () => {
    const w = world({
      events: [
        imported('e1', '2026-01-10T09:00:00Z', metric('2026-01-09', 'k1', 5, 4), metric('2026-01-09', 'k1', 5, 1)),
        imported('e2', '2026-01-12T09:00:00Z', metric('2026-01-09', 'k1', 5, 2)),
      ],
    });
    expect(jan(w, '2026-01-11T00:00:00Z').periods[0].actual).toBe(5);
    expect(jan(w, '2026-01-13T00:00:00Z').periods[0].actual).toBe(2);
  });

  test('AG-21 the goal status comes from the whole span at its end (open point: default goal status over the span)', () => {
    const w = world({adMetrics: [metric('2026-01-05', 'k1', 0, 25), metric('2026-03-05', 'k1', 0, 6)]});
    const during = jan(w, '2026-03-15T00:00:00Z');
    expect(during).toMatchObject({status: 'inProgress', target: 30, actual: 31});
    const after = jan(w);
    expect(after.periods.map((p) => p.status)).toEqual(['exceeded', 'missed', 'missed']);
    expect(after).toMatchObject({status: 'exceeded', actual: 31, progress: 31 / 30});
  });

  test('IDEA-6 pacing compares progress with the elapsed share of the period', () => {
    const w = world({adMetrics: [metric('2026-01-02', 'k1', 0, 3)]});
    expect(jan(w, '2026-01-11T06:00:00Z').pacing).toEqual({periodStart: '2026-01-01', elapsed: 10 / 31, expectedProgress: 10 / 31, progress: 0.3, pace: 'behind'});
  });

  test('AG-17 the daily series restarts at each period and stops at the last completed day', () => {
    const w = world({adMetrics: [metric('2026-01-30', 'k1', 0, 2), metric('2026-02-01', 'k1', 0, 1)]});
    const {series} = jan(w, '2026-02-03T00:00:00Z');
    expect(series.map((s) => s.start)).toEqual(['2026-01-01', '2026-02-01']);
    expect(series[0].values.slice(-3)).toEqual([0, 2, 2]);
    expect(series[1].values).toEqual([1, 1]);
  });
});
