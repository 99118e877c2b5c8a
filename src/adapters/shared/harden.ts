/**
 * Wraps an adapter so no method can throw into the CRM page, whatever the page or the description
 * holds (STYLE.md "A feature whose anchor is missing fails soft"). Each method keeps its contract:
 * readers fall back to undefined / [] / null, predicates to false.
 */
import type {CrmAdapter} from '../types';
import {safely} from './dom';

export function harden(adapter: CrmAdapter): CrmAdapter {
  return {
    ...adapter,
    isCrmUrl: (url) => safely(false, () => adapter.isCrmUrl(url)),
    readPage: (url) => safely(undefined, () => adapter.readPage(url)),
    namespace: (url) => safely(`${adapter.id}:unknown`, () => adapter.namespace(url)),
    findAnchor: (root, page, slot) => safely(null, () => adapter.findAnchor(root, page, slot)),
    place: (anchor, host, slot) => safely(undefined, () => adapter.place(anchor, host, slot)),
    readRecord: (root, page) => safely(undefined, () => adapter.readRecord(root, page)),
    listRows: (root, page) => safely([], () => adapter.listRows(root, page)),
    watchSelector: (page) => safely('body', () => adapter.watchSelector(page)),
    readLeadRefs: adapter.readLeadRefs ? (root, page) => safely([], () => adapter.readLeadRefs!(root, page)) : undefined,
    recordUrl: adapter.recordUrl
      ? (namespace, kind, id) => safely(undefined, () => adapter.recordUrl?.(namespace, kind, id))
      : undefined,
  };
}
