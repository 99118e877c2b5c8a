/** Fail-soft bookkeeping: what a feature found on the page goes to the options page's health view. */
import type {CrmAdapter, PageInfo} from '../adapters/types';
import {send} from './messaging';

const reported = new Set<string>();

export function reportHealth(adapter: CrmAdapter, page: PageInfo, slot: string, found: boolean, fieldsFound: string[], fieldsMissing: string[], url: URL): void {
  const pageKind = `${page.type}:${page.kind}`;
  // One report per page kind, widget and outcome per page load: health is a summary, not a log.
  const key = `${adapter.id}|${pageKind}|${slot}|${found}|${fieldsMissing.join(',')}`;
  if (reported.has(key)) return;
  reported.add(key);
  send('health/report', {
    adapterId: adapter.id,
    pageKind,
    slot,
    found,
    fieldsFound: fieldsFound.slice(0, 20),
    fieldsMissing: fieldsMissing.slice(0, 20),
    url: `${url.origin}${url.pathname}`.slice(0, 2000),
  }).catch(() => undefined);
}
