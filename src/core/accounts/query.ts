/**
 * The index page's data (TA-20..27): filter by owner/teams, pick a category, search by name, sort on
 * demand. Pure over the state; rollups are precomputed, so this is O(accounts · log accounts).
 */
import type {Id} from '../model';
import {CATEGORIES, categoryBit, isCategory, type Category} from './categories';
import {metricsTally, type AccountMetrics} from './metrics';
import {companyTeam, rowOf, type AccountRow} from './row';
import type {AccountState} from './state';

export const SORT_KEYS = ['name', 'contacts', 'openDeals', 'openDealValue', 'lastTouch', 'lastEngagement', 'upcoming'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface AccountQuery {
  ownerId?: Id;
  teamIds?: Id[];
  category?: Category;
  search?: string;
  sort?: {key: SortKey; dir: 'asc' | 'desc'};
}

export interface AccountQueryResult {
  rows: AccountRow[];
  /** Open point (default): the metrics follow the owner/team filter (not the category or search). */
  metrics: AccountMetrics;
  /** Per category, under the owner/team filter: for the category tabs. */
  categoryCounts: Record<Category, number>;
  /** TA-5: no target accounts at all, so the page opens in its setup state. */
  setup: boolean;
}

/**
 * The last few filters' rows and their sorted orders, for one state at one version (AccountEngine.version):
 * a change of sort only re-sorts, a sort seen before is answered as it was, and going back to a recent
 * filter (the page fetches each category ahead) does not recompute it. Its arrays are shared with the
 * answers: read-only.
 */
export interface AccountQueryMemo {
  /** Weak: a replaced engine's state (large at 500,000 activities) is not kept alive by the cache. */
  state?: WeakRef<AccountState>;
  version?: number;
  /** By filter key, least recently used first. */
  entries: Map<string, MemoEntry>;
  /** The owner and team pickers' choices for this state and version. */
  pickers?: AccountPickers;
}

/** The owner and team pickers' choices: the owners and teams of the target accounts. */
export interface AccountPickers {
  ownerIds: string[];
  teams: string[];
}

interface MemoEntry {
  /** The rows stay right while the clock is before this: the earliest Upcoming among them (TA-19). */
  validUntil: number;
  base: Filtered;
  sorted: Map<string, AccountRow[]>;
}

/** Filters remembered at once: the categories (7) plus the one being typed or picked. */
const MEMO_FILTERS = 8;

export const createAccountQueryMemo = (): AccountQueryMemo => ({entries: new Map()});

/**
 * With `cache`, the answer is reused while the state object, its version and the filter are the same and
 * the engine clock has not reached any row's Upcoming (the one value a row reads against the clock).
 */
export function queryAccounts(state: AccountState, query: AccountQuery = {}, cache?: {memo: AccountQueryMemo; version: number}): AccountQueryResult {
  checkQuery(query);
  const sort = query.sort ?? {key: 'name', dir: 'asc'};
  const setup = state.targets.size === 0;
  if (!cache) {
    const base = filtered(state, query);
    return {rows: sortRows(base, sort), metrics: base.metrics, categoryCounts: base.categoryCounts, setup};
  }
  const memo = current(cache, state);
  const filter = filterKey(query);
  let entry = memo.entries.get(filter);
  if (entry) memo.entries.delete(filter); // re-inserted below as the most recent
  if (!entry || !(state.clock < entry.validUntil)) {
    const base = filtered(state, query);
    entry = {base, validUntil: base.validUntil, sorted: new Map()};
  }
  memo.entries.set(filter, entry);
  if (memo.entries.size > MEMO_FILTERS) memo.entries.delete(memo.entries.keys().next().value!);
  const {base} = entry;
  const sortKey = `${sort.key} ${sort.dir}`;
  let rows = entry.sorted.get(sortKey);
  if (!rows) entry.sorted.set(sortKey, (rows = sortRows(base, sort)));
  return {rows, metrics: base.metrics, categoryCounts: base.categoryCounts, setup};
}

/** The memo, emptied first if it was kept for another state or version. */
function current({memo, version}: {memo: AccountQueryMemo; version: number}, state: AccountState): AccountQueryMemo {
  if (memo.state?.deref() !== state || memo.version !== version) {
    Object.assign(memo, {state: new WeakRef(state), version, pickers: undefined});
    memo.entries.clear();
  }
  return memo;
}

/** The pickers' choices, computed once per state and version (the same memo as the queries). */
export function accountPickers(state: AccountState, cache: {memo: AccountQueryMemo; version: number}): AccountPickers {
  const memo = current(cache, state);
  if (!memo.pickers) {
    const owners = new Set<string>();
    const teams = new Set<string>();
    for (const id of state.targets) {
      const company = state.companies.get(id)!;
      if (company.ownerId) owners.add(company.ownerId);
      const team = companyTeam(state, company);
      if (team) teams.add(team);
    }
    memo.pickers = {ownerIds: [...owners], teams: [...teams].sort()};
  }
  return memo.pickers;
}

const filterKey = (query: AccountQuery) =>
  JSON.stringify([query.ownerId ?? null, [...new Set(query.teamIds ?? [])].sort(), query.category ?? null, query.search?.trim().toLowerCase() ?? '']);

/** The rows of one filter, unsorted, with their lower-cased names (for the name order) and the tallies. */
interface Filtered {
  rows: AccountRow[];
  names: string[];
  metrics: AccountMetrics;
  categoryCounts: Record<Category, number>;
  validUntil: number;
  byName?: {order: number[]; rank: Int32Array};
}

function filtered(state: AccountState, query: AccountQuery): Filtered {
  const teams = query.teamIds && query.teamIds.length > 0 ? new Set(query.teamIds) : undefined;
  const needle = query.search?.trim().toLowerCase() ?? '';
  const tally = metricsTally(state);
  const maskCounts = new Array<number>(1 << CATEGORIES.length).fill(0);
  const wanted = query.category ? categoryBit(query.category) : 0;
  const rows: AccountRow[] = [];
  const names: string[] = [];
  let validUntil = Infinity;
  for (const id of state.targets) {
    const company = state.companies.get(id)!;
    if (query.ownerId !== undefined && company.ownerId !== query.ownerId) continue;
    if (teams && !teams.has(companyTeam(state, company) ?? '')) continue;
    const rollup = state.rollups.get(id)!;
    tally.add(rollup);
    const row = rowOf(state, id, company, rollup);
    maskCounts[row.categoryMask]++;
    if (wanted && !(row.categoryMask & wanted)) continue;
    const name = row.name.toLowerCase();
    if (needle && !name.includes(needle)) continue;
    rows.push(row);
    names.push(name);
    if (row.upcoming !== null && row.upcoming < validUntil) validUntil = row.upcoming;
  }
  const categoryCounts = Object.fromEntries(
    CATEGORIES.map((c, i) => [c, maskCounts.reduce((sum, n, mask) => (mask & (1 << i) ? sum + n : sum), 0)]),
  ) as Record<Category, number>;
  return {rows, names, metrics: tally.metrics, categoryCounts, validUntil};
}

/** The filter's rows ordered by name (then id): the name sorts, and every other sort's tie-break. */
function nameOrder(base: Filtered): {order: number[]; rank: Int32Array} {
  if (!base.byName) {
    const {rows, names} = base;
    const order = rows.map((_row, i) => i);
    order.sort((a, b) => cmp(names[a], names[b]) || cmp(rows[a].id, rows[b].id));
    const rank = new Int32Array(rows.length);
    order.forEach((row, at) => (rank[row] = at));
    base.byName = {order, rank};
  }
  return base.byName;
}

/** Empty values (no touch yet, nothing upcoming) sort last in both directions; ties by name, then id. */
function sortRows(base: Filtered, sort: {key: SortKey; dir: 'asc' | 'desc'}): AccountRow[] {
  const {rows} = base;
  const {order, rank} = nameOrder(base);
  if (sort.key === 'name') return sort.dir === 'asc' ? order.map((i) => rows[i]) : order.map((i) => rows[i]).reverse();
  const dir = sort.dir === 'desc' ? -1 : 1;
  const key = sort.key;
  // Empty is +∞ ascending and −∞ descending, so it comes last either way; two empties give NaN (falsy),
  // which falls through to the name rank like any other tie.
  const values = new Float64Array(rows.length);
  rows.forEach((row, i) => (values[i] = row[key] ?? dir * Infinity));
  const sorted = rows.map((_row, i) => i);
  sorted.sort((a, b) => dir * (values[a] - values[b]) || rank[a] - rank[b]);
  return sorted.map((i) => rows[i]);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function checkQuery(query: AccountQuery): void {
  if (query.category !== undefined && !isCategory(query.category)) {
    throw new Error(`queryAccounts: unknown category "${String(query.category)}"`);
  }
  if (query.sort) {
    if (!(SORT_KEYS as readonly string[]).includes(query.sort.key)) throw new Error(`queryAccounts: unknown sort key "${query.sort.key}"`);
    if (query.sort.dir !== 'asc' && query.sort.dir !== 'desc') throw new Error(`queryAccounts: sort.dir must be "asc" or "desc"`);
  }
}
