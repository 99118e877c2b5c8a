/**
 * Data rows of a CRM export → raw contacts, companies, deals and activities with namespaced ids
 * (`hubspot:import:contact:123`, DESIGN.md "Data model"). Associations stay as ids and names here; they
 * are resolved across all files of the import in associations.ts.
 */
import type {Id} from '../core/model';
import {cell, has, type ColumnBinding} from './columns';
import * as values from './crm-values';
import {detectDateOrder, parseDateTime, type DateOrder} from './dates';
import type {FormatDef} from './formats/index';
import {parseNumber} from './numbers';
import type {Table} from './table';
import type {CrmRows, ImportIssue, RawActivity, RawCompany, RawContact, RawDeal} from './types';

export interface CrmReadContext {
  table: Table;
  indexes: readonly number[];
  def: FormatDef;
  binding: ColumnBinding;
  decimal: ',' | '.';
  namespace: string;
}

interface Row {
  cells: string[];
  line: number;
  get(field: string): string;
  ref(kind: string, localId: string): Id;
  issue(field: string, message: string): void;
}

export function readCrmRows(ctx: CrmReadContext): {rows: CrmRows; issues: ImportIssue[]; warnings: ImportIssue[]} {
  const {table, indexes, def, binding, namespace} = ctx;
  const out: CrmRows = {crm: def.crm ?? 'generic', namespace, companies: [], contacts: [], deals: [], activities: []};
  const issues: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const sample = indexes.slice(0, 2000).map((i) => cell(table.rows[i], binding, 'at'));
  const order = detectDateOrder(sample, def.dateOrder);
  for (const i of indexes) {
    const before = issues.length;
    const row: Row = {
      cells: table.rows[i],
      line: table.lines[i],
      get: (field) => cell(table.rows[i], binding, field),
      ref: (kind, localId) => `${namespace}:${kind}:${localId}`,
      issue: (field, message) => issues.push({line: table.lines[i], column: binding.header[field] ?? null, message}),
    };
    const id = row.get('id');
    if (id === '') {
      row.issue('id', `"${binding.header.id}" is empty; expected the record's id`);
      continue;
    }
    if (def.entity === 'company') pushIf(out.companies, readCompany(row, id, binding), issues.length === before);
    else if (def.entity === 'contact') pushIf(out.contacts, readContact(row, id), issues.length === before);
    else if (def.entity === 'deal') pushIf(out.deals, readDeal(row, id, binding, ctx.decimal, warnings), issues.length === before);
    else pushIf(out.activities, readActivity(row, id, def, binding, order, warnings), issues.length === before);
  }
  return {rows: out, issues, warnings};
}

function pushIf<T>(list: T[], item: T | undefined, valid: boolean) {
  if (item !== undefined && valid) list.push(item);
}

function companyRefs(row: Row): {companyIds: Id[]; companyNames: string[]} {
  const ids = [...values.splitList(row.get('primaryCompanyId')), ...values.splitList(row.get('companyIds'))];
  const companyIds = [...new Set(ids)].map((id) => row.ref('company', id));
  // Names only matter when the export gives no ids to link by.
  const companyNames = companyIds.length ? [] : values.splitList(row.get('companyNames'));
  return {companyIds, companyNames};
}

function readCompany(row: Row, id: string, binding: ColumnBinding): RawCompany | undefined {
  const name = row.get('name');
  if (name === '') row.issue('name', `"${binding.header.name}" is empty; expected the company name`);
  let targetAccount: boolean | undefined;
  if (has(binding, 'targetAccount')) {
    targetAccount = values.yesNo(row.get('targetAccount'));
    if (targetAccount === undefined) row.issue('targetAccount', `"${binding.header.targetAccount}" is not yes/no or true/false: "${row.get('targetAccount')}"`);
  }
  return {
    id: row.ref('company', id),
    name,
    domain: row.get('domain') || undefined,
    targetAccount,
    owner: row.get('owner') || undefined,
    line: row.line,
  };
}

