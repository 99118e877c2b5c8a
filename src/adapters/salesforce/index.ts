/**
 * The Salesforce Lightning adapter. The target-account panel goes at the top of the right column
 * (above the activity panel), falling back to just below the highlights panel; the indicator sits in
 * the highlights panel and the lead-stage badge after the record name. The header is the least stable
 * host (CRM-NOTES 3.3, [TG-PR1736]), so nothing essential is placed there.
 */
import type {CrmAdapter, ListRow} from '../types';
import {attrOf, placeRelative, queryAll, queryFirst, queryOne} from '../shared/dom';
import {activeScope, readActivities, readContacts, readFields, readName} from './extract';
import {idFromHref, isRecordId, isSalesforceHost, OBJECT_BY_KIND, parseSalesforcePath, readMyDomain} from './hosts';
import * as sel from './selectors';

export const salesforceAdapter: CrmAdapter = {
  id: 'salesforce',
  name: 'Salesforce Lightning',
  matches: ['https://*.lightning.force.com/*'],
  isCrmUrl: isSalesforceHost,

  readPage(url) {
    const path = parseSalesforcePath(url);
    if (!path) return undefined;
    return path.id ? {type: 'record', kind: path.kind, id: path.id} : {type: 'list', kind: path.kind};
  },

  namespace: (url) => `salesforce:${readMyDomain(url) ?? 'unknown'}`,

  findAnchor(root, page, slot) {
    if (page.type === 'list') return slot === 'badge' ? queryOne(root, sel.listNameCell) : null;
    const scope = activeScope(root);
    if (slot === 'panel') return queryFirst(scope, sel.activityPanel) ?? queryFirst(scope, sel.highlights);
    if (slot === 'badge') return queryFirst(scope, sel.recordTitle);
    return queryFirst(scope, sel.highlights);
  },

  place(anchor, host, slot) {
    if (slot === 'panel') placeRelative(anchor, host, sel.highlights.some((s) => safeMatches(anchor, s)) ? 'after' : 'before');
    else if (slot === 'badge' && !anchor.matches('th')) placeRelative(anchor, host, 'after');
    else placeRelative(anchor, host, 'append');
  },

  readRecord(root, page) {
    const scope = activeScope(root);
    return {
      kind: page.kind,
      id: page.id,
      name: readName(scope) ?? '',
      fields: readFields(scope, page.kind),
      contacts: page.kind === 'company' || page.kind === 'deal' ? readContacts(scope, page.kind) : [],
      activities: readActivities(scope),
    };
  },

  listRows(root, page) {
    const rows: ListRow[] = [];
    for (const row of queryAll(activeScope(root), sel.listRow)) {
      const link = queryOne(row, sel.listRecordLink);
      const id = attrOf(link, 'data-recordid') ?? idFromHref(link?.getAttribute('href'));
      if (id && isRecordId(id)) rows.push({element: row, id, kind: page.kind});
    }
    return rows;
  },

  watchSelector: (page) => (page.type === 'record' ? '[role="main"]' : '.forceListViewManager'),

  recordUrl(namespace, kind, id) {
    const domain = /^salesforce:([a-z0-9][a-z0-9-]*)$/.exec(namespace)?.[1];
    if (!domain || !isRecordId(id)) return undefined;
    const host = domain.includes('--') ? `${domain}.sandbox.lightning.force.com` : `${domain}.lightning.force.com`;
    return `https://${host}/lightning/r/${OBJECT_BY_KIND[kind]}/${id}/view`;
  },
};

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}
