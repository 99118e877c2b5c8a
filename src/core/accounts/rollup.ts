/**
 * Rebuilding one company's rollup from its parts. Called only for the companies an event names or whose
 * associations changed, never for all of them; activity events use the deltas in activities.ts instead.
 */
import type {Id} from '../model';
import {addSummary, sortScheduled} from './summary';
import {emptyRollup, type AccountState, type Rollup} from './state';

export function rollupOf(state: AccountState, companyId: Id): Rollup {
  let r = state.rollups.get(companyId);
  if (!r) {
    r = emptyRollup();
    state.rollups.set(companyId, r);
  }
  return r;
}

/** Activity part: the company's own activities plus those of every associated contact. */
export function rebuildActivity(state: AccountState, companyId: Id): void {
  const r = rollupOf(state, companyId);
  r.lastTouch = null;
  r.lastEngagement = null;
  r.calls = 0;
  r.meetings = 0;
  r.openTasks = 0;
  r.scheduled = [];
  addSummary(r, r.direct, true, state.clock);
  for (const contactId of state.companyContacts.get(companyId) ?? []) {
    const summary = state.contactActivity.get(contactId);
    if (!summary) continue;
    addSummary(r, summary, countsEngagement(state, contactId), state.clock);
  }
  sortScheduled(r.scheduled);
}

/** TA-18: with GDPR mode on, a contact without lawful basis adds nothing to Last engagement. */
export function countsEngagement(state: AccountState, contactId: Id): boolean {
  return !state.gdprMode || (state.contacts.get(contactId)?.lawfulBasis ?? true);
}

/** TA-10..12, TA-27: buying-role coverage over all associated contacts. */
export function rebuildRoles(state: AccountState, companyId: Id): void {
  const r = rollupOf(state, companyId);
  r.withRole = 0;
  r.decisionMakers = 0;
  r.blockers = 0;
  for (const contactId of state.companyContacts.get(companyId) ?? []) {
    const roles = state.contacts.get(contactId)?.buyingRoles ?? [];
    if (roles.length > 0) r.withRole++;
    if (roles.includes('decisionMaker')) r.decisionMakers++;
    if (roles.includes('blocker')) r.blockers++;
  }
}

/** TA-14/15: open = neither closed-won nor closed-lost (TA-8); a missing amount counts as 0. */
export function rebuildDeals(state: AccountState, companyId: Id): void {
  const r = rollupOf(state, companyId);
  r.openDeals = 0;
  r.openDealValue = 0;
  r.sharedOpenDeals = [];
  for (const dealId of state.companyDeals.get(companyId) ?? []) {
    const deal = state.deals.get(dealId);
    if (!deal || deal.stage !== 'open') continue;
    r.openDeals++;
    r.openDealValue += amountOf(deal.amount);
    if (new Set(deal.companyIds).size > 1) r.sharedOpenDeals.push(dealId);
  }
  r.sharedOpenDeals.sort();
}

export const amountOf = (amount: unknown): number => (typeof amount === 'number' && Number.isFinite(amount) ? amount : 0);

export function rebuildRollup(state: AccountState, companyId: Id): void {
  rebuildActivity(state, companyId);
  rebuildRoles(state, companyId);
  rebuildDeals(state, companyId);
}
