/**
 * The demo CRM adapter: the custom-description engine with the demo's id, a host-and-port namespace
 * ("demo:127.0.0.1:5173", so two demo servers never share data) and record URLs on the same host.
 */
import type {CrmAdapter, RecordKind} from '../types';
import {createCustomAdapter} from '../custom/adapter';
import {safely} from '../shared/dom';
import {demoDescription} from './description';
import {readDemoDeals} from './deal-refs';
import {readDemoLeadRefs} from './lead-refs';

const PATH_BY_KIND: Record<RecordKind, string> = {company: 'companies', contact: 'contacts', lead: 'leads', deal: 'deals'};

const base = createCustomAdapter(demoDescription, {
  adapterId: 'demo',
  namespace: (url) => `demo:${url.host}`,
  recordUrl(namespace, kind, id) {
    const host = /^demo:((?:127\.0\.0\.1|localhost)(?::\d{1,5})?)$/.exec(namespace)?.[1];
    return host && id ? `http://${host}/${PATH_BY_KIND[kind]}/${encodeURIComponent(id)}` : undefined;
  },
});

export const demoAdapter: CrmAdapter = {
  ...base,
  readRecord(root, page) {
    const record = base.readRecord(root, page);
    if (!record || page.kind !== 'company') return record;
    return {...record, deals: safely([], () => readDemoDeals(root, page))};
  },
  readLeadRefs: (root, page) => safely([], () => readDemoLeadRefs(root, page)),
};

export {demoDescription};
