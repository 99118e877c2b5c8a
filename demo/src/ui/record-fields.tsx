/**
 * The header fields of each record type. `field` is the `data-field` name of docs/demo-dom.md; the
 * `<dd>` shows a readable label and carries the internal value in `data-value` (an addition to the
 * contract, so adapters need not map labels back).
 */
import type {ComponentChildren} from 'preact';
import {BUYING_ROLE_LABELS, dealStageLabel, formatAmount, formatDate, LEAD_STAGE_LABELS, LIFECYCLE_LABELS} from '../data/labels';
import {contactById, userName} from '../data/queries';
import type {Company, Contact, Db, Deal, Lead} from '../data/types';
import {pathFor} from '../router';
import {fullName} from '../seed/people';
import type {RecordContext} from './record-context';

export interface HeaderField {
  field: string;
  label: string;
  value: ComponentChildren;
  dataValue?: string;
}

const companyField = (ctx: RecordContext): HeaderField => ({
  field: 'company',
  label: 'Company',
  value: ctx.company ? <a href={pathFor('company', ctx.company.id)} data-company-id={ctx.company.id}>{ctx.company.name}</a> : '—',
  dataValue: ctx.company?.id,
});
const ownerField = (db: Db, ownerId: string): HeaderField => ({field: 'owner', label: 'Owner', value: userName(db, ownerId), dataValue: ownerId});

export function headerFields(db: Db, ctx: RecordContext): HeaderField[] {
  switch (ctx.type) {
    case 'company': {
      const c = ctx.record as Company;
      return [
        {field: 'domain', label: 'Domain', value: c.domain},
        ownerField(db, c.ownerId),
        {field: 'lifecyclestage', label: 'Lifecycle stage', value: LIFECYCLE_LABELS[c.lifecycleStage], dataValue: c.lifecycleStage},
        {field: 'industry', label: 'Industry', value: c.industry},
        {field: 'city', label: 'City', value: c.city},
        {field: 'employees', label: 'Employees', value: c.employees.toLocaleString('en-GB'), dataValue: String(c.employees)},
        {field: 'targetaccount', label: 'Target account', value: c.targetAccount ? 'Yes' : 'No', dataValue: String(c.targetAccount)},
      ];
    }
    case 'contact': {
      const c = ctx.record as Contact;
      return [
        {field: 'email', label: 'Email', value: c.email},
        {field: 'phone', label: 'Phone', value: c.phone},
        {field: 'jobtitle', label: 'Job title', value: c.jobTitle},
        companyField(ctx),
        ownerField(db, c.ownerId),
        {field: 'lifecyclestage', label: 'Lifecycle stage', value: LIFECYCLE_LABELS[c.lifecycleStage], dataValue: c.lifecycleStage},
        {field: 'buyingroles', label: 'Buying roles', value: c.buyingRoles.map((r) => BUYING_ROLE_LABELS[r]).join(', '), dataValue: c.buyingRoles.join(',')},
      ];
    }
    case 'lead': {
      const l = ctx.record as Lead;
      const contact = contactById(db, l.contactId);
      return [
        {field: 'leadstage', label: 'Lead stage', value: LEAD_STAGE_LABELS[l.stage], dataValue: l.stage},
        {field: 'contact', label: 'Contact', value: contact ? <a href={pathFor('contact', contact.id)} data-contact-id={contact.id}>{fullName(contact)}</a> : '—', dataValue: l.contactId},
        {field: 'email', label: 'Email', value: contact?.email ?? '—'},
        companyField(ctx),
        ownerField(db, l.ownerId),
        {field: 'source', label: 'Source', value: l.source},
        {field: 'created', label: 'Created', value: formatDate(l.createdAt), dataValue: l.createdAt},
      ];
    }
    case 'deal': {
      const d = ctx.record as Deal;
      return [
        {field: 'amount', label: 'Amount', value: formatAmount(d.amount), dataValue: String(d.amount)},
        {field: 'dealstage', label: 'Deal stage', value: dealStageLabel(d.stage, d.step), dataValue: d.stage},
        {field: 'closedate', label: 'Close date', value: formatDate(d.closeDate), dataValue: d.closeDate},
        companyField(ctx),
        ownerField(db, d.ownerId),
      ];
    }
  }
}
