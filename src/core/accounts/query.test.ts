import {describe, expect, test} from 'vitest';
import {createAccountEngine} from './engine';
import {accountPickers, createAccountQueryMemo, queryAccounts, SORT_KEYS, type AccountQuery} from './query';
import type {AccountRow} from './row';
import {ev, engineFor, t, world} from './test-world';

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

/** The order TA-13..19 asks for, written the plain way: empty last either way, ties by name then id. */
function reference(rows: AccountRow[], key: (typeof SORT_KEYS)[number], dir: 'asc' | 'desc'): string[] {
  const byName = (a: AccountRow, b: AccountRow) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sign = dir === 'desc' ? -1 : 1;
  return [...rows]
    .sort((a, b) => {
      if (key === 'name') return sign * byName(a, b);
      const [x, y] = [a[key], b[key]];
      if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
      return sign * (x - y) || byName(a, b);
    })
    .map((r) => r.id);
}

describe('queryAccounts sorting and its cache', () => {
  // Many ties (few distinct values), empties, names equal but for case, and an upcoming task and meeting.
  const many = () =>
    world({
      users: [{id: 'u1', teamId: 'east'}, {id: 'u2', teamId: 'west'}],
      companies: Array.from({length: 40}, (_, i) => ({id: `co${String(i).padStart(2, '0')}`, name: i % 7 === 0 ? 'Same Name' : i % 7 === 1 ? 'same name' : `Co ${(i * 13) % 17}`, targetAccount: true, ownerId: i % 3 ? 'u1' : 'u2'})),
      contacts: Array.from({length: 30}, (_, i) => ({id: `c${i}`, companyIds: [`co${String((i * 7) % 40).padStart(2, '0')}`], buyingRoles: i % 4 === 0 ? ['decisionMaker' as const] : []})),
      deals: Array.from({length: 25}, (_, i) => ({id: `d${i}`, companyIds: [`co${String((i * 3) % 40).padStart(2, '0')}`], amount: (i % 4) * 100})),
    });
  const events = () => [
    ...Array.from({length: 30}, (_, i) => ev(`2026-03-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`, {type: i % 2 ? 'emailSent' : 'formSubmitted', contactId: `c${i}`, userId: 'u1'})),
    ev('2026-03-30T00:00:00Z', {type: 'taskCreated', taskId: 'k1', companyId: 'co05', due: t('2026-04-02T00:00:00Z')}),
    ev('2026-03-30T00:00:00Z', {type: 'meetingScheduled', contactId: 'c3', userId: 'u1', startsAt: t('2026-04-10T00:00:00Z')}),
  ];

  test('TA-13..19 every column either way: empties last, ties by name then id, as the plain definition says', () => {
    const state = engineFor(many(), events()).state;
    const all = queryAccounts(state).rows;
    for (const key of SORT_KEYS)
      for (const dir of ['asc', 'desc'] as const) {
        expect(queryAccounts(state, {sort: {key, dir}}).rows.map((r) => r.id), `${key} ${dir}`).toEqual(reference(all, key, dir));
      }
  });

  test('TA-20..27 with the cache, each query answers what an uncached query answers', () => {
    const state = engineFor(many(), events()).state;
    const memo = createAccountQueryMemo();
    const queries: AccountQuery[] = [
      {},
      {sort: {key: 'contacts', dir: 'desc'}},
      {sort: {key: 'name', dir: 'desc'}},
      {category: 'noOpenDeals', sort: {key: 'openDealValue', dir: 'asc'}},
      {category: 'noOpenDeals', sort: {key: 'lastEngagement', dir: 'desc'}},
      {ownerId: 'u1', sort: {key: 'lastTouch', dir: 'asc'}},
      {teamIds: ['west'], search: 'co', sort: {key: 'upcoming', dir: 'asc'}},
      {teamIds: ['west'], search: ' CO ', sort: {key: 'upcoming', dir: 'asc'}},
      {sort: {key: 'contacts', dir: 'desc'}},
    ];
    for (const query of queries) expect(queryAccounts(state, query, {memo, version: 1}), JSON.stringify(query)).toEqual(queryAccounts(state, query));
  });

  test('TA-19 the cache follows every change of state: an event, and the clock passing an Upcoming', () => {
    const engine = engineFor(many(), events());
    const memo = createAccountQueryMemo();
    const query: AccountQuery = {sort: {key: 'upcoming', dir: 'asc'}};
    const cached = () => queryAccounts(engine.state, query, {memo, version: engine.version}).rows;
    expect(cached()[0]).toMatchObject({id: 'co05', upcoming: t('2026-04-02T00:00:00Z')});
    // A new task due sooner on another account: the engine's version changes, so the answer does.
    engine.apply(ev('2026-03-31T00:00:00Z', {type: 'taskCreated', taskId: 'k2', companyId: 'co09', due: t('2026-04-01T00:00:00Z')}));
    expect(cached().slice(0, 2).map((r) => r.id)).toEqual(['co09', 'co05']);
    // No event, only time: once the clock passes a task's due date it is no longer upcoming.
    engine.advanceTo(t('2026-04-01T12:00:00Z'));
    expect(cached()[0]).toMatchObject({id: 'co05', upcoming: t('2026-04-02T00:00:00Z')});
    expect(cached().find((r) => r.id === 'co09')?.upcoming).toBeNull();
    expect(cached()).toEqual(queryAccounts(engine.state, query).rows);
  });

  test('TA-21 going back to a recent category is answered from the cache; past eight filters the oldest is recomputed', () => {
    const state = engineFor(many(), events()).state;
    const memo = createAccountQueryMemo();
    const ask = (query: AccountQuery) => queryAccounts(state, query, {memo, version: 1}).rows;
    const all = ask({});
    const noDeals = ask({category: 'noOpenDeals'});
    expect(ask({})).toBe(all); // the same array: not recomputed
    expect(ask({category: 'noOpenDeals'})).toBe(noDeals);
    for (let i = 0; i < 8; i++) ask({search: `c${i}`});
    expect(ask({})).not.toBe(all);
    expect(ask({})).toEqual(all);
  });

  test('TA-20 the owner and team pickers list the target accounts\' owners and teams, once per version of the state', () => {
    const engine = engineFor(many(), events());
    const memo = createAccountQueryMemo();
    const pickers = () => accountPickers(engine.state, {memo, version: engine.version});
    const first = pickers();
    const owners = new Set([...engine.state.targets].map((id) => engine.state.companies.get(id)!.ownerId).filter(Boolean));
    expect(new Set(first.ownerIds)).toEqual(owners);
    expect(first.teams).toEqual([...first.teams].sort());
    expect(pickers()).toBe(first); // same version: not recomputed
    engine.apply(ev('2026-03-31T00:00:00Z', {type: 'recordUpserted', record: {kind: 'company', id: 'co-new', name: 'New', ownerId: 'u-new', targetAccount: true}}));
    expect(pickers().ownerIds).toContain('u-new');
  });

  test('the cache is per state: another engine\'s state is never answered from it', () => {
    const memo = createAccountQueryMemo();
    const a = engineFor(many(), events());
    const b = engineFor(world({companies: [{id: 'x1', name: 'Only', targetAccount: true}]}));
    expect(queryAccounts(a.state, {}, {memo, version: a.version}).rows).toHaveLength(40);
    expect(queryAccounts(b.state, {}, {memo, version: b.version}).rows.map((r) => r.id)).toEqual(['x1']);
    expect(a.version).not.toBe(b.version);
  });
});
