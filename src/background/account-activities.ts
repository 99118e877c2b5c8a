/**
 * A company's activities for its overview (TA-32..33), read from the event log's by-company and
 * by-contact indexes and from the events the engines emitted (a workflow's task), instead of the engines
 * keeping every activity in memory and in their snapshot. Cost: that company's history only.
 */
import {accountContacts, accountOverview, activityRecord, type AccountEngine, type AccountOverview, type ActivityRecord} from '../core/accounts';
import {db} from './db';
import {readEngines} from './engine-host';

/** Every account activity logged on `companyId` itself or with one of `contactIds` (a contact's events on other companies included: the overview keeps only the ones that count). */
export async function activitiesOf(companyId: string, contactIds: readonly string[]): Promise<ActivityRecord[]> {
  const tx = (await db()).transaction(['events', 'derived']);
  const lookups: Array<Promise<Array<{engine?: Parameters<typeof activityRecord>[0]}>>> = [];
  for (const name of ['events', 'derived'] as const) {
    const store = tx.objectStore(name);
    lookups.push(store.index('by-company').getAll(companyId));
    for (const contactId of contactIds) lookups.push(store.index('by-contact').getAll(contactId));
  }
  const found = (await Promise.all(lookups)).flat();
  return found.flatMap((stored) => (stored.engine ? (activityRecord(stored.engine) ?? []) : []));
}

/**
 * The overview of a known company, or undefined for a company the engines do not know. Two short reads
 * of the engines around the log read, so other messages are not held up by it; a contact associated in
 * between is counted from the next overview on.
 */
/** The target-accounts engine among the host's engines. */
export const accountEngineOf = (engines: {accounts: unknown}) => engines.accounts as AccountEngine;

export async function readAccountOverview(companyId: string, at: number, limit: number): Promise<AccountOverview | undefined> {
  const accounts = (engines: {accounts: unknown}) => accountEngineOf(engines).state;
  const contactIds = await readEngines(at, ({engines}) => (accounts(engines).companies.has(companyId) ? accountContacts(accounts(engines), companyId) : undefined));
  if (!contactIds) return undefined;
  const activities = await activitiesOf(companyId, contactIds);
  return readEngines(at, ({engines}) => (accounts(engines).companies.has(companyId) ? accountOverview(accounts(engines), companyId, activities, limit) : undefined));
}
