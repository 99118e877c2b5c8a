import {describe, expect, test} from 'vitest';
import {filterAdGoals, type AdGoalListRow} from './filters';
import {creatorOf, goalTeam, validatePeople, type People} from './people';
import {goal} from './test-world';

const people: People = {
  currentUserId: 'anna',
  users: [{id: 'anna', name: 'Anna', teamId: 'emea'}, {id: 'ben', name: 'Ben', teamId: 'na'}, {id: 'cy', name: 'Cy'}],
  teams: [{id: 'emea', name: 'EMEA'}, {id: 'na', name: 'North America'}],
};
const row = (over: Parameters<typeof goal>[0]): AdGoalListRow => ({goal: goal(over), status: 'inProgress', progress: 0.5});

describe('users and teams for ad goals', () => {
  test('AG-22/AG-14 a new goal carries the current user and their team as creator, and when it was made', () => {
    expect(creatorOf(people, Date.parse('2026-03-01T10:00:00Z'))).toEqual({ownerId: 'anna', teamId: 'emea', createdAt: '2026-03-01T10:00:00.000Z'});
    expect(creatorOf({...people, currentUserId: 'cy'}, 0)).toEqual({ownerId: 'cy', createdAt: '1970-01-01T00:00:00.000Z'});
  });

  test('AG-22 team filter: the team stored on the goal wins over the creator\'s team today; older goals use the creator\'s team', () => {
    const rows = [row({id: 'g1', ownerId: 'anna', teamId: 'na'}), row({id: 'g2', ownerId: 'ben'}), row({id: 'g3', ownerId: 'cy'}), row({id: 'g4', ownerId: 'anna'})];
    expect(filterAdGoals(rows, {teamIds: ['na']}, people.users).map((r) => r.goal.id)).toEqual(['g1', 'g2']);
    expect(filterAdGoals(rows, {teamIds: ['emea']}, people.users).map((r) => r.goal.id)).toEqual(['g4']);
    expect(filterAdGoals(rows, {teamIds: ['emea', 'na'], userIds: ['anna']}, people.users).map((r) => r.goal.id)).toEqual(['g1', 'g4']);
    expect(goalTeam({ownerId: 'cy'}, people.users)).toBeUndefined();
  });

  test('a users/teams list with mistakes is refused with each mistake named by where it is', () => {
    const bad: People = {
      currentUserId: 'zed',
      users: [{id: 'anna', name: 'Anna', teamId: 'apac'}, {id: 'anna', name: ' '}],
      teams: [{id: 'emea', name: ''}],
    };
    expect(validatePeople(bad, [])).toEqual([
      {path: 'users[1].id', code: 'idTwice', args: ['anna'], message: '"anna" is listed twice'},
      {path: 'teams[0].name', code: 'teamName', args: [], message: 'a team needs a name'},
      {path: 'users[0].teamId', code: 'unknownTeam', args: ['apac'], message: 'unknown team "apac"'},
      {path: 'users[1].name', code: 'userName', args: [], message: 'a user needs a name'},
      {path: 'currentUserId', code: 'meMissing', args: ['zed'], message: '"zed" is not in the users list'},
    ]);
    expect(validatePeople(people, [])).toEqual([]);
  });

  test('a user or team that a goal names as creator cannot be removed', () => {
    const goals = [{id: 'g1', name: 'Q1', ownerId: 'ben', teamId: 'na'}];
    const without = {...people, users: people.users.filter((u) => u.id !== 'ben'), teams: people.teams.filter((x) => x.id !== 'na')};
    expect(validatePeople(without, goals)).toEqual([
      {path: 'users', code: 'userInUse', args: ['ben', 'Q1'], message: 'user "ben" created the goal "Q1" and cannot be removed'},
      {path: 'teams', code: 'teamInUse', args: ['na', 'Q1'], message: 'team "na" is the creator\'s team of the goal "Q1" and cannot be removed'},
    ]);
  });
});
