/**
 * Merges the CRM rows of all files of one import and resolves associations ACROSS them:
 * contact ↔ company and deal ↔ company by id where the export has ids, else by company name (case- and
 * space-insensitive) against the companies of the whole import; activity → contact by id or by the
 * contact's full name. A company named but absent from the import becomes a stub (name only, id
 * `<ns>:company:name:<name>`), because the export says it exists and dropping the link would lose the
 * account's contacts and deals; a later companies import with real ids does not merge into stubs.
 * Records appearing in several files merge; later files' fields win.
 */
import type {Company, Contact, Deal, Id, ScenarioEvent} from '../core/model';
import {activityEvent} from './activity-events';
import type {CrmImport, CrmRows, ImportIssue} from './types';

const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

export function resolveCrm(inputs: ReadonlyArray<{file: string; rows: CrmRows}>): CrmImport {
  const companies = new Map<Id, Company>();
  const contacts = new Map<Id, Contact>();
  const deals = new Map<Id, Deal>();
  const events: ScenarioEvent[] = [];
  const stubs = new Set<Id>();
  const warnings: CrmImport['warnings'] = [];
  const companyByName = new Map<string, Id>();
  const contactByName = new Map<string, Id>();

  // Pass 1: companies from every file, so any file's names can resolve against them.
  for (const {rows} of inputs) {
    for (const raw of rows.companies) {
      const previous = companies.get(raw.id);
      companies.set(raw.id, {
        id: raw.id,
        name: raw.name,
        targetAccount: raw.targetAccount ?? previous?.targetAccount ?? false,
        ...(raw.owner ? {ownerId: `${rows.namespace}:user:${raw.owner}`} : {}),
        properties: {...previous?.properties, name: raw.name, ...(raw.domain ? {domain: raw.domain} : {})},
      });
      const key = `${rows.namespace}\u001f${nameKey(raw.name)}`;
      if (!companyByName.has(key)) companyByName.set(key, raw.id);
    }
  }
  const companyIdsFor = (namespace: string, ids: Id[], names: string[]): Id[] => {
    const out = [...ids];
    for (const name of names) {
      let id = companyByName.get(`${namespace}\u001f${nameKey(name)}`);
      if (!id) {
        id = `${namespace}:company:name:${nameKey(name)}`;
        if (!companies.has(id)) {
          companies.set(id, {id, name: name.trim(), targetAccount: false, properties: {name: name.trim()}});
          stubs.add(id);
        }
      }
      if (!out.includes(id)) out.push(id);
    }
    return out;
  };

  // Pass 2: contacts and deals.
  for (const {rows} of inputs) {
    for (const raw of rows.contacts) {
      const previous = contacts.get(raw.id);
      const companyIds = companyIdsFor(rows.namespace, raw.companyIds, raw.companyNames);
      contacts.set(raw.id, {
        id: raw.id,
        companyIds: [...new Set([...companyIds, ...(previous?.companyIds ?? [])])],
        properties: {...previous?.properties, ...raw.properties, ...(raw.owner ? {ownerid: `${rows.namespace}:user:${raw.owner}`} : {})},
        buyingRoles: raw.buyingRoles.length ? raw.buyingRoles : (previous?.buyingRoles ?? []),
        // SCENARIO.md: lawful basis defaults to true; exports we read do not carry it.
        lawfulBasis: previous?.lawfulBasis ?? true,
      });
      const fullName = [raw.properties.firstname, raw.properties.lastname].filter(Boolean).join(' ');
      if (fullName) contactByName.set(`${rows.namespace}\u001f${nameKey(fullName)}`, raw.id);
    }
    for (const raw of rows.deals) {
      deals.set(raw.id, {id: raw.id, companyIds: companyIdsFor(rows.namespace, raw.companyIds, raw.companyNames), amount: raw.amount, stage: raw.stage});
    }
  }

  // Pass 3: activities, which may name contacts from any file.
  for (const {file, rows} of inputs) {
    for (const raw of rows.activities) {
      const byName = raw.contactNames.map((n) => contactByName.get(`${rows.namespace}\u001f${nameKey(n)}`)).find(Boolean);
      const contactId = raw.contactIds[0] ?? byName;
      const companyId = companyIdsFor(rows.namespace, raw.companyIds, raw.companyNames)[0];
      const event = activityEvent(raw, contactId, companyId, rows.namespace);
      if (typeof event === 'string') warnings.push({file, line: raw.line, column: null, message: event} satisfies ImportIssue & {file: string});
      else events.push(event);
    }
  }
  events.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {contacts: [...contacts.values()], companies: [...companies.values()], deals: [...deals.values()], events, stubCompanyIds: [...stubs], warnings};
}
