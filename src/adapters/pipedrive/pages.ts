/** Pipedrive page predicates over a URL only. URL tables in pages.cases.ts. */
import type {RecordKind} from '../types';
import {parsePipedrivePath} from './hosts';

const isRecord = (kind: RecordKind) => (url: URL) => {
  const path = parsePipedrivePath(url);
  return path?.kind === kind && path.id !== undefined;
};
const isList = (kind: RecordKind) => (url: URL) => {
  const path = parsePipedrivePath(url);
  return path?.kind === kind && path.id === undefined;
};

export const isPersonRecord = isRecord('contact');
export const isOrganizationRecord = isRecord('company');
export const isDealRecord = isRecord('deal');
export const isLeadRecord = isRecord('lead');
export const isPersonList = isList('contact');
export const isOrganizationList = isList('company');
export const isDealList = isList('deal');
export const isLeadList = isList('lead');
