/**
 * createCustomAdapter: a CrmAdapter built from a validated description (schema.ts). The same code
 * serves user-described CRMs and the bundled demo CRM (demo/description.ts), so the demo exercises
 * exactly the path users rely on.
 */
import type {CrmAdapter, ListRow, PageInfo, RecordKind, WidgetSlot} from '../types';
import {placeRelative, queryAll, queryOne, type Placement} from '../shared/dom';
import {cleanName, cleanText} from '../shared/text';
import {harden} from '../shared/harden';
import {compilePath, matchesPattern, matchPath} from './patterns';
import {readActivities, readContacts, readFields, readValue} from './read';
import type {CustomCrm, RecordSpec} from './schema';

const KINDS: RecordKind[] = ['company', 'contact', 'lead', 'deal'];

export interface CustomAdapterOptions {
  /** Adapter id; default `custom:<description id>`. */
  adapterId?: string;
  /** Namespace for ids; default `custom:<description id>` (DESIGN.md "IDs are namespaced by source"). */
  namespace?: (url: URL) => string;
  /** Record URL builder; default from the first concrete match pattern and the record urlPattern. */
  recordUrl?: (namespace: string, kind: RecordKind, id: string) => string | undefined;
}

export function createCustomAdapter(description: CustomCrm, options: CustomAdapterOptions = {}): CrmAdapter {
  const d = description;
  const matches = typeof d.match === 'string' ? [d.match] : [...d.match];
  const records = KINDS.flatMap((kind) => (d.records[kind] ? [{kind, spec: d.records[kind]!, path: compilePath(d.records[kind]!.urlPattern)}] : []));
  const lists = KINDS.flatMap((kind) => (d.lists?.[kind] ? [{kind, spec: d.lists[kind]!, path: compilePath(d.lists[kind]!.urlPattern)}] : []));
  // findAnchor remembers how each anchor it returned wants its widget placed; place() looks it up.
  const placements = new WeakMap<Element, Placement>();
  const id = options.adapterId ?? `custom:${d.id}`;

  const isCrmUrl = (url: URL) => matches.some((pattern) => matchesPattern(pattern, url));

  const anchorFor = (spec: RecordSpec, slot: WidgetSlot): {selector: string; placement: Placement} => {
    const override = spec.slots?.[slot];
    if (override) return {selector: override.anchor, placement: override.placement ?? 'append'};
    return {selector: spec.anchor, placement: spec.placement ?? 'append'};
  };

  const adapter: CrmAdapter = {
    id,
    name: d.name,
    matches,
    isCrmUrl,

    readPage(url): PageInfo | undefined {
      if (!isCrmUrl(url)) return undefined;
      for (const {kind, path} of records) {
        const recordId = cleanText(matchPath(path, url), 200);
        if (recordId) return {type: 'record', kind, id: recordId};
      }
      for (const {kind, path} of lists) if (matchPath(path, url) !== undefined) return {type: 'list', kind};
      return undefined;
    },

    namespace: options.namespace ?? (() => `custom:${d.id}`),

    findAnchor(root, page, slot) {
      if (page.type === 'list') {
        const cell = slot === 'badge' ? d.lists?.[page.kind]?.badgeCell : undefined;
        const el = cell ? queryOne(root, cell) : null;
        if (el) placements.set(el, 'append');
        return el;
      }
      const spec = d.records[page.kind];
      if (!spec) return null;
      const {selector, placement} = anchorFor(spec, slot);
      const el = queryOne(root, selector);
      if (el) placements.set(el, placement);
      return el;
    },

    place(anchor, host) {
      placeRelative(anchor, host, placements.get(anchor) ?? 'append');
    },

    readRecord(root, page) {
      const spec = d.records[page.kind];
      if (!spec) return undefined;
      return {
        kind: page.kind,
        id: page.id,
        name: cleanName(readValue(root, spec.fields.name)) ?? '',
        fields: readFields(root, spec, page.kind),
        contacts: readContacts(root, spec),
        activities: readActivities(root, spec),
      };
    },

    listRows(root, page) {
      const spec = d.lists?.[page.kind];
      if (!spec) return [];
      const rows: ListRow[] = [];
      for (const row of queryAll(root, spec.row, 1000)) {
        const rowId = cleanText(readValue(row, spec.id), 200);
        if (rowId) rows.push({element: row, id: rowId, kind: page.kind});
      }
      return rows;
    },

    watchSelector: (page) => (page.type === 'record' ? d.records[page.kind]?.watch : d.lists?.[page.kind]?.watch) ?? 'body',

    recordUrl: options.recordUrl ?? ((_namespace, kind, recordId) => defaultRecordUrl(matches, d.records[kind]?.urlPattern, recordId)),
  };
  return harden(adapter);
}

/** https://host + urlPattern with :id filled, when the match pattern names one concrete host. */
function defaultRecordUrl(matches: string[], urlPattern: string | undefined, recordId: string): string | undefined {
  const m = /^(\*|https?):\/\/([^/*:]+(?::\d+)?)\//.exec(matches[0] ?? '');
  if (!m || !urlPattern || urlPattern.includes('*')) return undefined;
  const scheme = m[1] === '*' ? 'https' : m[1];
  return `${scheme}://${m[2]}${urlPattern.replace(':id', encodeURIComponent(recordId))}`;
}
