import {describe, expect, test} from 'vitest';
import {validateAdGoal} from '../../core/adgoals';
import {emptyDraft, periodsOf, syncTable, toGoalDraft, type WizardDraft} from './wizard-state';

const draft = (patch: Partial<WizardDraft>): WizardDraft => ({
  ...emptyDraft(new Date(2026, 0, 15)),
  template: 'networkConversions',
  name: 'Q1',
  accountIds: ['a1'],
  campaignIds: ['k1', 'k2'],
  duration: 'monthly',
  start: '2026-01-01',
  end: '2026-03-31',
  ...patch,
});

describe('goal wizard draft', () => {
  test('AG-11 an empty draft reports every missing field', () => {
    const fields = validateAdGoal(toGoalDraft({...emptyDraft(new Date(2026, 0, 15)), duration: ''}, 1)).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'template', 'accountIds', 'campaignIds', 'duration']));
  });

  test('AG-13 per-campaign targets become the period target; a differing period is an override', () => {
    const periods = periodsOf(draft({}), 1);
    const table = syncTable({k1: {'2026-02-01': 30}}, ['k1', 'k2'], periods);
    table.k1['2026-01-01'] = 10;
    table.k1['2026-03-01'] = 10;
    table.k2 = {'2026-01-01': 5, '2026-02-01': 5, '2026-03-01': 5};
    const goal = toGoalDraft(draft({table}), 1);
    expect(goal).toMatchObject({target: 15, periodTargets: {'2026-02-01': 35}});
    expect(validateAdGoal(goal)).toEqual([]);
  });

  test('AG-15 a cost-per-contact goal keeps only the goal start notification', () => {
    const goal = toGoalDraft(draft({template: 'costPerContactInStage', lifecycleStage: 'lead', notifications: ['goalStart', 'missed']}), 1);
    expect(goal.notifications).toEqual(['goalStart']);
  });

  test('AG-12 a custom duration never aligns to the fiscal year', () => {
    expect(toGoalDraft(draft({duration: 'custom', alignToFiscalYear: true}), 4).alignToFiscalYear).toBe(false);
  });
});
