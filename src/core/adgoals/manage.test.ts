import {describe, expect, test} from 'vitest';
import type {AdGoalStatus} from '../model';
import {clearAllFilters, filterAdGoals, hasActiveFilters, type AdGoalListRow} from './filters';
import {editAdGoal, requestDeleteAdGoals, resolveDeleteAdGoals} from './manage';
import {goal} from './test-world';

const users = [{id: 'u1', teamId: 't1'}, {id: 'u2', teamId: 't2'}, {id: 'u3'}];
const row = (id: string, over: Parameters<typeof goal>[0], status: AdGoalStatus, progress: number | null): AdGoalListRow =>
  ({goal: goal({id, ...over}), status, progress});
const rows = [
  row('g1', {}, 'inProgress', 0.5),
  row('g2', {ownerId: 'u2', campaignIds: ['k2'], accountIds: ['a2'], duration: 'weekly'}, 'exceeded', 1.2),
  row('g3', {ownerId: 'u3', campaignIds: ['k1', 'k3'], template: 'contactsInStage', lifecycleStage: 'lead'}, 'missed', 0.9),
  row('g4', {ownerId: undefined}, 'pending', 0),
];
const ids = (filters: Parameters<typeof filterAdGoals>[1]) => filterAdGoals(rows, filters, users).map((r) => r.goal.id);

describe('AG-22 goals list filters', () => {
  test.each([
    ['campaign', {campaignIds: ['k1']}, ['g1', 'g3', 'g4']],
    ['account', {accountIds: ['a2']}, ['g2']],
    ['team of the creator', {teamIds: ['t1']}, ['g1']],
    ['user who created it', {userIds: ['u2', 'u3']}, ['g2', 'g3']],
    ['duration', {durations: ['weekly' as const]}, ['g2']],
    ['status', {statuses: ['missed' as const, 'pending' as const]}, ['g3', 'g4']],
    ['progress range, inclusive', {progress: {min: 0.5, max: 1}}, ['g1', 'g3']],
    ['several filters together', {campaignIds: ['k1'], statuses: ['inProgress' as const]}, ['g1']],
    ['template (AG-23)', {templates: ['contactsInStage' as const]}, ['g3']],
  ])('AG-22 filters by %s', (_what, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });

  test('AG-22 "clear all" removes every filter', () => {
    const cleared = clearAllFilters();
    expect(hasActiveFilters({statuses: ['missed'], progress: {min: 0}})).toBe(true);
    expect(hasActiveFilters(cleared)).toBe(false);
    expect(ids(cleared)).toEqual(['g1', 'g2', 'g3', 'g4']);
  });

  test('AG-22 a progress range whose minimum is above its maximum is refused', () => {
    expect(() => ids({progress: {min: 2, max: 1}})).toThrow('progress filter: minimum 2 is above maximum 1');
  });
});

describe('AG-24 editing a goal', () => {
  test('AG-24 name, targets and notifications can change', () => {
    const result = editAdGoal(goal(), {name: 'Renamed', target: 12, periodTargets: {'2026-02-01': 20}, notifications: ['missed']});
    expect(result).toEqual({ok: true, goal: goal({name: 'Renamed', target: 12, periodTargets: {'2026-02-01': 20}, notifications: ['missed']})});
  });

  test('AG-24 any other field cannot change, but may be sent back unchanged', () => {
    expect(editAdGoal(goal(), {campaignIds: ['k2'], duration: 'weekly'})).toEqual({ok: false, errors: [
      {field: 'campaignIds', rule: 'AG-24', message: 'Only the name, target values and notifications can be changed after a goal is created.'},
      {field: 'duration', rule: 'AG-24', message: 'Only the name, target values and notifications can be changed after a goal is created.'},
    ]});
    expect(editAdGoal(goal(), {...goal(), name: 'New'}).ok).toBe(true);
  });

  test('AG-24 AG-11 an edit must leave a valid goal', () => {
    expect(editAdGoal(goal(), {name: ''})).toMatchObject({ok: false, errors: [{field: 'name', rule: 'AG-11'}]});
  });
});

describe('AG-25 deleting goals', () => {
  const goals = [goal(), goal({id: 'g2', name: 'Other'}), goal({id: 'g3'})];

  test('AG-25 the selected goals are deleted after confirming', () => {
    const request = requestDeleteAdGoals(goals, ['g1', 'g2']);
    expect(request.message).toBe('Delete 2 goals? This cannot be undone.');
    expect(resolveDeleteAdGoals(goals, request, true)).toEqual({goals: [goals[2]], deleted: ['g1', 'g2']});
  });

  test('AG-25 cancelling the dialog deletes nothing', () => {
    const request = requestDeleteAdGoals(goals, ['g2']);
    expect(request.message).toBe('Delete the goal "Other"? This cannot be undone.');
    expect(resolveDeleteAdGoals(goals, request, false)).toEqual({goals, deleted: []});
  });

  test('AG-25 nothing selected or an unknown goal is a clear error', () => {
    expect(() => requestDeleteAdGoals(goals, [])).toThrow('delete ad goals: no goal is selected');
    expect(() => requestDeleteAdGoals(goals, ['g9'])).toThrow('delete ad goals: unknown goal "g9"');
  });
});
