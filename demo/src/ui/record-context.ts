/** What every part of a record page needs to know about the record it is on. */
import {associatedContacts, primaryCompany, type AnyRecord} from '../data/queries';
import type {Activity, Company, Contact, Db, RecordType} from '../data/types';

export interface RecordContext {
  type: RecordType;
  record: AnyRecord;
  company: Company | undefined;
  /** The contacts a log form can pick (on contact and lead pages, just the one). */
  contacts: Contact[];
}

export function recordContext(db: Db, type: RecordType, record: AnyRecord): RecordContext {
  return {type, record, company: primaryCompany(db, type, record), contacts: associatedContacts(db, type, record)};
}

/** The associations a new activity on this page gets: a call on a lead page belongs to the lead too. */
export function associationsFor(ctx: RecordContext, contact: Contact | undefined): Pick<Activity, 'contactId' | 'companyId' | 'dealId' | 'leadId'> {
  return {
    ...(contact ? {contactId: contact.id} : {}),
    ...(contact ? {companyId: contact.companyId} : ctx.company ? {companyId: ctx.company.id} : {}),
    ...(ctx.type === 'deal' ? {dealId: ctx.record.id} : {}),
    ...(ctx.type === 'lead' ? {leadId: ctx.record.id} : {}),
  };
}
