import {describe, expect, test} from 'vitest';
import type {AdGoal} from '../model';
import {goal} from './test-world';
import {validateAdGoal} from './validate';

const fields = (draft: Partial<AdGoal>) => validateAdGoal(draft).map((e) => `${e.field}:${e.rule}`);

describe('AG-11 saving a goal', () => {
  test('AG-11 a complete goal has no errors', () => {
    expect(validateAdGoal(goal())).toEqual([]);
    expect(validateAdGoal(goal({template: 'contactsInStage', lifecycleStage: 'lead'}))).toEqual([]);
  });

  test('AG-11 an empty draft names every missing field', () => {
    expect(fields({})).toEqual(['name:AG-11', 'template:AG-11', 'accountIds:AG-11', 'campaignIds:AG-11', 'duration:AG-11', 'start:AG-12', 'end:AG-12', 'target:AG-13']);
  });

  test('AG-11 a blank name, no account and no campaign are refused', () => {
    expect(fields(goal({name: '  ', accountIds: [], campaignIds: []}))).toEqual(['name:AG-11', 'accountIds:AG-11', 'campaignIds:AG-11']);
  });

  test('AG-11 a lifecycle stage is required for the two lifecycle templates only', () => {
    expect(fields(goal({template: 'costPerContactInStage', lifecycleStage: undefined}))).toEqual(['lifecycleStage:AG-11']);
    expect(fields(goal({template: 'contactsInStage', lifecycleStage: undefined}))).toEqual(['lifecycleStage:AG-11']);
    expect(fields(goal({template: 'firstFormSubmissions', lifecycleStage: undefined}))).toEqual([]);
  });

  test('AG-9 a custom lifecycle stage is refused', () => {
    const errors = validateAdGoal(goal({template: 'contactsInStage', lifecycleStage: 'partner' as AdGoal['lifecycleStage']}));
    expect(errors).toEqual([{field: 'lifecycleStage', rule: 'AG-9', message: '"partner" is not a default lifecycle stage; custom stages cannot be used.'}]);
  });

  test('AG-12 a custom duration needs a start and an end date', () => {
    const errors = validateAdGoal({...goal({duration: 'custom'}), start: '', end: undefined as unknown as string});
    expect(errors.map((e) => e.message)).toEqual(['A custom duration needs a start date.', 'A custom duration needs an end date.']);
  });

  test('AG-12 an end date before the start date is refused', () => {
    expect(fields(goal({start: '2026-03-01', end: '2026-02-01'}))).toEqual(['end:AG-12']);
  });

  test('AG-13 a period target must name a period start', () => {
    expect(validateAdGoal(goal({periodTargets: {'2026-02-03': 5}}))[0].message).toBe("2026-02-03 is not the start of one of this goal's periods.");
    expect(fields(goal({periodTargets: {'2026-02-01': 5}}))).toEqual([]);
  });

  test('AG-15 a cost-per-contact goal offers only the goal start notification', () => {
    const cost = {template: 'costPerContactInStage' as const, lifecycleStage: 'lead' as const};
    expect(fields(goal({...cost, notifications: ['goalStart']}))).toEqual([]);
    expect(fields(goal({...cost, notifications: ['goalStart', 'missed']}))).toEqual(['notifications:AG-15']);
    expect(fields(goal({notifications: ['goalStart', 'achieved', 'exceeded', 'missed']}))).toEqual([]);
  });
});
