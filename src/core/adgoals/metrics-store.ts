/**
 * Daily ad metrics (AG-2, AG-7) per ad account × campaign × network, with prefix sums so that any day
 * range of any campaign costs O(1) — what makes recomputing hundreds of goals over years of data cheap.
 *
 * Stored data: account → campaign → network → dense day columns (index = day − firstDay). Amounts are
 * integer millionths, so sums and range differences are exact and read back as the decimal the user
 * typed (120.5 + 79.7 shows 200.2, not 200.20000000000002); finer fractions round. Dense number arrays
 * keep three years of 500 campaigns at a few MB with no per-row objects for the collector to chase.
 *
 * A later import replaces the figures of the same day, account, campaign and network (a corrected
 * export); rows repeated inside one import add up (ad-group or ad-level exports).
 */
import type {AdMetricRow, Id} from '../model';
import {epochDay} from './dates';

export interface DayColumns {
  firstDay: number;
  spend: number[];
  conversions: number[];
}
export type MetricsData = Record<Id, Record<Id, Record<string, DayColumns>>>;

export const MICRO = 1e6;
const toMicros = (value: number): number => Math.round(value * MICRO);

/** A changed day of one account × campaign, for late-data detection (AG-18). */
export interface MetricChange {
  accountId: Id;
  campaignId: Id;
  day: number;
}

export interface Prefix {
  firstDay: number;
  lastDay: number;
  /** prefix[i] = sum of days firstDay .. firstDay+i-1. */
  spend: Float64Array;
  conversions: Float64Array;
}

interface BatchSeries {
  accountId: Id;
  campaignId: Id;
  network: string;
  /** Flat triples: day, spend micros, conversion micros. */
  rows: number[];
}

export class MetricsStore {
  private readonly prefixes = new Map<string, Prefix>();
  private readonly dirty = new Set<string>();
  private accountsByCampaign: Map<Id, Id[]> | undefined;

  constructor(readonly data: MetricsData) {}

  /** Adds one import (or the world's initial rows). Throws with the row's path on a bad row. */
  addRows(rows: AdMetricRow[], where: string): MetricChange[] {
    const days = new Map<string, number>();
    const batch = new Map<string, BatchSeries>();
    rows.forEach((row, i) => {
      const at = `${where}[${i}]`;
      let day = days.get(row.date);
      if (day === undefined) days.set(row.date, (day = epochDay(row.date, `${at}.date`)));
      for (const field of ['accountId', 'campaignId'] as const) {
        if (typeof row[field] !== 'string' || row[field] === '') throw new Error(`${at}.${field}: must be a non-empty id`);
      }
      const spend = row.spend ?? 0;
      const conversions = row.conversions ?? 0;
      if (!Number.isFinite(spend)) throw new Error(`${at}.spend: ${JSON.stringify(row.spend)} is not a number`);
      if (!Number.isFinite(conversions)) throw new Error(`${at}.conversions: ${JSON.stringify(row.conversions)} is not a number`);
      const network = row.network ?? '';
      const key = `${row.accountId}\u0000${row.campaignId}\u0000${network}`;
      let series = batch.get(key);
      if (!series) batch.set(key, (series = {accountId: row.accountId, campaignId: row.campaignId, network, rows: []}));
      series.rows.push(day, toMicros(spend), toMicros(conversions));
    });
    const changes: MetricChange[] = [];
    for (const series of batch.values()) this.replaceDays(series, changes);
    return changes;
  }

