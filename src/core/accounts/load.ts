/** World → initial state. Records are inserted first and every rollup built once at the end. */
import {BUYING_ROLES, DEAL_STAGES, type Id, type World} from '../model';
import {ensureCompany} from './records';
import {rebuildRollup} from './rollup';
import {emptyState, emptySummary, type AccountState} from './state';

export function loadWorld(world: World): AccountState {
  const state = emptyState(world.gdprMode ?? false);
  for (const user of world.users) state.users.set(user.id, {...user});
  world.companies.forEach((company, i) => {
    if (state.companies.has(company.id)) throw new Error(`companies[${i}].id: duplicate company "${company.id}"`);
    if (typeof company.targetAccount !== 'boolean') throw new Error(`companies[${i}].targetAccount: expected true or false`);
    state.companies.set(company.id, {...company, properties: {...company.properties}});
    if (company.targetAccount) state.targets.add(company.id);
  });
  world.contacts.forEach((contact, i) => {
    if (state.contacts.has(contact.id)) throw new Error(`contacts[${i}].id: duplicate contact "${contact.id}"`);
    contact.buyingRoles.forEach((role, j) => {
      if (!BUYING_ROLES.includes(role)) throw new Error(`contacts[${i}].buyingRoles[${j}]: unknown buying role "${role}"`);
    });
    state.contacts.set(contact.id, {
      id: contact.id,
      companyIds: [...contact.companyIds],
      buyingRoles: [...contact.buyingRoles],
      lawfulBasis: contact.lawfulBasis,
      properties: {...contact.properties},
    });
    state.contactActivity.set(contact.id, emptySummary());
    for (const companyId of contact.companyIds) link(state, state.companyContacts, companyId, contact.id);
  });
  world.deals.forEach((deal, i) => {
    if (state.deals.has(deal.id)) throw new Error(`deals[${i}].id: duplicate deal "${deal.id}"`);
    if (!DEAL_STAGES.includes(deal.stage)) throw new Error(`deals[${i}].stage: unknown deal stage "${deal.stage}"`);
    state.deals.set(deal.id, {...deal, companyIds: [...deal.companyIds]});
    for (const companyId of deal.companyIds) link(state, state.companyDeals, companyId, deal.id);
  });
  for (const companyId of state.companies.keys()) rebuildRollup(state, companyId);
  return state;
}

function link(state: AccountState, index: Map<Id, Set<Id>>, companyId: Id, id: Id): void {
  ensureCompany(state, companyId);
  let set = index.get(companyId);
  if (!set) index.set(companyId, (set = new Set()));
  set.add(id);
}
