/** The columns each list page shows. `id` becomes the cell's `data-testid="cell-<id>"`. */
import type {ComponentChildren} from 'preact';
import {BUYING_ROLE_LABELS, dealStageLabel, formatAmount, formatDate, LEAD_STAGE_LABELS, LIFECYCLE_LABELS} from '../data/labels';
import {companyById, contactById, userName} from '../data/queries';
import type {Company, Contact, Db, Deal, Lead, RecordType} from '../data/types';
import {pathFor} from '../router';
import {fullName} from '../seed/people';

export interface Column<T> {
  id: string;
  label: string;
  render(row: T, db: Db): ComponentChildren;
  /** Text the list's search box matches against. */
  text?(row: T, db: Db): string;
  numeric?: boolean;
}

const companyLink = (db: Db, id: string) => {
  const company = companyById(db, id);
  return company ? <a href={pathFor('company', company.id)} data-company-id={company.id}>{company.name}</a> : '—';
};
const stage = (value: string, label: string) => <span class={`pill pill-${value}`} data-value={value}>{label}</span>;

const companyColumns: Column<Company>[] = [
  {id: 'name', label: 'Name', render: (c) => <a href={pathFor('company', c.id)}>{c.name}</a>, text: (c) => c.name},
  {id: 'domain', label: 'Domain', render: (c) => c.domain, text: (c) => c.domain},
  {id: 'owner', label: 'Owner', render: (c, db) => userName(db, c.ownerId)},
  {id: 'lifecyclestage', label: 'Lifecycle stage', render: (c) => stage(c.lifecycleStage, LIFECYCLE_LABELS[c.lifecycleStage])},
  {id: 'industry', label: 'Industry', render: (c) => c.industry, text: (c) => c.industry},
  {id: 'city', label: 'City', render: (c) => c.city, text: (c) => c.city},
  {id: 'contacts', label: 'Contacts', numeric: true, render: (c, db) => db.contacts.filter((p) => p.companyId === c.id).length},
];

const contactColumns: Column<Contact>[] = [
  {id: 'name', label: 'Name', render: (c) => <a href={pathFor('contact', c.id)}>{fullName(c)}</a>, text: fullName},
  {id: 'email', label: 'Email', render: (c) => c.email, text: (c) => c.email},
  {id: 'company', label: 'Company', render: (c, db) => companyLink(db, c.companyId), text: (c, db) => companyById(db, c.companyId)?.name ?? ''},
  {id: 'lifecyclestage', label: 'Lifecycle stage', render: (c) => stage(c.lifecycleStage, LIFECYCLE_LABELS[c.lifecycleStage])},
  {id: 'buyingroles', label: 'Buying roles', render: (c) => <span data-value={c.buyingRoles.join(',')}>{c.buyingRoles.map((r) => BUYING_ROLE_LABELS[r]).join(', ') || '—'}</span>},
  {id: 'owner', label: 'Owner', render: (c, db) => userName(db, c.ownerId)},
];

const leadColumns: Column<Lead>[] = [
  {id: 'name', label: 'Lead', render: (l) => <a href={pathFor('lead', l.id)}>{l.name}</a>, text: (l) => l.name},
  {id: 'leadstage', label: 'Stage', render: (l) => stage(l.stage, LEAD_STAGE_LABELS[l.stage])},
  {id: 'email', label: 'Email', render: (l, db) => contactById(db, l.contactId)?.email ?? '—', text: (l, db) => contactById(db, l.contactId)?.email ?? ''},
  {id: 'source', label: 'Source', render: (l) => l.source, text: (l) => l.source},
  {id: 'owner', label: 'Owner', render: (l, db) => userName(db, l.ownerId)},
  {id: 'created', label: 'Created', render: (l) => <time dateTime={l.createdAt}>{formatDate(l.createdAt)}</time>},
];

const dealColumns: Column<Deal>[] = [
  {id: 'name', label: 'Deal', render: (d) => <a href={pathFor('deal', d.id)}>{d.name}</a>, text: (d) => d.name},
  {id: 'company', label: 'Company', render: (d, db) => companyLink(db, d.companyId), text: (d, db) => companyById(db, d.companyId)?.name ?? ''},
  {id: 'amount', label: 'Amount', numeric: true, render: (d) => <span data-value={d.amount}>{formatAmount(d.amount)}</span>},
  {id: 'dealstage', label: 'Stage', render: (d) => stage(d.stage, dealStageLabel(d.stage, d.step))},
  {id: 'closedate', label: 'Close date', render: (d) => <time dateTime={d.closeDate}>{formatDate(d.closeDate)}</time>},
  {id: 'owner', label: 'Owner', render: (d, db) => userName(db, d.ownerId)},
];

export interface ListSpec<T> {
  title: string;
  noun: string;
  rows(db: Db): T[];
  columns: Column<T>[];
}

export const LISTS: {[K in RecordType]: ListSpec<{company: Company; contact: Contact; lead: Lead; deal: Deal}[K]>} = {
  company: {title: 'Companies', noun: 'companies', rows: (db) => db.companies, columns: companyColumns},
  contact: {title: 'Contacts', noun: 'contacts', rows: (db) => db.contacts, columns: contactColumns},
  lead: {title: 'Leads', noun: 'leads', rows: (db) => db.leads, columns: leadColumns},
  deal: {title: 'Deals', noun: 'deals', rows: (db) => db.deals, columns: dealColumns},
};
