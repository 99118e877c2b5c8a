// @vitest-environment happy-dom
/**
 * The index page's query model (TA-13..27): each column's next sort and each category are fetched ahead
 * while the page is idle, a click shows those rows at once and then checks them with the worker, and any
 * change of data drops what was fetched ahead.
 */
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {send} from '../../shared/messaging';
import type {AccountRowData} from '../../shared/protocol/accounts';
import {answer, nextSort, query, refresh, show, shown, type QueryAnswer} from './model';

vi.mock('../../shared/messaging', () => ({send: vi.fn()}));
const sendMock = vi.mocked(send);

type Request = {category: string; sort: {key: string; dir: string}; offset: number};
const row = (id: string): AccountRowData => ({id, name: id, contacts: 0, openDeals: 0, openDealValue: 0, lastTouch: null, lastEngagement: null, upcoming: null, categories: []});
const metrics = {targetAccounts: 3, accountsWithOpenDeals: 0, openDealValue: 0, noBuyingRole: 0, missingDecisionMakers: 0};
/** What the stand-in worker answers: rows named after the request, so a test can tell answers apart. */
let version = 'v1';
const answerTo = (r: Request): QueryAnswer => ({
  rows: [row(`${version}:${r.category}:${r.sort.key}:${r.sort.dir}`)],
  total: 1,
  metrics,
  categoryCounts: {},
  setup: false,
  owners: [],
  teams: [],
  now: 0,
});
const asked = () => sendMock.mock.calls.map(([, payload]) => payload as Request);
const shownRow = () => answer.value?.rows[0]?.id;
const idle = () => new Promise((ok) => setTimeout(ok, 120));

beforeEach(async () => {
  version = 'v1';
  sendMock.mockReset();
  sendMock.mockImplementation(async (_type, payload) => answerTo(payload as Request) as never);
  query.sort.value = {key: 'name', dir: 'asc'};
  query.category.value = 'all';
  query.offset.value = 0;
  await refresh();
  await idle();
});
afterEach(() => sendMock.mockReset());

describe('accounts page query model', () => {
  test('TA-13..19 TA-21..27 while idle, fetches ahead each column\'s next sort and each category, first page only', () => {
    const ahead = asked().slice(1);
    const sorts = ahead.filter((r) => r.category === 'all').map((r) => `${r.sort.key} ${r.sort.dir}`);
    expect(sorts).toEqual(expect.arrayContaining(['name desc', 'contacts desc', 'openDeals desc', 'openDealValue desc', 'lastTouch desc', 'lastEngagement desc', 'upcoming desc']));
    expect(ahead.filter((r) => r.sort.key === 'name' && r.sort.dir === 'asc').map((r) => r.category)).toEqual(
      expect.arrayContaining(['noOpenTasks', 'noLoggedCalls', 'noMeetings', 'noOpenDeals', 'noDecisionMaker', 'blockers']),
    );
    expect(ahead.every((r) => r.offset === 0)).toBe(true);
  });

  test('TA-13 a sort click shows the rows fetched ahead before the worker answers, then keeps them when the worker agrees', async () => {
    let release!: () => void;
    sendMock.mockImplementation((_type, payload) => new Promise((ok) => (release = () => ok(answerTo(payload as Request) as never))));
    query.sort.value = nextSort('contacts');
    const pending = show();
    expect(shownRow()).toBe('v1:all:contacts:desc'); // at once, no answer yet
    expect(shown.value.sort).toEqual({key: 'contacts', dir: 'desc'});
    const before = answer.value;
    await new Promise((ok) => setTimeout(ok, 40)); // the check waits for the paint
    release();
    await pending;
    expect(answer.value).toBe(before); // same answer: nothing re-rendered
  });

  test('TA-13 when data changed meanwhile, the worker\'s answer replaces the rows shown from what was fetched ahead', async () => {
    version = 'v2';
    query.sort.value = nextSort('lastTouch');
    await show();
    expect(shownRow()).toBe('v2:all:lastTouch:desc');
  });

  test('a change of data (a target set, a task saved: refresh) drops what was fetched ahead: the next click waits for the worker', async () => {
    version = 'v2';
    await refresh();
    sendMock.mockImplementation(() => new Promise(() => undefined)); // the worker never answers
    query.category.value = 'blockers';
    void show();
    expect(shownRow()).toBe('v2:all:name:asc'); // still the refreshed rows, not the stale blockers page
  });

  test('nextSort: another column starts descending (name ascending), the same column flips', () => {
    query.sort.value = {key: 'name', dir: 'asc'};
    expect(nextSort('name')).toEqual({key: 'name', dir: 'desc'});
    expect(nextSort('contacts')).toEqual({key: 'contacts', dir: 'desc'});
    query.sort.value = {key: 'contacts', dir: 'desc'};
    expect(nextSort('contacts')).toEqual({key: 'contacts', dir: 'asc'});
    expect(nextSort('name')).toEqual({key: 'name', dir: 'asc'});
  });
});
