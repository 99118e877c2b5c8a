/** The SCENARIO.md "targetAccounts" output section. */
import type {Id, Instant} from '../model';
import {CATEGORIES, type Category} from './categories';
import {computeMetrics, type AccountMetrics} from './metrics';
import {rowOf} from './row';
import type {AccountState} from './state';

export interface OutputRow {
  contacts: number;
  openDeals: number;
  openDealValue: number;
  lastTouch: string | null;
  lastEngagement: string | null;
  upcoming: string | null;
}

export interface AccountsOutput {
  targetAccounts: {
    metrics: AccountMetrics;
    rows: Record<Id, OutputRow>;
    categories: Record<Category, Id[]>;
  };
}

/** ISO 8601 UTC as SCENARIO.md writes it: whole seconds without ".000". */
export const iso = (at: Instant | null): string | null => (at === null ? null : new Date(at).toISOString().replace('.000Z', 'Z'));

export function buildOutput(state: AccountState): AccountsOutput {
  const ids = [...state.targets].sort();
  const rows: Record<Id, OutputRow> = {};
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, [] as Id[]])) as Record<Category, Id[]>;
  for (const id of ids) {
    const row = rowOf(state, id);
    rows[id] = {
      contacts: row.contacts,
      openDeals: row.openDeals,
      openDealValue: row.openDealValue,
      lastTouch: iso(row.lastTouch),
      lastEngagement: iso(row.lastEngagement),
      upcoming: iso(row.upcoming),
    };
    for (const c of row.categories) categories[c].push(id);
  }
  return {targetAccounts: {metrics: computeMetrics(state, ids), rows, categories}};
}
