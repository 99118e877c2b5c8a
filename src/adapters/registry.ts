/**
 * Which adapter serves a URL. Built-in adapters win over user descriptions for the hosts they know;
 * user descriptions are tried in the order saved, before the demo (which claims any local page). Every adapter handed out is hardened (no method
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

/**
 * The adapter for a URL: among the adapters whose isCrmUrl(url) holds (built-in CRMs, then the user's
 * descriptions in saved order, then the demo, which claims every 127.0.0.1/localhost page), the first
 * that recognises the page (readPage defined); else the first that claims the host. Adapters whose id
 * is in `exclude` (switched off) are passed over.
 */
export function adapterFor(url: URL, customs: CustomCrm[], exclude: readonly string[] = []): CrmAdapter | undefined {
  const ordered = [...builtInAdapters.filter((a) => a !== demoAdapter), ...customs.map(customAdapter), demoAdapter];
  const candidates = ordered.filter((a) => !exclude.includes(a.id) && a.isCrmUrl(url));
  return candidates.find((a) => a.readPage(url) !== undefined) ?? candidates[0];
}
