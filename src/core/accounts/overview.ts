/**
 * TA-31..34: the account overview. Built on demand for one company from its activities, which the caller
 * reads (the background from the event log's indexes on contact and company, tests and replay from their
 * events): its cost is that company's history, never the whole log.
 */
import type {Deal, Id, Instant} from '../model';
import {rowOf, type AccountRow} from './row';
import type {AccountState, ActivityRecord} from './state';

export interface Stakeholder {
  userId: Id;
  activities: number;
  lastAt: Instant;
}

export interface AccountOverview {
  company: {id: Id; name: string; ownerId?: Id; teamId?: Id; targetAccount: boolean};
  row: AccountRow;
  /** Newest first: logged on the company or with any associated contact (as the rollups count them). */
  activities: ActivityRecord[];
  activityCount: number;
  /** TA-34: only contacts whose primary company this is. */
  primaryContacts: Id[];
  /** TA-13's number, for the explanation. */
  associatedContacts: number;
  /** TA-34: why the overview lists fewer contacts than the Contacts column, or null when it doesn't. */
  contactNote: string | null;
  /** TA-33: users who created or took part in the account's activities, most active first. */
  stakeholders: Stakeholder[];
  deals: Deal[];
  /** Tracked page views by associated contacts, newest first. */
  pageViews: ActivityRecord[];
}

/** The contacts whose activities count for the company (TA-13: all associated, primary or not), sorted. */
export function accountContacts(state: AccountState, companyId: Id): Id[] {
  return [...(state.companyContacts.get(companyId) ?? [])].sort();
}

/**
 * `candidates` may hold more than the company's activities (and the same one twice): only those logged on
 * the company itself or with a contact associated with it now count, as in the rollups. `limit` caps the
 * activity and page-view lists (the compact side-panel overview, TA-31, uses a small one).
 */
export function accountOverview(state: AccountState, companyId: Id, candidates: Iterable<ActivityRecord>, limit = 100): AccountOverview {
  const company = state.companies.get(companyId);
  if (!company) throw new Error(`accountOverview: unknown company "${companyId}"`);
  const contactIds = accountContacts(state, companyId);
  const associated = new Set(contactIds);
  const byId = new Map<Id, ActivityRecord>();
  for (const a of candidates) if (a.companyId === companyId || (a.contactId !== undefined && associated.has(a.contactId))) byId.set(a.id, a);
  const activities = [...byId.values()].sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));

  const stakeholders = new Map<Id, Stakeholder>();
  for (const a of activities) {
    if (!a.userId) continue;
    const s = stakeholders.get(a.userId);
    if (s) s.activities++;
    else stakeholders.set(a.userId, {userId: a.userId, activities: 1, lastAt: a.at}); // newest first: first seen is latest
  }
  const primaryContacts = contactIds.filter((c) => state.contacts.get(c)?.companyIds[0] === companyId);
  const hidden = contactIds.length - primaryContacts.length;
  const deals = [...(state.companyDeals.get(companyId) ?? [])].sort().map((d) => ({...state.deals.get(d)!}));
  return {
    company: {id: company.id, name: company.name, ownerId: company.ownerId, teamId: company.teamId, targetAccount: state.targets.has(companyId)},
    row: rowOf(state, companyId),
    activities: activities.slice(0, limit),
    activityCount: activities.length,
    primaryContacts,
    associatedContacts: contactIds.length,
    contactNote:
      hidden === 0
        ? null
        : `${hidden} of the ${contactIds.length} associated contacts ${hidden === 1 ? 'has' : 'have'} another primary company, so ${hidden === 1 ? 'it is' : 'they are'} counted in the Contacts column but not listed here.`,
    stakeholders: [...stakeholders.values()].sort((a, b) => b.activities - a.activities || (a.userId < b.userId ? -1 : 1)),
    deals,
    pageViews: activities.filter((a) => a.type === 'pageViewed').slice(0, limit),
  };
}
