/**
 * HubSpot page predicates over a URL only (STYLE.md: github-url-detection). URL tables in pages.cases.ts.
 */
import {parseHubSpotPath} from './hosts';
import type {RecordKind} from '../types';

const isRecord = (kind: RecordKind) => (url: URL) => {
  const path = parseHubSpotPath(url);
  return path?.kind === kind && path.id !== undefined;
};
const isList = (kind: RecordKind) => (url: URL) => {
  const path = parseHubSpotPath(url);
  return path?.kind === kind && path.id === undefined;
};

export const isContactRecord = isRecord('contact');
export const isCompanyRecord = isRecord('company');
export const isDealRecord = isRecord('deal');
export const isLeadRecord = isRecord('lead');
export const isContactList = isList('contact');
export const isCompanyList = isList('company');
export const isDealList = isList('deal');
export const isLeadList = isList('lead');
