import {IDBFactory} from 'fake-indexeddb';
import {beforeEach, describe, expect, test, vi} from 'vitest';
import {createFakeBrowser} from '../../../tests/unit/fake-browser';
import browser from '../../shared/browser';
import type {AdGoalDraft} from '../../shared/protocol/adgoals';
import {resetDbConnection} from '../db';
import {readEngines, rulesChanged, resetEngineHost} from '../engine-host';
import {adgoalsHandlers} from './adgoals';

vi.mock('../../shared/browser', () => ({default: createFakeBrowser()}));

const NOW = Date.parse('2026-02-15T12:00:00Z');
const page = {kind: 'page' as const, url: new URL('chrome-extension://test-extension/src/ui/goals/index.html')};
const all = adgoalsHandlers({now: () => NOW});
/** The handlers as the router calls them, from the goals page. */
const handlers = Object.fromEntries(Object.entries(all).map(([name, fn]) => [name, (payload: never) => fn(payload, page)])) as unknown as {
  [N in keyof typeof all]: (payload: Parameters<(typeof all)[N]>[0]) => ReturnType<(typeof all)[N]>;
};
const rows = [
  {date: '2026-01-05', accountId: 'a1', campaignId: 'k1', network: 'google', spend: 120.5, conversions: 3},
  {date: '2026-02-02', accountId: 'a1', campaignId: 'k1', network: 'google', spend: 80, conversions: 2},
];
const goal: AdGoalDraft = {
  name: 'Q1 conversions', template: 'networkConversions', accountIds: ['a1'], campaignIds: ['k1'], duration: 'monthly',
  start: '2026-01-01', end: '2026-03-31', alignToFiscalYear: false, target: 4, periodTargets: {}, notifications: ['goalStart'],
};

beforeEach(async () => {
  await browser.storage.local.clear();
  globalThis.indexedDB = new IDBFactory();
  resetDbConnection();
  resetEngineHost();
});

