/** Read-only lookups over a Db, shared by the list and record pages. */
import {fullName} from '../seed/people';
import type {Activity, Company, Contact, Db, Deal, Lead, RecordType, User} from './types';

export type AnyRecord = Company | Contact | Lead | Deal;

export function findRecord(db: Db, type: RecordType, id: string): AnyRecord | undefined {
  const rows: AnyRecord[] = {company: db.companies, contact: db.contacts, lead: db.leads, deal: db.deals}[type];
  return rows.find((r) => r.id === id);
}

export const recordName = (type: RecordType, record: AnyRecord): string =>
  type === 'contact' ? fullName(record as Contact) : (record as Company | Lead | Deal).name;

export const userName = (db: Db, id: string | undefined): string => db.users.find((u) => u.id === id)?.name ?? 'Unassigned';
export const userById = (db: Db, id: string | undefined): User | undefined => db.users.find((u) => u.id === id);
export const companyById = (db: Db, id: string | undefined): Company | undefined => db.companies.find((c) => c.id === id);
export const contactById = (db: Db, id: string | undefined): Contact | undefined => db.contacts.find((c) => c.id === id);

/** The contacts a record's sidebar lists, and the ones a log form may pick from. */
export function associatedContacts(db: Db, type: RecordType, record: AnyRecord): Contact[] {
  switch (type) {
    case 'company':
      return db.contacts.filter((c) => c.companyId === record.id);
    case 'contact':
      return [record as Contact];
    case 'lead':
      return db.contacts.filter((c) => c.id === (record as Lead).contactId);
    case 'deal':
      return (record as Deal).contactIds.map((id) => contactById(db, id)).filter((c): c is Contact => c !== undefined);
  }
}

/** The company a record belongs to (a company is its own). */
export function primaryCompany(db: Db, type: RecordType, record: AnyRecord): Company | undefined {
  if (type === 'company') return record as Company;
  if (type === 'deal') return companyById(db, (record as Deal).companyId);
  const contact = type === 'contact' ? (record as Contact) : contactById(db, (record as Lead).contactId);
  return companyById(db, contact?.companyId);
}

/** The activities a record's timeline shows, newest first (ties: newest id first). */
export function timelineFor(db: Db, type: RecordType, record: AnyRecord): Activity[] {
  let match: (a: Activity) => boolean;
  if (type === 'company') match = (a) => a.companyId === record.id;
  else if (type === 'contact') match = (a) => a.contactId === record.id;
  else if (type === 'lead') match = (a) => a.leadId === record.id || a.contactId === (record as Lead).contactId;
  else {
    const people = new Set((record as Deal).contactIds);
    match = (a) => a.dealId === record.id || (a.contactId !== undefined && people.has(a.contactId));
  }
  return db.activities.filter(match).sort((a, b) => b.timestamp.localeCompare(a.timestamp) || b.id.localeCompare(a.id));
}

export const dealsForCompany = (db: Db, companyId: string): Deal[] => db.deals.filter((d) => d.companyId === companyId);
export const dealsForContact = (db: Db, contactId: string): Deal[] => db.deals.filter((d) => d.contactIds.includes(contactId));
export const leadsForContacts = (db: Db, contactIds: Set<string>): Lead[] => db.leads.filter((l) => contactIds.has(l.contactId));
