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

export function queryAccounts(state: AccountState, query: AccountQuery = {}): AccountQueryResult {
  checkQuery(query);
  const teams = query.teamIds && query.teamIds.length > 0 ? new Set(query.teamIds) : undefined;
  const needle = query.search?.trim().toLowerCase() ?? '';
  const tally = metricsTally(state);
  const maskCounts = new Array<number>(1 << CATEGORIES.length).fill(0);
  const wanted = query.category ? categoryBit(query.category) : 0;
  const rows: AccountRow[] = [];
  for (const id of state.targets) {
    const company = state.companies.get(id)!;
    if (query.ownerId !== undefined && company.ownerId !== query.ownerId) continue;
    if (teams && !teams.has(companyTeam(state, company) ?? '')) continue;
    const rollup = state.rollups.get(id)!;
    tally.add(rollup);
    const row = rowOf(state, id, company, rollup);
    maskCounts[row.categoryMask]++;
    if (wanted && !(row.categoryMask & wanted)) continue;
    if (needle && !row.name.toLowerCase().includes(needle)) continue;
    rows.push(row);
  }
  const categoryCounts = Object.fromEntries(
    CATEGORIES.map((c, i) => [c, maskCounts.reduce((sum, n, mask) => (mask & (1 << i) ? sum + n : sum), 0)]),
  ) as Record<Category, number>;
  return {rows: sortRows(rows, query.sort ?? {key: 'name', dir: 'asc'}), metrics: tally.metrics, categoryCounts, setup: state.targets.size === 0};
}

/** Empty values (no touch yet, nothing upcoming) sort last in both directions; ties by name, then id. */
function sortRows(rows: AccountRow[], sort: {key: SortKey; dir: 'asc' | 'desc'}): AccountRow[] {
  const dir = sort.dir === 'desc' ? -1 : 1;
  const key = sort.key;
  // Lower-cased names computed once per row, not once per comparison.
  const items = rows.map((row) => ({row, name: row.name.toLowerCase(), value: key === 'name' ? null : row[key]}));
  type Item = (typeof items)[number];
  const byName = (a: Item, b: Item) => cmp(a.name, b.name) || cmp(a.row.id, b.row.id);
  items.sort((a, b) => {
    if (key === 'name') return dir * byName(a, b);
    if (a.value === null || b.value === null) return a.value === b.value ? byName(a, b) : a.value === null ? 1 : -1;
    return dir * (a.value - b.value) || byName(a, b);
  });
  return items.map((item) => item.row);
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
