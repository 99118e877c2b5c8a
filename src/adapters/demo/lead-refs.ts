/**
 * The demo CRM's lead references (docs/demo-dom.md): which leads a record page shows and whose they are,
 * and the leads of the lead list (by their own id: the list shows no contact link).
 * The custom-description format has no notion of "a lead row with its contact", so this is a small
 * reader beside the description rather than part of it.
 */
import type {CrmAdapter, PageInfo} from '../types';

/** Contact pages: the sidebar's "Leads" card, one row per lead with its id and stage. */
const CONTACT_LEAD_ROW = '[data-testid="associated-leads"] [data-testid="lead-row"][data-lead-id]';
/** Lead pages: the "Contact" field links the lead's contact. */
const LEAD_CONTACT_LINK = '[data-testid="record-fields"] [data-field="contact"] [data-contact-id]';
/** Lead pages: the "Lead stage" field carries the stage id in data-value. */
const LEAD_STAGE_VALUE = '[data-testid="record-fields"] [data-field="leadstage"] [data-testid="field-value"]';

const ID = /^[A-Za-z0-9_.-]{1,200}$/;
const attr = (el: Element | null | undefined, name: string) => {
  const value = el?.getAttribute(name)?.trim();
  return value ? value : undefined;
};

/** Lead list pages: each row is a lead (its id in data-record-id) with its stage; no contact is shown. */
const LEAD_LIST_ROW = '[data-testid="list-table"] [data-testid="list-row"][data-record-id]';
const ROW_STAGE = '[data-testid="cell-leadstage"] [data-value]';

export const readDemoLeadRefs: NonNullable<CrmAdapter['readLeadRefs']> = (root: ParentNode, page: PageInfo) => {
  if (page.type === 'list' && page.kind === 'lead') {
    return [...root.querySelectorAll(LEAD_LIST_ROW)].flatMap((row) => {
      const leadId = attr(row, 'data-record-id');
      if (!leadId || !ID.test(leadId)) return [];
      const stage = attr(row.querySelector(ROW_STAGE), 'data-value');
      return [{leadId, ...(stage ? {stage} : {})}];
    });
  }
  if (page.type !== 'record') return [];
  if (page.kind === 'contact') {
    return [...root.querySelectorAll(CONTACT_LEAD_ROW)].flatMap((row) => {
      const leadId = attr(row, 'data-lead-id');
      if (!leadId || !ID.test(leadId)) return [];
      const stage = attr(row, 'data-lead-stage');
      return [{leadId, contactId: page.id, ...(stage ? {stage} : {})}];
    });
  }
  if (page.kind !== 'lead') return [];
  const contactId = attr(root.querySelector(LEAD_CONTACT_LINK), 'data-contact-id');
  if (!contactId || !ID.test(contactId)) return [];
  const stage = attr(root.querySelector(LEAD_STAGE_VALUE), 'data-value');
  return [{leadId: page.id, contactId, ...(stage ? {stage} : {})}];
};
