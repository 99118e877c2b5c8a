/** Salesforce Lightning page predicates over a URL only. URL tables in pages.cases.ts. */
import type {RecordKind} from '../types';
import {parseSalesforcePath} from './hosts';

const isRecord = (kind: RecordKind) => (url: URL) => {
  const path = parseSalesforcePath(url);
  return path?.kind === kind && path.id !== undefined;
};
const isList = (kind: RecordKind) => (url: URL) => {
  const path = parseSalesforcePath(url);
  return path?.kind === kind && path.id === undefined;
};

export const isAccountRecord = isRecord('company');
export const isContactRecord = isRecord('contact');
export const isLeadRecord = isRecord('lead');
export const isOpportunityRecord = isRecord('deal');
export const isAccountList = isList('company');
export const isContactList = isList('contact');
export const isLeadList = isList('lead');
export const isOpportunityList = isList('deal');
