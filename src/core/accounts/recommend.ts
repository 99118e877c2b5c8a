/**
 * TA-28..30: prospects and recommended target accounts among the companies that are not targets yet.
 * Open point (default): prospects = companies whose contacts engaged recently; recommendations rank
 * companies by their own data and their fit with the current targets; a dismissed one never comes back.
 */
import type {Id, Instant} from '../model';
import type {AccountState} from './state';

const DAY = 86_400_000;

export type ReasonCode = 'recentEngagement' | 'contacts' | 'openDeals' | 'decisionMaker' | 'sameOwner' | 'sameProperty';
export interface Reason {
  code: ReasonCode;
  message: string;
}
export interface Recommendation {
  companyId: Id;
  name: string;
  score: number;
  reasons: Reason[];
}
export interface Prospect {
  companyId: Id;
  name: string;
  lastEngagement: Instant;
  contacts: number;
}

export interface RecommendOptions {
  limit?: number;
  /** Engagement counts as recent within this many days of the engine clock. */
  withinDays?: number;
  /** The company property compared with the targets' (fit), e.g. industry. */
  fitProperty?: string;
}

export function prospectAccounts(state: AccountState, withinDays = 30): Prospect[] {
  const since = state.clock - withinDays * DAY;
  const out: Prospect[] = [];
  for (const [id, r] of state.rollups) {
    if (state.targets.has(id) || r.lastEngagement === null || r.lastEngagement < since) continue;
    const contacts = state.companyContacts.get(id)?.size ?? 0;
    out.push({companyId: id, name: state.companies.get(id)?.name ?? id, lastEngagement: r.lastEngagement, contacts});
  }
  return out.sort((a, b) => b.lastEngagement - a.lastEngagement || (a.companyId < b.companyId ? -1 : 1));
}

export function recommendAccounts(state: AccountState, options: RecommendOptions = {}): Recommendation[] {
  const {limit = 50, withinDays = 30, fitProperty = 'industry'} = options;
  const fit = targetProfile(state, fitProperty);
  const since = state.clock - withinDays * DAY;
  const out: Recommendation[] = [];
  for (const [id, r] of state.rollups) {
    if (state.targets.has(id) || state.dismissed.has(id)) continue;
    const company = state.companies.get(id);
    if (!company) continue;
    const reasons: Reason[] = [];
    let score = 0;
    const contacts = state.companyContacts.get(id)?.size ?? 0;
    if (r.lastEngagement !== null && r.lastEngagement >= since) {
      const days = Math.floor((state.clock - r.lastEngagement) / DAY);
      score += days <= 7 ? 4 : 3;
      reasons.push({code: 'recentEngagement', message: `A contact engaged ${days === 0 ? 'today' : `${days} day${days === 1 ? '' : 's'} ago`}.`});
    }
    if (contacts > 0) {
      score += Math.min(contacts, 10) * 0.3;
      reasons.push({code: 'contacts', message: `${contacts} associated contact${contacts === 1 ? '' : 's'}.`});
    }
    if (r.openDeals > 0) {
      score += 2 + Math.min(r.openDeals - 1, 2);
      reasons.push({code: 'openDeals', message: `${r.openDeals} open deal${r.openDeals === 1 ? '' : 's'} worth ${r.openDealValue}.`});
    }
    // Fit alone is no evidence: a company with no data of its own is not recommended.
    if (reasons.length === 0) continue;
    if (r.decisionMakers > 0) {
      score += 1;
      reasons.push({code: 'decisionMaker', message: 'A decision maker is known.'});
    }
    const owned = company.ownerId ? fit.owners.get(company.ownerId) ?? 0 : 0;
    if (owned > 0) {
      score += 1;
      reasons.push({code: 'sameOwner', message: `Owned by ${company.ownerId}, who owns ${owned} target account${owned === 1 ? '' : 's'}.`});
    }
    const value = company.properties[fitProperty];
    const alike = value === undefined || value === null ? 0 : fit.values.get(String(value)) ?? 0;
    if (alike > 0) {
      score += 1;
      reasons.push({code: 'sameProperty', message: `Same ${fitProperty} (${String(value)}) as ${alike} target account${alike === 1 ? '' : 's'}.`});
    }
    out.push({companyId: id, name: company.name, score: Math.round(score * 10) / 10, reasons});
  }
  out.sort((a, b) => b.score - a.score || (a.companyId < b.companyId ? -1 : 1));
  return out.slice(0, limit);
}

function targetProfile(state: AccountState, property: string): {owners: Map<Id, number>; values: Map<string, number>} {
  const owners = new Map<Id, number>();
  const values = new Map<string, number>();
  for (const id of state.targets) {
    const company = state.companies.get(id);
    if (!company) continue;
    if (company.ownerId) owners.set(company.ownerId, (owners.get(company.ownerId) ?? 0) + 1);
    const v = company.properties[property];
    if (v !== undefined && v !== null) values.set(String(v), (values.get(String(v)) ?? 0) + 1);
  }
  return {owners, values};
}
