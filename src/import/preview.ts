/**
 * The import preview (DESIGN.md "Contracts"): per file its format, data-row count and errors, plus
 * spend and conversions by campaign and month for ad files and CRM totals for CRM files. The CRM
 * totals are over all CRM files given together, since associations resolve across them.
 */
import type {Id} from '../core/model';
import {round2} from './numbers';
import type {CrmImport, FileImport, ImportIssue, ImportResult} from './types';

export interface CampaignMonth {
  campaign: string;
  month: string;
  spend: number;
  conversions: number;
}

export interface CrmTotals {
  contacts: number;
  companies: number;
  deals: number;
  targetAccounts: number;
  /** TA-9: Amount summed over open deals associated with target accounts, each deal once. */
  openDealValue: number;
}

export interface PreviewFile {
  file: string;
  format: string;
  rows: number;
  errors: ImportIssue[];
  adMetrics?: {byCampaignMonth: CampaignMonth[]};
  crm?: CrmTotals;
}

export function buildPreview(result: ImportResult): {files: PreviewFile[]} {
  const totals = crmTotals(result.crm);
  return {
    files: result.files.map((f) => ({
      file: f.file,
      format: f.format,
      rows: f.rows,
      errors: f.errors.map(({line, column, message}) => ({line, column, message})),
      ...(f.kind === 'ad' ? {adMetrics: {byCampaignMonth: byCampaignMonth(f)}} : {}),
      ...(f.kind === 'crm' ? {crm: totals} : {}),
    })),
  };
}

export function byCampaignMonth(file: Pick<FileImport, 'adMetrics' | 'campaignNames'>): CampaignMonth[] {
  const groups = new Map<string, CampaignMonth>();
  for (const row of file.adMetrics) {
    const campaign = file.campaignNames[row.campaignId] ?? row.campaignId;
    const month = row.date.slice(0, 7);
    const key = `${campaign}\u001f${month}`;
    const group = groups.get(key) ?? {campaign, month, spend: 0, conversions: 0};
    group.spend += row.spend;
    group.conversions += row.conversions;
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => ({...g, spend: round2(g.spend), conversions: round2(g.conversions)}))
    .sort((a, b) => (a.campaign < b.campaign ? -1 : a.campaign > b.campaign ? 1 : a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

export function crmTotals(crm: CrmImport): CrmTotals {
  const targets = new Set<Id>(crm.companies.filter((c) => c.targetAccount).map((c) => c.id));
  let openDealValue = 0;
  for (const deal of crm.deals) {
    if (deal.stage === 'open' && deal.companyIds.some((id) => targets.has(id))) openDealValue += deal.amount;
  }
  return {
    contacts: crm.contacts.length,
    companies: crm.companies.length,
    deals: crm.deals.length,
    targetAccounts: targets.size,
    openDealValue: round2(openDealValue),
  };
}
