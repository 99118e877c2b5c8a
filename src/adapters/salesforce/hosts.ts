/**
 * Salesforce Lightning hosts, object names and ids (CRM-NOTES 3.1). Kept apart from pages.ts so every
 * export there is a page predicate covered by the cross-check.
 */
import type {RecordKind} from '../types';

/** `{domain}.lightning.force.com`, sandbox `{domain}--{sbx}.sandbox.lightning.force.com` [SI] [TM-SF]. */
const HOST = /^([a-z0-9][a-z0-9-]*)(\.sandbox)?\.lightning\.force\.com$/;

export const isSalesforceHost = (url: URL): boolean => url.protocol === 'https:' && HOST.test(url.hostname);

/** The My Domain part of the host, used as the namespace ("acme", "acme--uat"). */
export const readMyDomain = (url: URL): string | undefined => HOST.exec(url.hostname)?.[1];

export const KIND_BY_OBJECT: Record<string, RecordKind> = {Account: 'company', Contact: 'contact', Lead: 'lead', Opportunity: 'deal'};
export const OBJECT_BY_KIND: Record<RecordKind, string> = {company: 'Account', contact: 'Contact', lead: 'Lead', deal: 'Opportunity'};
/** Key prefixes: 001 Account, 003 Contact, 00Q Lead, 006 Opportunity (CRM-NOTES 3.1 "ids"). */
export const PREFIX_BY_KIND: Record<RecordKind, string> = {company: '001', contact: '003', lead: '00Q', deal: '006'};

/** 15- or 18-character record id. */
export const isRecordId = (id: string): boolean => /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(id);

export interface SalesforcePath {
  kind: RecordKind;
  id?: string;
}

/** `/lightning/r/{Object}/{id}/view`, the short `/lightning/r/{id}/view`, or `/lightning/o/{Object}/list|home`. */
export function parseSalesforcePath(url: URL): SalesforcePath | undefined {
  if (!isSalesforceHost(url)) return undefined;
  const record = /^\/lightning\/r\/(?:([A-Za-z]\w*)\/)?([a-zA-Z0-9]{15,18})\/view\/?$/.exec(url.pathname);
  if (record) {
    const id = record[2];
    if (!isRecordId(id)) return undefined;
    const kind = record[1] ? KIND_BY_OBJECT[record[1]] : kindOfId(id);
    // The id's prefix must agree with the object: a mismatch means a page we do not understand.
    return kind && id.startsWith(PREFIX_BY_KIND[kind]) ? {kind, id} : undefined;
  }
  const list = /^\/lightning\/o\/([A-Za-z]\w*)\/(list|home)\/?$/.exec(url.pathname);
  if (list && KIND_BY_OBJECT[list[1]]) return {kind: KIND_BY_OBJECT[list[1]]};
  return undefined;
}

export function kindOfId(id: string): RecordKind | undefined {
  return (Object.keys(PREFIX_BY_KIND) as RecordKind[]).find((kind) => id.startsWith(PREFIX_BY_KIND[kind]));
}

/** A record id from a Lightning href (`/lightning/r/Contact/003…/view` or `/lightning/r/003…/view`). */
export function idFromHref(href: string | null | undefined): string | undefined {
  const id = /\/lightning\/r\/(?:[A-Za-z]\w*\/)?([a-zA-Z0-9]{15,18})\/view/.exec(href ?? '')?.[1];
  return id && isRecordId(id) ? id : undefined;
}
