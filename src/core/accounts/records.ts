/**
 * Companies, contacts and deals arriving from the world or as `recordUpserted` events (create, or replace
 * the given fields). Each change rebuilds only the rollups of the companies it involves.
 */
import {BUYING_ROLES, DEAL_STAGES, type Company, type Deal, type Id, type UpsertedRecord} from '../model';
import {rebuildActivity, rebuildDeals, rollupOf} from './rollup';
import {emptySummary, type AccountState, type ContactRecord} from './state';

/** Called before a company's rollup or target flag changes, so the caller can diff categories. */
export type Touch = (companyId: Id) => void;

type Patch<T> = {id: Id} & Partial<T>;

export function upsertRecord(state: AccountState, record: UpsertedRecord, touch: Touch, where: string): void {
  switch (record.kind) {
    case 'company':
      return upsertCompany(state, record, touch, where);
    case 'contact':
      return upsertContact(state, record, touch, where);
    case 'deal':
      return upsertDeal(state, record, touch, where);
    default:
      return; // leads are not account data
  }
}

/** A company an activity or association names before its record arrived: kept under its id. */
export function ensureCompany(state: AccountState, companyId: Id): Company {
  let company = state.companies.get(companyId);
  if (!company) {
    company = {id: companyId, name: companyId, targetAccount: false, properties: {}};
    state.companies.set(companyId, company);
    rollupOf(state, companyId);
  }
  return company;
}

export function upsertCompany(state: AccountState, patch: Patch<Company>, touch: Touch, where: string): void {
  const company = ensureCompany(state, patch.id);
  if (patch.name !== undefined) company.name = String(patch.name);
  if ('ownerId' in patch) company.ownerId = patch.ownerId;
  if ('teamId' in patch) company.teamId = patch.teamId;
  if (patch.properties !== undefined) company.properties = {...patch.properties};
  if (patch.targetAccount !== undefined) {
    if (typeof patch.targetAccount !== 'boolean') throw new Error(`${where}.targetAccount: expected true or false`);
    setTarget(state, patch.id, patch.targetAccount, touch);
  }
}

/** TA-1/2: returns whether membership changed. */
export function setTarget(state: AccountState, companyId: Id, value: boolean, touch: Touch): boolean {
  const company = ensureCompany(state, companyId);
  if (state.targets.has(companyId) === value) {
    company.targetAccount = value;
    return false;
  }
  touch(companyId);
  company.targetAccount = value;
  if (value) state.targets.add(companyId);
  else state.targets.delete(companyId);
  return true;
}

export function ensureContact(state: AccountState, contactId: Id): ContactRecord {
  let contact = state.contacts.get(contactId);
  if (!contact) {
    contact = {id: contactId, companyIds: [], buyingRoles: [], lawfulBasis: true, properties: {}};
    state.contacts.set(contactId, contact);
    state.contactActivity.set(contactId, emptySummary());
  }
  return contact;
}

export function upsertContact(state: AccountState, patch: Patch<ContactRecord>, touch: Touch, where: string): void {
  const contact = ensureContact(state, patch.id);
  const before = new Set(contact.companyIds);
  const rolesBefore = contact.buyingRoles;
  const lawfulBefore = contact.lawfulBasis;
  if (patch.companyIds !== undefined) contact.companyIds = [...patch.companyIds];
  if (patch.buyingRoles !== undefined) {
    patch.buyingRoles.forEach((role, i) => {
      if (!BUYING_ROLES.includes(role)) throw new Error(`${where}.buyingRoles[${i}]: unknown buying role "${role}"`);
    });
    contact.buyingRoles = [...patch.buyingRoles];
  }
  if (patch.lawfulBasis !== undefined) contact.lawfulBasis = patch.lawfulBasis;
  if (patch.properties !== undefined) contact.properties = {...patch.properties};
  const after = new Set(contact.companyIds);
  for (const companyId of before) if (!after.has(companyId)) state.companyContacts.get(companyId)?.delete(contact.id);
  for (const companyId of after) {
    ensureCompany(state, companyId);
    let set = state.companyContacts.get(companyId);
    if (!set) state.companyContacts.set(companyId, (set = new Set()));
    set.add(contact.id);
  }
  // Roles, lawful basis and membership all feed the rollup of the (few) companies involved. The roles
  // part moves by this contact's delta; the activity part is rebuilt only where this contact's activity
  // can change it (it has some, and joined or left, or its lawful basis changed). A rebuild per upsert
  // made importing many contacts of one company quadratic.
  const hasActivity = state.contactActivity.has(contact.id);
  const lawfulChanged = lawfulBefore !== contact.lawfulBasis;
  for (const companyId of new Set([...before, ...after])) {
    touch(companyId);
    const wasIn = before.has(companyId);
    const isIn = after.has(companyId);
    const r = rollupOf(state, companyId);
    if (wasIn) addRoles(r, rolesBefore, -1);
    if (isIn) addRoles(r, contact.buyingRoles, 1);
    if (hasActivity && (wasIn !== isIn || lawfulChanged)) rebuildActivity(state, companyId);
  }
}

/** One contact's share of a company's buying-role coverage (TA-10..12), added or taken away. */
function addRoles(r: ReturnType<typeof rollupOf>, roles: readonly string[], sign: 1 | -1): void {
  if (roles.length > 0) r.withRole += sign;
  if (roles.includes('decisionMaker')) r.decisionMakers += sign;
  if (roles.includes('blocker')) r.blockers += sign;
}

export function upsertDeal(state: AccountState, patch: Patch<Deal>, touch: Touch, where: string): void {
  let deal = state.deals.get(patch.id);
  if (!deal) {
    deal = {id: patch.id, companyIds: [], amount: 0, stage: 'open'};
    state.deals.set(patch.id, deal);
  }
  const before = new Set(deal.companyIds);
  if (patch.companyIds !== undefined) deal.companyIds = [...patch.companyIds];
  if (patch.amount !== undefined) deal.amount = patch.amount;
  if (patch.stage !== undefined) {
    if (!DEAL_STAGES.includes(patch.stage)) throw new Error(`${where}.stage: unknown deal stage "${patch.stage}"`);
    deal.stage = patch.stage;
  }
  const after = new Set(deal.companyIds);
  for (const companyId of before) if (!after.has(companyId)) state.companyDeals.get(companyId)?.delete(deal.id);
  for (const companyId of after) {
    ensureCompany(state, companyId);
    let set = state.companyDeals.get(companyId);
    if (!set) state.companyDeals.set(companyId, (set = new Set()));
    set.add(deal.id);
  }
  // Other companies of a shared deal are involved too: their "shared" list depends on the company count.
  for (const companyId of new Set([...before, ...after])) {
    touch(companyId);
    rebuildDeals(state, companyId);
  }
}
