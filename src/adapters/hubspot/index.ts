/**
 * The HubSpot adapter. Widgets sit where HubSpot users expect cards: the target-account panel at the
 * top of the right sidebar, the goal indicator in the highlight card, the lead-stage badge after the
 * record name, and on index pages a badge in the name cell of each row.
 */
import type {CrmAdapter, ListRow, PageInfo} from '../types';
import {attrOf, hrefOf, placeRelative, queryAll, queryFirst, queryOne} from '../shared/dom';
import {readActivities, readContacts, readFields, readName} from './extract';
import {isHubSpotHost, parseHubSpotPath, readPortalId, TYPE_BY_KIND} from './hosts';
import * as sel from './selectors';

export const hubspotAdapter: CrmAdapter = {
  id: 'hubspot',
  name: 'HubSpot',
  matches: ['https://*.hubspot.com/*'],
  isCrmUrl: isHubSpotHost,

  readPage(url) {
    const path = parseHubSpotPath(url);
    if (!path) return undefined;
    return path.id ? {type: 'record', kind: path.kind, id: path.id} : {type: 'list', kind: path.kind};
  },

  namespace: (url) => `hubspot:${readPortalId(url) ?? 'unknown'}`,

  findAnchor(root, page, slot) {
    if (page.type === 'list') return slot === 'badge' ? queryOne(root, sel.listNameCell) : null;
    if (slot === 'panel') return queryFirst(root, sel.rightSidebar);
    if (slot === 'badge') return queryFirst(root, sel.recordTitle);
    return queryFirst(root, sel.highlightContent);
  },

  place(anchor, host, slot) {
    if (slot === 'panel') placeRelative(anchor, host, 'prepend');
    else if (slot === 'badge' && !anchor.matches('td')) placeRelative(anchor, host, 'after');
    else placeRelative(anchor, host, 'append');
  },

  readRecord(root, page) {
    return {
      kind: page.kind,
      id: page.id,
      name: readName(root) ?? '',
      fields: readFields(root, page.kind),
      contacts: page.kind === 'company' || page.kind === 'deal' ? readContacts(root) : [],
      activities: readActivities(root),
    };
  },

  listRows(root, page) {
    const rows: ListRow[] = [];
    for (const row of queryAll(root, sel.listRow)) {
      const id = /^row-(\d+)$/.exec(attrOf(row, 'data-test-id') ?? '')?.[1];
      if (id) rows.push({element: row, id, kind: page.kind});
    }
    for (const card of queryAll(root, sel.boardCard)) {
      const href = hrefOf(queryOne(card, sel.boardCardLink)) ?? '';
      const id = /\/record\/0-\d+\/(\d+)/.exec(href)?.[1];
      if (id) rows.push({element: card, id, kind: page.kind});
    }
    return rows;
  },

  watchSelector: (page: PageInfo) => (page.type === 'record' ? sel.timeline : sel.listContainer),

  recordUrl(namespace, kind, id) {
    const portal = /^hubspot:(\d+)$/.exec(namespace)?.[1];
    if (!portal || !/^\d+$/.test(id)) return undefined;
    // app.hubspot.com forwards regional portals (inferred from public links; the namespace has no region).
    return `https://app.hubspot.com/contacts/${portal}/record/${TYPE_BY_KIND[kind]}/${id}`;
  },
};