describe('ad goals handlers', () => {
  test('an ad import is one event whose id comes from the rows: importing it again changes nothing', async () => {
    const first = await handlers['adMetrics/import']({rows, campaignNames: {k1: 'Search - Brand'}});
    const again = await handlers['adMetrics/import']({rows: [...rows].reverse(), campaignNames: {k1: 'Search - Brand'}});
    expect(first.newEvents).toBe(1);
    expect(again).toMatchObject({eventId: first.eventId, newEvents: 0});
    const catalog = await handlers['adGoals/catalog']({});
    expect(catalog.campaigns).toEqual([{id: 'k1', name: 'Search - Brand', accountId: 'a1', network: 'google', firstDate: '2026-01-05', lastDate: '2026-02-02'}]);
  });

  test('AG-11 an incomplete goal comes back with field errors and is not saved', async () => {
    const answer = await handlers['adGoals/save']({goal: {...goal, name: ' ', campaignIds: []}});
    expect(answer.goalId).toBeNull();
    expect(answer.errors.map((e) => e.field).sort()).toEqual(['campaignIds', 'name']);
    expect((await handlers['adGoals/list']({})).goals).toEqual([]);
  });

  test('AG-2/AG-21 a saved goal is measured from imported data; the current user is its creator', async () => {
    await handlers['adMetrics/import']({rows, campaignNames: {}});
    const {goalId} = await handlers['adGoals/save']({goal});
    const list = await handlers['adGoals/list']({});
    expect(list.goals[0]).toMatchObject({id: goalId, ownerId: 'me'});
    const result = list.results[goalId!];
    expect(result.status).toBe('inProgress');
    expect(result.periods[0].status).toBe('missed'); // January: 3 conversions against 4
  });

  test('AG-24 editing refuses other fields; AG-25 cancelling a delete keeps the goal', async () => {
    const {goalId} = await handlers['adGoals/save']({goal});
    const refused = await handlers['adGoals/save']({id: goalId!, goal: {...goal, duration: 'weekly'}});
    expect(refused.errors[0]).toMatchObject({field: 'duration', rule: 'AG-24'});
    const renamed = await handlers['adGoals/save']({id: goalId!, goal: {...goal, name: 'Renamed', target: 6}});
    expect(renamed.errors).toEqual([]);
    expect((await handlers['adGoals/list']({})).goals[0]).toMatchObject({name: 'Renamed', target: 6});
    expect(await handlers['adGoals/delete']({goalIds: [goalId!], confirmed: false})).toEqual({deleted: []});
    expect((await handlers['adGoals/list']({})).goals).toHaveLength(1);
    expect(await handlers['adGoals/delete']({goalIds: [goalId!], confirmed: true})).toEqual({deleted: [goalId]});
    expect((await handlers['adGoals/list']({})).goals).toHaveLength(0);
  });

  test('AG-17 refresh now persists: after a worker restart and a rebuild the figures, refresh time and restarted schedule are the same', async () => {
    let clock = Date.parse('2026-02-15T12:00:00Z');
    const h = adgoalsHandlers({now: () => clock});
    const call = <N extends keyof typeof h>(name: N, payload: Parameters<(typeof h)[N]>[0]) => (h[name] as (p: unknown, s: unknown) => ReturnType<(typeof h)[N]>)(payload, page);
    const {goalId} = await call('adGoals/save', {goal});
    clock = Date.parse('2026-02-15T13:00:00Z');
    await call('adMetrics/import', {rows, campaignNames: {}});
    // Without a refresh, February shows nothing yet: the data arrived after today's 00:00 refresh.
    expect((await call('adGoals/list', {})).results[goalId!].periods[1].actual).toBe(0);
    clock = Date.parse('2026-02-15T14:30:00Z');
    expect(await call('adGoals/refresh', {})).toEqual({refreshed: [goalId], at: '2026-02-15T14:30:00Z'});
    const after = (await call('adGoals/list', {})).results[goalId!];
    expect(after).toMatchObject({refreshedAt: '2026-02-15T14:30:00Z', nextRefreshAt: '2026-02-16T14:30:00Z'});
    expect(after.periods[1].actual).toBe(2);
    resetEngineHost(); // the worker stopped: only what is stored is left
    clock = Date.parse('2026-02-16T10:00:00Z');
    expect((await call('adGoals/list', {})).results[goalId!]).toEqual(await readEngines(clock, ({engines}) => (engines.adGoals.output() as {adGoals: Record<string, unknown>}).adGoals[goalId!]));
    expect((await call('adGoals/list', {})).results[goalId!]).toMatchObject({refreshedAt: '2026-02-15T14:30:00Z', nextRefreshAt: '2026-02-16T14:30:00Z', periods: [{}, {actual: 2}, {}]});
    await rulesChanged(clock); // a settings change replays the log: the logged refresh replays too
    expect((await call('adGoals/list', {})).results[goalId!]).toMatchObject({refreshedAt: '2026-02-15T14:30:00Z', nextRefreshAt: '2026-02-16T14:30:00Z'});
    clock = Date.parse('2026-02-16T14:30:00Z');
    expect((await call('adGoals/list', {})).results[goalId!]).toMatchObject({refreshedAt: '2026-02-16T14:30:00Z', nextRefreshAt: '2026-02-17T14:30:00Z'});
  });

  test('AG-17 refresh now names an unknown goal: a clear error and nothing is logged', async () => {
    await expect(handlers['adGoals/refresh']({goalIds: ['nope']})).rejects.toThrow('no goal "nope"');
  });

  test('AG-22 users and teams: the current user and their team become the creator of a new goal; a bad list saves nothing', async () => {
    expect(await handlers['adGoals/people']({})).toEqual({currentUserId: 'me', users: [{id: 'me'}], teams: []});
    const team = {currentUserId: 'me', users: [{id: 'me', name: 'Maija', teamId: 't-emea'}, {id: 'u-ben', name: 'Ben', teamId: 't-na'}], teams: [{id: 't-emea', name: 'EMEA'}, {id: 't-na', name: 'NA'}]};
    expect(await handlers['adGoals/setPeople']({...team, users: [...team.users, {id: 'u-cy', name: 'Cy', teamId: 't-apac'}]})).toEqual({errors: [{path: 'users[2].teamId', code: 'unknownTeam', args: ['t-apac'], message: 'unknown team "t-apac"'}]});
    expect((await handlers['adGoals/people']({})).teams).toEqual([]);
    expect(await handlers['adGoals/setPeople'](team)).toEqual({errors: []});
    const {goalId} = await handlers['adGoals/save']({goal});
    const list = await handlers['adGoals/list']({});
    expect(list.goals[0]).toMatchObject({id: goalId, ownerId: 'me', teamId: 't-emea', createdAt: new Date(NOW).toISOString()});
    expect(list).toMatchObject({userId: 'me', teams: team.teams});
    // The creator's team stays on the goal: moving the user to another team later does not move the goal.
    expect(await handlers['adGoals/setPeople']({...team, users: [{...team.users[0], teamId: 't-na'}, team.users[1]]})).toEqual({errors: []});
    expect((await handlers['adGoals/list']({})).goals[0].teamId).toBe('t-emea');
    // Nor can the creator be removed while the goal exists.
    const removed = await handlers['adGoals/setPeople']({...team, currentUserId: 'u-ben', users: [team.users[1]]});
    expect(removed.errors.map((e) => e.path)).toEqual(['users']);
  });
});