function readContact(row: Row, id: string): RawContact {
  let firstName = row.get('firstName');
  let lastName = row.get('lastName');
  const fullName = row.get('fullName');
  if (!firstName && !lastName && fullName) {
    const at = fullName.indexOf(' ');
    firstName = at === -1 ? fullName : fullName.slice(0, at);
    lastName = at === -1 ? '' : fullName.slice(at + 1).trim();
  }
  const properties: Record<string, string> = {};
  if (firstName) properties.firstname = firstName;
  if (lastName) properties.lastname = lastName;
  const email = row.get('email');
  if (email) properties.email = email.split(/[,;]/)[0].trim();
  const stage = row.get('lifecycleStage');
  if (stage) properties.lifecyclestage = values.lifecycleStage(stage);
  const leadSource = row.get('leadSource');
  if (leadSource) properties.leadsource = leadSource;
  return {
    id: row.ref('contact', id),
    properties,
    buyingRoles: values.buyingRoles(row.get('buyingRoles')),
    owner: row.get('owner') || undefined,
    ...companyRefs(row),
    line: row.line,
  };
}

function readDeal(row: Row, id: string, binding: ColumnBinding, decimal: ',' | '.', warnings: ImportIssue[]): RawDeal | undefined {
  const rawAmount = row.get('amount');
  const amount = parseNumber(rawAmount, decimal);
  if (!amount.ok) row.issue('amount', `"${binding.header.amount}" is not a number: "${rawAmount}"`);
  let stage = values.dealStageFromLabel(row.get('stage'));
  if (has(binding, 'closed')) {
    // Salesforce's Closed/Won checkboxes are authoritative; stage names are customisable.
    const closed = values.yesNo(row.get('closed'));
    const won = values.yesNo(row.get('won'));
    if (closed === undefined) row.issue('closed', `"${binding.header.closed}" is not yes/no or true/false: "${row.get('closed')}"`);
    else stage = !closed ? 'open' : won ? 'closedwon' : 'closedlost';
  }
  if (has(binding, 'status')) {
    const status = row.get('status').toLowerCase();
    if (status === 'deleted') {
      warnings.push({line: row.line, column: binding.header.status, message: 'deleted deal skipped'});
      return undefined;
    }
    stage = values.dealStageFromLabel(status);
  }
  return {
    id: row.ref('deal', id),
    name: row.get('name') || undefined,
    // TA open point (SPEC.md): a missing Amount counts as 0.
    amount: amount.ok ? (amount.value ?? 0) : 0,
    stage,
    ...companyRefs(row),
    line: row.line,
  };
}

function readActivity(row: Row, id: string, def: FormatDef, binding: ColumnBinding, order: DateOrder, warnings: ImportIssue[]): RawActivity | undefined {
  const rawType = row.get('activityType');
  const kind = def.activityKind ?? values.activityKind(rawType);
  const rawAt = [row.get('at'), row.get('time')].filter(Boolean).join(' ');
  const at = parseDateTime(rawAt, order);
  if (at === undefined) row.issue('at', `"${binding.header.at}" is not a date: "${rawAt}"`);
  if (kind === undefined) {
    warnings.push({line: row.line, column: binding.header.activityType ?? null, message: `activity type "${rawType}" has no matching event; skipped`});
    return undefined;
  }
  const rawOutcome = row.get('outcome');
  const outcome = rawOutcome ? values.callOutcome(rawOutcome) : undefined;
  if (rawOutcome && !outcome) warnings.push({line: row.line, column: binding.header.outcome, message: `call outcome "${rawOutcome}" is not one we know; logged as no answer`});
  return {
    id: row.ref('activity', id),
    kind,
    at: at ?? 0,
    outcome,
    owner: row.get('owner') || undefined,
    contactIds: values.splitList(row.get('contactIds')).map((c) => row.ref('contact', c)),
    contactNames: values.splitList(row.get('contactNames')),
    ...companyRefs(row),
    line: row.line,
  };
}
