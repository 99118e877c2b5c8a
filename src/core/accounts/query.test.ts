import {describe, expect, test} from 'vitest';
import {createAccountEngine} from './engine';
import {queryAccounts} from './query';
import {ev, engineFor, world} from './test-world';

const w = () =>
  world({
    users: [{id: 'u1', teamId: 'east'}, {id: 'u2', teamId: 'west'}, {id: 'u3'}],
    companies: [
      {id: 'co1', name: 'Acme', targetAccount: true, ownerId: 'u1'},
      {id: 'co2', name: 'Beta', targetAccount: true, ownerId: 'u2'},
      {id: 'co3', name: 'acorn', targetAccount: true, ownerId: 'u3', teamId: 'west'},
      {id: 'co4', name: 'Zed', targetAccount: true},
    ],
    contacts: [{id: 'c1', companyIds: ['co2'], buyingRoles: ['decisionMaker']}],
    deals: [
      {id: 'd1', companyIds: ['co1'], amount: 500},
      {id: 'd2', companyIds: ['co2', 'co3'], amount: 2000},
      {id: 'd3', companyIds: ['co3'], amount: 100},
    ],
  });
const ids = (rows: Array<{id: string}>) => rows.map((r) => r.id);

describe('queryAccounts', () => {
  test('TA-20 filter to one owner; metrics follow the filter (open point: default yes)', () => {
    const result = queryAccounts(engineFor(w()).state, {ownerId: 'u1'});
    expect(ids(result.rows)).toEqual(['co1']);
    expect(result.metrics).toEqual({targetAccounts: 1, accountsWithOpenDeals: 1, openDealValue: 500, noBuyingRole: 1, missingDecisionMakers: 1});
  });
  test('TA-20 filter to teams: the company team, else its owner\'s team; shared deal counted once', () => {
    const result = queryAccounts(engineFor(w()).state, {teamIds: ['west']});
    expect(ids(result.rows)).toEqual(['co3', 'co2']); // by name: acorn, Beta
    expect(result.metrics.openDealValue).toBe(2100);
  });
  test('TA-21..27 category, search and the category counts for the tabs', () => {
    const state = engineFor(w()).state;
    expect(ids(queryAccounts(state, {category: 'noDecisionMaker'}).rows)).toEqual(['co1', 'co3', 'co4']);
    expect(ids(queryAccounts(state, {search: ' AC '}).rows)).toEqual(['co1', 'co3']);
    expect(queryAccounts(state, {search: 'ac'}).metrics.targetAccounts).toBe(4);
    expect(queryAccounts(state).categoryCounts).toMatchObject({all: 4, noOpenDeals: 1, noDecisionMaker: 3});
  });
  test('TA-15 sort by open deal value either way; ties by name', () => {
    const state = engineFor(w()).state;
    expect(ids(queryAccounts(state, {sort: {key: 'openDealValue', dir: 'desc'}}).rows)).toEqual(['co3', 'co2', 'co1', 'co4']);
    expect(ids(queryAccounts(state, {sort: {key: 'openDealValue', dir: 'asc'}}).rows)).toEqual(['co4', 'co1', 'co2', 'co3']);
  });
  test('TA-16 accounts never touched sort last in both directions', () => {
    const e = engineFor(w(), [
      ev('2026-03-01T00:00:00Z', {type: 'emailSent', contactId: 'c1', userId: 'u1'}),
    ]);
    expect(ids(queryAccounts(e.state, {sort: {key: 'lastTouch', dir: 'asc'}}).rows)[0]).toBe('co2');
    expect(ids(queryAccounts(e.state, {sort: {key: 'lastTouch', dir: 'desc'}}).rows)[0]).toBe('co2');
  });
  test('TA-5 with no target accounts the page is in its setup state', () => {
    expect(queryAccounts(createAccountEngine(world({companies: [{id: 'co1'}]})).state).setup).toBe(true);
    expect(queryAccounts(engineFor(w()).state).setup).toBe(false);
  });
  test('TA-20 a bad query says what is wrong', () => {
    const state = engineFor(w()).state;
    expect(() => queryAccounts(state, {sort: {key: 'size' as never, dir: 'asc'}})).toThrow('queryAccounts: unknown sort key "size"');
    expect(() => queryAccounts(state, {category: 'hot' as never})).toThrow('queryAccounts: unknown category "hot"');
  });
});
