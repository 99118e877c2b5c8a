/**
 * "Test on this tab" for the options page: for the description's spec that applies to `url`, how many
 * elements each selector matches. Page-level selectors count on the page; item-level ones (inside a
 * contact, activity or row) count the items in which they match, out of `items`. -1 = not valid CSS.
 */
import type {PageInfo, RecordKind} from '../types';
import {countMatches, queryAll} from '../shared/dom';
import {createCustomAdapter} from './adapter';
import type {CustomCrm, ReadSpec} from './schema';

export interface SelectorCount {
  path: string;
  selector: string;
  count: number;
  /** For item-level selectors: how many items were looked in. */
  items?: number;
}

export interface SelectorTest {
  page: PageInfo | undefined;
  results: SelectorCount[];
}

export function testSelectors(root: ParentNode, description: CustomCrm, url: URL): SelectorTest {
  const page = createCustomAdapter(description).readPage(url);
  const kinds: RecordKind[] = page ? [page.kind] : ['company', 'contact', 'lead', 'deal'];
  const results: SelectorCount[] = [];
  const pageLevel = (path: string, selector: string | undefined) => {
    if (selector) results.push({path, selector, count: countMatches(root, selector)});
  };
  const read = (path: string, spec: ReadSpec | undefined, items: Element[] | undefined) => {
    const selector = typeof spec === 'string' ? spec : spec?.selector;
    if (!selector) return;
    if (!items) return pageLevel(path, selector);
    const count = items.reduce((n, item) => n + (countMatches(item, selector) > 0 ? 1 : 0), 0);
    results.push({path, selector, count: countMatches(root, selector) < 0 ? -1 : count, items: items.length});
  };
  for (const kind of kinds) {
    const spec = description.records[kind];
    if (spec && (!page || page.type === 'record')) {
      const base = `records.${kind}`;
      pageLevel(`${base}.anchor`, spec.anchor);
      for (const [slot, anchor] of Object.entries(spec.slots ?? {})) pageLevel(`${base}.slots.${slot}.anchor`, anchor?.anchor);
      for (const [field, read1] of Object.entries(spec.fields)) read(`${base}.fields.${field}`, read1, undefined);
      for (const [group, g] of [['contacts', spec.contacts], ['activities', spec.activities]] as const) {
        if (!g) continue;
        pageLevel(`${base}.${group}.item`, g.item);
        const items = queryAll(root, g.item, 500);
        for (const [key, sub] of Object.entries(g)) if (key !== 'item') read(`${base}.${group}.${key}`, sub as ReadSpec, items);
      }
      pageLevel(`${base}.watch`, spec.watch);
    }
    const list = description.lists?.[kind];
    if (list && (!page || page.type === 'list')) {
      const base = `lists.${kind}`;
      pageLevel(`${base}.row`, list.row);
      const rows = queryAll(root, list.row, 1000);
      read(`${base}.id`, list.id, rows);
      read(`${base}.badgeCell`, list.badgeCell, rows);
      pageLevel(`${base}.watch`, list.watch);
    }
  }
  return {page, results};
}
