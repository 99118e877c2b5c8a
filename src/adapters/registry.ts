/**
 * Which adapter serves a URL. Built-in adapters win over user descriptions for the hosts they know;
 * user descriptions are tried in the order saved. Every adapter handed out is hardened (no method
 * throws into the page).
 */
import type {CrmAdapter} from './types';
import {createCustomAdapter} from './custom/adapter';
import type {CustomCrm} from './custom/schema';
import {demoAdapter} from './demo';
import {hubspotAdapter} from './hubspot';
import {pipedriveAdapter} from './pipedrive';
import {salesforceAdapter} from './salesforce';
import {harden} from './shared/harden';

export type {CustomCrm};

export const builtInAdapters: readonly CrmAdapter[] = [hubspotAdapter, salesforceAdapter, pipedriveAdapter].map(harden).concat(demoAdapter);

// Descriptions are plain data; building an adapter compiles its patterns, so reuse per object.
const built = new WeakMap<CustomCrm, CrmAdapter>();

export function customAdapter(description: CustomCrm): CrmAdapter {
  let adapter = built.get(description);
  if (!adapter) built.set(description, (adapter = createCustomAdapter(description)));
  return adapter;
}

export function adapterFor(url: URL, customs: CustomCrm[]): CrmAdapter | undefined {
  return builtInAdapters.find((a) => a.isCrmUrl(url)) ?? customs.map(customAdapter).find((a) => a.isCrmUrl(url));
}
