/** One index row (TA-13..19) read from a company's rollup. */
import type {Company, Id, Instant} from '../model';
import {categoriesOfMask, categoryMask, type Category} from './categories';
import {nextScheduled} from './summary';
import type {AccountState} from './state';

export interface AccountRow {
  id: Id;
  name: string;
  ownerId?: Id;
  teamId?: Id;
  /** TA-13: all associated contacts, primary or not. */
  contacts: number;
  openDeals: number;
  openDealValue: number;
  lastTouch: Instant | null;
  lastEngagement: Instant | null;
  /** TA-19, relative to the engine clock. */
  upcoming: Instant | null;
  categories: readonly Category[];
  /** Bit i set = member of CATEGORIES[i]. */
  categoryMask: number;
}

export function rowOf(state: AccountState, companyId: Id, company = state.companies.get(companyId), r = state.rollups.get(companyId)): AccountRow {
  if (!company || !r) throw new Error(`accounts: unknown company "${companyId}"`);
  const mask = categoryMask(r);
  return {
    id: companyId,
    name: company.name,
    ownerId: company.ownerId,
    teamId: companyTeam(state, company),
    contacts: state.companyContacts.get(companyId)?.size ?? 0,
    openDeals: r.openDeals,
    openDealValue: r.openDealValue,
    lastTouch: r.lastTouch,
    lastEngagement: r.lastEngagement,
    upcoming: nextScheduled(r.scheduled, state.clock),
    categories: categoriesOfMask(mask),
    categoryMask: mask,
  };
}

/** TA-20: the company's own team, else its owner's team. */
export function companyTeam(state: AccountState, company: Company): Id | undefined {
  return company.teamId ?? (company.ownerId ? state.users.get(company.ownerId)?.teamId : undefined);
}
