import {describe, expect, test} from 'vitest';
import {buildPeriods} from './periods';
import {applyTargetToRows, campaignTargetsTable, goalTarget, goalTargetsFromTable, periodTarget} from './targets';
import {goal} from './test-world';
import {finalStatus, progressOf} from './status';

const g = goal({campaignIds: ['k1', 'k2', 'k3']});
const periods = buildPeriods(g, 1);

describe('AG-13 targets', () => {
  test('AG-13 a period target overrides the goal target for that period only', () => {
    const withOverride = goal({target: 10, periodTargets: {'2026-02-01': 80}});
    expect(periods.map((p) => periodTarget(withOverride, p))).toEqual([10, 80, 10]);
    expect(goalTarget(withOverride, periods)).toBe(100);
  });

  test('AG-13 "apply target" sets the value for every period of the selected campaign rows, and rows sum to period targets', () => {
    let table = campaignTargetsTable(goal({campaignIds: ['k1', 'k2', 'k3'], target: 30}), periods);
    expect(table.k1).toEqual({'2026-01-01': 10, '2026-02-01': 10, '2026-03-01': 10});
    table = applyTargetToRows(table, ['k1', 'k2'], 25, periods);
    expect(goalTargetsFromTable(table, 'networkConversions', periods)).toEqual({target: 60, periodTargets: {}});
    table = {...table, k3: {...table.k3, '2026-03-01': 0}};
    expect(goalTargetsFromTable(table, 'networkConversions', periods)).toEqual({target: 60, periodTargets: {'2026-03-01': 50}});
  });

  test('AG-13 AG-8 cost-per-contact campaign targets combine as their mean, not their sum', () => {
    const cost = goal({template: 'costPerContactInStage', lifecycleStage: 'lead', campaignIds: ['k1', 'k2'], target: 40});
    const table = applyTargetToRows(campaignTargetsTable(cost, periods), ['k2'], 60, periods);
    expect(table.k1['2026-01-01']).toBe(40);
    expect(goalTargetsFromTable(table, 'costPerContactInStage', periods)).toEqual({target: 50, periodTargets: {}});
    expect(goalTarget(cost, periods)).toBe(40);
  });

  test('AG-13 applying to a campaign that is not a row is refused', () => {
    expect(() => applyTargetToRows(campaignTargetsTable(g, periods), ['k9'], 5, periods)).toThrow('apply target: campaign "k9" is not a row of this goal');
  });
});

describe('AG-8 AG-21 progress and status', () => {
  test.each([
    ['networkConversions', 10, 10, 1, 'achieved'],
    ['networkConversions', 11, 10, 1.1, 'exceeded'],
    ['networkConversions', 9, 10, 0.9, 'missed'],
    ['costPerContactInStage', 40, 40, 1, 'achieved'],
    ['costPerContactInStage', 20, 40, 2, 'exceeded'],
    ['costPerContactInStage', 80, 40, 0.5, 'missed'],
    ['costPerContactInStage', null, 40, 0, 'missed'],
    ['networkConversions', 0, 0, 1, 'achieved'],
    ['networkConversions', 3, 0, null, 'exceeded'],
  ] as const)('AG-21 %s actual %s against target %s: progress %s, %s (open point: default compare directly, cost progress = target ÷ actual)', (template, actual, target, progress, status) => {
    expect(progressOf(template, actual, target)).toBe(progress);
    expect(finalStatus(template, actual, target)).toBe(status);
  });
});
