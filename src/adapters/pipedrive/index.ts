/**
 * The Pipedrive adapter. The target-account panel goes at the top of the record sidebar (beside the
 * field rows), the badge after the record title, the indicator after the title too; list badges go in
 * the cell holding the record link.
 */
import type {CrmAdapter, ListRow, RecordKind} from '../types';
import {placeRelative, queryAll, queryFirst, queryOne} from '../shared/dom';
import {readActivities, readContacts, readFields, readName, visibleScope} from './extract';
import {idFromHref, isPipedriveHost, parsePipedrivePath, readCompany, SEGMENT_BY_KIND} from './hosts';
import * as sel from './selectors';

const LINK_BY_KIND: Record<Exclude<RecordKind, 'lead'>, string> = {contact: sel.personLink, company: sel.organizationLink, deal: 'a[href*="/deal/"]'};

export const pipedriveAdapter: CrmAdapter = {
  id: 'pipedrive',
  name: 'Pipedrive',
  matches: ['https://*.pipedrive.com/*'],
  isCrmUrl: isPipedriveHost,

  readPage(url) {
    const path = parsePipedrivePath(url);
    if (!path) return undefined;
    return path.id ? {type: 'record', kind: path.kind, id: path.id} : {type: 'list', kind: path.kind};
  },

  // "app.pipedrive.com" links carry no company; such pages get their own namespace (see adapter guide).
  namespace: (url) => `pipedrive:${readCompany(url) ?? 'unknown'}`,

  findAnchor(root, page, slot) {
    if (page.type === 'list') {
      const kind = page.kind;
      if (slot !== 'badge' || kind === 'lead') return null;
      return queryAll(root, sel.listCell).find((cell) => queryOne(cell, LINK_BY_KIND[kind])) ?? null;
    }
    const scope = visibleScope(root);
    if (slot === 'panel') return queryFirst(scope, sel.sidebar);
    return queryOne(scope, page.kind === 'lead' ? sel.leadTitle : sel.headerTitle) ?? (page.kind === 'contact' ? queryOne(scope, sel.personHeader) : null);
  },

  place(anchor, host, slot) {
    if (slot === 'panel') placeRelative(anchor, host, 'prepend');
    else if (anchor.matches(`${sel.listCell}, ${sel.personHeader}`)) placeRelative(anchor, host, 'append');
    // Mark our own node, never Pipedrive's: React re-renders drop foreign marker classes (CRM-NOTES 4.3).
    else placeRelative(anchor, host, 'after');
  },

  readRecord(root, page) {
    const scope = visibleScope(root);
    return {
      kind: page.kind,
      id: page.id,
      name: readName(scope, page.kind) ?? '',
      fields: readFields(scope, page.kind),
      contacts: page.kind === 'company' || page.kind === 'deal' ? readContacts(scope) : [],
      activities: readActivities(scope),
    };
  },

  listRows(root, page) {
    if (page.kind === 'lead') return [];
    const rows: ListRow[] = [];
    for (const row of queryAll(visibleScope(root), sel.listRow)) {
      const id = idFromHref(queryOne(row, LINK_BY_KIND[page.kind])?.getAttribute('href'), page.kind);
      if (id) rows.push({element: row, id, kind: page.kind});
    }
    return rows;
  },

  watchSelector: (page) => (page.type === 'record' ? sel.visibleView : '[role="grid"]'),

  recordUrl(namespace, kind, id) {
    const company = /^pipedrive:([a-z0-9][a-z0-9-]*)$/.exec(namespace)?.[1];
    const valid = kind === 'lead' ? /^[0-9a-f-]{36}$/.test(id) : /^\d+$/.test(id);
    return company && valid ? `https://${company}.pipedrive.com/${SEGMENT_BY_KIND[kind]}/${id}` : undefined;
  },
};
