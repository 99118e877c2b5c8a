/**
 * Idempotency of ad imports.
 *
 * - A row's key is day + account + campaign (+ network, so two platforms never collide).
 * - Within one file, rows sharing a key are SUMMED: exports segmented below the campaign (Meta ad sets
 *   or ads, Google device or network segments) write several rows per campaign and day, and all of
 *   them are spend. "Later row wins" would silently drop most of the spend.
 * - Across files and imports, a key's row REPLACES the earlier one: re-importing the same export (or
 *   an overlapping date range) changes nothing, and a corrected export overwrites the old figures.
 */
import type {AdMetricRow, Instant, ScenarioEvent} from '../core/model';
import {hash53} from './shape';

export function adMetricKey(row: Pick<AdMetricRow, 'date' | 'accountId' | 'campaignId' | 'network'>): string {
  return `${row.network ?? ''}\u001f${row.accountId}\u001f${row.campaignId}\u001f${row.date}`;
}

/** Later lists win per key; the result is sorted by key so equal inputs give equal outputs. */
export function mergeAdMetrics(...lists: ReadonlyArray<readonly AdMetricRow[]>): AdMetricRow[] {
  const byKey = new Map<string, AdMetricRow>();
  for (const list of lists) for (const row of list) byKey.set(adMetricKey(row), row);
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

/**
 * The event the background appends for an import. Its id is derived from the rows, so committing the
 * same rows twice yields the same id, which the event log ignores.
 */
export function adMetricsImportedEvent(rows: readonly AdMetricRow[], at: Instant): ScenarioEvent {
  const sorted = mergeAdMetrics(rows);
  const digest = sorted.map((r) => `${adMetricKey(r)}\u001f${r.spend}\u001f${r.conversions}`).join('\n');
  return {type: 'adMetricsImported', id: `import:ads:${hash53(digest).toString(36)}:${sorted.length}`, at, rows: sorted};
}
