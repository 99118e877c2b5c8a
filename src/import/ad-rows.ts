/**
 * Data rows of an ad-platform export → AdMetricRow, one per day + account + campaign (ad-keys.ts).
 * Campaign ids are the export's "Campaign ID" when it has one, else the campaign name (trimmed, not
 * slugged, so it still reads as the platform shows it); accounts likewise.
 */
import type {AdMetricRow, Id} from '../core/model';
import {adMetricKey} from './ad-keys';
import {cell, has, type ColumnBinding} from './columns';
import {detectDateOrder, parseDate} from './dates';
import type {FormatDef} from './formats/index';
import {parseNumber, round2} from './numbers';
import type {Table} from './table';
import type {ImportIssue} from './types';

export interface AdRows {
  rows: AdMetricRow[];
  campaignNames: Record<Id, string>;
  currency?: string;
  issues: ImportIssue[];
}

export interface AdReadContext {
  table: Table;
  indexes: readonly number[];
  def: FormatDef;
  binding: ColumnBinding;
  decimal: ',' | '.';
  defaultAccount: string;
}

export function readAdRows({table, indexes, def, binding, decimal, defaultAccount}: AdReadContext): AdRows {
  const issues: ImportIssue[] = [];
  const byKey = new Map<string, AdMetricRow>();
  const campaignNames: Record<Id, string> = {};
  const network = def.network ?? 'generic';
  const dateField = has(binding, 'day') ? 'day' : 'reportStart';
  const order = detectDateOrder(sampleColumn(table, indexes, binding, dateField), def.dateOrder);
  // A big export repeats each day hundreds of times; parse each distinct text once.
  const dates = new Map<string, string | undefined>();
  const dateOf = (raw: string) => {
    let date = dates.get(raw);
    if (date === undefined && !dates.has(raw)) dates.set(raw, (date = parseDate(raw, order)));
    return date;
  };
  let currency = currencyFromHeader(binding.header.spend);

  for (const i of indexes) {
    const row = table.rows[i];
    const line = table.lines[i];
    const before = issues.length;
    const date = readDate(row, line, binding, dateField, dateOf, issues);
    const campaignName = cell(row, binding, 'campaign');
    if (campaignName === '') issues.push({line, column: binding.header.campaign, message: `"${binding.header.campaign}" is empty; expected a campaign name`});
    const spend = readMetric(row, line, binding, 'spend', decimal, issues);
    const conversions = readMetric(row, line, binding, 'conversions', decimal, issues);
    if (issues.length > before || date === undefined) continue;

    const campaignId = cell(row, binding, 'campaignId') || campaignName;
    const accountId = cell(row, binding, 'accountId') || cell(row, binding, 'account') || defaultAccount;
    campaignNames[campaignId] = campaignName;
    currency ??= cell(row, binding, 'currency') || undefined;
    const candidate: AdMetricRow = {date, accountId, campaignId, network, spend, conversions};
    const key = adMetricKey(candidate);
    const existing = byKey.get(key);
    if (existing) {
      existing.spend = round2(existing.spend + spend);
      existing.conversions = round2(existing.conversions + conversions);
    } else byKey.set(key, candidate);
  }
  return {rows: [...byKey.values()], campaignNames, currency, issues};
}

function readDate(row: string[], line: number, binding: ColumnBinding, field: string, dateOf: (raw: string) => string | undefined, issues: ImportIssue[]) {
  const header = binding.header[field];
  const raw = cell(row, binding, field);
  const date = dateOf(raw);
  if (date === undefined) {
    issues.push({line, column: header, message: `"${header}" is not a date: "${raw}"`});
    return undefined;
  }
  if (field === 'reportStart' && has(binding, 'reportEnd')) {
    // A row without a Day column covers the whole reporting range; daily goals need daily rows.
    const end = dateOf(cell(row, binding, 'reportEnd'));
    if (end !== date) {
      issues.push({
        line,
        column: binding.header.reportEnd,
        message: `row covers ${date} to ${end ?? cell(row, binding, 'reportEnd')}; expected one day per row (export with Breakdown › By time › Day)`,
      });
      return undefined;
    }
  }
  return date;
}

function readMetric(row: string[], line: number, binding: ColumnBinding, field: string, decimal: ',' | '.', issues: ImportIssue[]): number {
  if (!has(binding, field)) return 0;
  const raw = cell(row, binding, field);
  const parsed = parseNumber(raw, decimal);
  if (!parsed.ok) {
    const header = binding.header[field];
    issues.push({line, column: header, message: `"${header}" is not a number: "${raw}"`});
    return 0;
  }
  // Empty and "--" mean nothing was spent or converted that day.
  return parsed.value ?? 0;
}

function sampleColumn(table: Table, indexes: readonly number[], binding: ColumnBinding, field: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < indexes.length && k < 2000; k++) out.push(cell(table.rows[indexes[k]], binding, field));
  return out;
}

function currencyFromHeader(header: string | undefined): string | undefined {
  return header ? /\(([A-Za-z]{3})\)\s*$/.exec(header)?.[1]?.toUpperCase() : undefined;
}
