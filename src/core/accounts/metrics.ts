/** TA-7..11: the metrics above the index, recounted from per-account rollups (O(accounts), no activity scan). */
import type {Id} from '../model';
import {amountOf} from './rollup';
import type {AccountState, Rollup} from './state';

export interface AccountMetrics {
  targetAccounts: number;
  accountsWithOpenDeals: number;
  openDealValue: number;
  noBuyingRole: number;
  missingDecisionMakers: number;
}

export function computeMetrics(state: AccountState, companyIds: Iterable<Id>): AccountMetrics {
  const tally = metricsTally(state);
  for (const id of companyIds) {
    const r = state.rollups.get(id);
    if (r) tally.add(r);
  }
  return tally.metrics;
}

/** Accumulates metrics one rollup at a time (queryAccounts adds the rows it already holds). */
export function metricsTally(state: AccountState): {metrics: AccountMetrics; add(r: Rollup): void} {
  const m: AccountMetrics = {targetAccounts: 0, accountsWithOpenDeals: 0, openDealValue: 0, noBuyingRole: 0, missingDecisionMakers: 0};
  // Open point (default): a deal on two target accounts counts once in the top-line sum (TA-9).
  const sharedSeen = new Set<Id>();
  const add = (r: Rollup) => {
    m.targetAccounts++;
    if (r.openDeals > 0) m.accountsWithOpenDeals++;
    m.openDealValue += r.openDealValue;
    if (r.sharedOpenDeals.length > 0) for (const dealId of r.sharedOpenDeals) {
      if (sharedSeen.has(dealId)) m.openDealValue -= amountOf(state.deals.get(dealId)?.amount);
      else sharedSeen.add(dealId);
    }
    // Open point (default): an account with no contacts counts under both (no contact has a role).
    if (r.withRole === 0) m.noBuyingRole++;
    if (r.decisionMakers === 0) m.missingDecisionMakers++;
  };
  return {metrics: m, add};
}