  private replaceDays({accountId, campaignId, network, rows}: BatchSeries, changes: MetricChange[]): void {
    // Sum the batch per day first (rows inside one import add up), then replace stored days.
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < rows.length; i += 3) {
      min = Math.min(min, rows[i]);
      max = Math.max(max, rows[i]);
    }
    const spend = new Float64Array(max - min + 1);
    const conversions = new Float64Array(max - min + 1);
    const touched = new Uint8Array(max - min + 1);
    for (let i = 0; i < rows.length; i += 3) {
      spend[rows[i] - min] += rows[i + 1];
      conversions[rows[i] - min] += rows[i + 2];
      touched[rows[i] - min] = 1;
    }
    const byCampaign = (this.data[accountId] ??= {});
    if (!byCampaign[campaignId]) this.accountsByCampaign = undefined;
    const byNetwork = (byCampaign[campaignId] ??= {});
    const columns = (byNetwork[network] ??= {firstDay: min, spend: [], conversions: []});
    cover(columns, min, max);
    let changed = false;
    for (let d = 0; d < touched.length; d++) {
      if (!touched[d]) continue;
      const i = min + d - columns.firstDay;
      if (columns.spend[i] === spend[d] && columns.conversions[i] === conversions[d]) continue;
      columns.spend[i] = spend[d];
      columns.conversions[i] = conversions[d];
      changes.push({accountId, campaignId, day: min + d});
      changed = true;
    }
    if (changed) this.dirty.add(seriesKey(accountId, campaignId));
  }

  /** Accounts that have metrics for the campaign (a campaign id may be reused across accounts). */
  accountsOf(campaignId: Id): Id[] {
    if (!this.accountsByCampaign) {
      const index = new Map<Id, Id[]>();
      for (const [accountId, campaigns] of Object.entries(this.data)) {
        for (const id of Object.keys(campaigns)) index.set(id, [...(index.get(id) ?? []), accountId]);
      }
      this.accountsByCampaign = index;
    }
    return this.accountsByCampaign.get(campaignId) ?? [];
  }

  /** The prefix sums of one account × campaign (built on first use after a change), or undefined without data. */
  prefix(accountId: Id, campaignId: Id): Prefix | undefined {
    const key = seriesKey(accountId, campaignId);
    if (this.dirty.has(key) || !this.prefixes.has(key)) {
      const networks = this.data[accountId]?.[campaignId];
      if (!networks) return undefined;
      this.prefixes.set(key, buildPrefix(Object.values(networks)));
      this.dirty.delete(key);
    }
    return this.prefixes.get(key);
  }
}

/** Spend (micros) over days [from, to], inclusive. */
export function spendMicros(p: Prefix, from: number, to: number): number {
  return rangeOf(p.spend, p, from, to);
}
export function conversionMicros(p: Prefix, from: number, to: number): number {
  return rangeOf(p.conversions, p, from, to);
}
function rangeOf(prefix: Float64Array, p: Prefix, from: number, to: number): number {
  const a = Math.max(from, p.firstDay);
  const b = Math.min(to, p.lastDay);
  return a > b ? 0 : prefix[b - p.firstDay + 1] - prefix[a - p.firstDay];
}

/** Adds daily micros of days [from, to] into the arrays at index day − base (a goal's daily series). */
export function addDailyMicros(p: Prefix, from: number, to: number, base: number, spendOut: Float64Array, conversionsOut: Float64Array): void {
  const a = Math.max(from, p.firstDay);
  const b = Math.min(to, p.lastDay);
  for (let day = a; day <= b; day++) {
    const i = day - p.firstDay;
    spendOut[day - base] += p.spend[i + 1] - p.spend[i];
    conversionsOut[day - base] += p.conversions[i + 1] - p.conversions[i];
  }
}

const seriesKey = (accountId: Id, campaignId: Id) => `${accountId}\u0000${campaignId}`;

/** Grows the columns (zero-filled) so that days [min, max] have a slot. */
function cover(columns: DayColumns, min: number, max: number): void {
  if (min < columns.firstDay) {
    const pad = new Array<number>(columns.firstDay - min).fill(0);
    columns.spend = [...pad, ...columns.spend];
    columns.conversions = [...pad, ...columns.conversions];
    columns.firstDay = min;
  }
  for (let i = columns.spend.length; i <= max - columns.firstDay; i++) {
    columns.spend.push(0);
    columns.conversions.push(0);
  }
}

function buildPrefix(networks: DayColumns[]): Prefix {
  const firstDay = Math.min(...networks.map((n) => n.firstDay));
  const lastDay = Math.max(...networks.map((n) => n.firstDay + n.spend.length - 1));
  const length = lastDay - firstDay + 2;
  const spend = new Float64Array(length);
  const conversions = new Float64Array(length);
  for (const n of networks) {
    const offset = n.firstDay - firstDay + 1;
    for (let i = 0; i < n.spend.length; i++) {
      spend[offset + i] += n.spend[i];
      conversions[offset + i] += n.conversions[i];
    }
  }
  for (let i = 1; i < length; i++) {
    spend[i] += spend[i - 1];
    conversions[i] += conversions[i - 1];
  }
  return {firstDay, lastDay, spend, conversions};
}
