/**
 * Which CRMs Goalpost runs on, and which pages may talk to the background as content scripts: pages of
 * a CRM the user has enabled. That is the bundled demo CRM on the user's own machine (127.0.0.1 /
 * localhost), built-in CRMs whose host access the user granted, and custom CRMs (settings.customCrms)
 * whose match patterns are granted; in each case only while not switched off (settings.disabledCrms).
 */
import {validateCustomCrm, type CustomCrm} from '../adapters/custom';
import {builtInAdapters, customAdapter} from '../adapters/registry';
import browser from '../shared/browser';
import {permissionOrigin} from '../shared/protocol/crms';
import {readSettings} from './settings-store';

export {permissionOrigin};

export interface KnownCrm {
  id: string;
  name: string;
  kind: 'builtIn' | 'demo' | 'custom';
  /** Host permission patterns ("Grant access" requests these). */
  origins: string[];
  granted: boolean;
  enabled: boolean;
  isCrmUrl(url: URL): boolean;
  description?: CustomCrm;
}

export interface CrmCatalog {
  crms: KnownCrm[];
  disabledFeatures: string[];
}

const DEMO_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** The stored custom CRM descriptions that validate (a bad one is skipped, never half-used). */
export function validCustomCrms(raw: readonly unknown[]): CustomCrm[] {
  return raw.flatMap((item) => {
    const checked = validateCustomCrm(item);
    return checked.ok ? [checked.value] : [];
  });
}

async function granted(origins: string[]): Promise<boolean> {
  try {
    return await browser.permissions.contains({origins});
  } catch {
    return false;
  }
}

let cached: Promise<CrmCatalog> | undefined;

/** Forget the catalog (settings or permissions changed). */
export function invalidateCrms(): void {
  cached = undefined;
}

async function loadCatalog(): Promise<CrmCatalog> {
  const {settings} = await readSettings();
  const disabled = new Set(settings.disabledCrms);
  const crms: KnownCrm[] = [];
  for (const adapter of builtInAdapters) {
    const demo = adapter.id === 'demo';
    const origins = demo ? [...adapter.matches] : adapter.matches.map(permissionOrigin);
    crms.push({
      id: adapter.id,
      name: adapter.name,
      kind: demo ? 'demo' : 'builtIn',
      origins,
      granted: demo ? true : await granted(origins),
      enabled: !disabled.has(adapter.id),
      isCrmUrl: (url) => adapter.isCrmUrl(url),
    });
  }
  for (const description of validCustomCrms(settings.customCrms)) {
    const adapter = customAdapter(description);
    const origins = [...new Set(adapter.matches.map(permissionOrigin))];
    crms.push({
      id: adapter.id,
      name: adapter.name,
      kind: 'custom',
      origins,
      granted: await granted(origins),
      enabled: !disabled.has(adapter.id),
      isCrmUrl: (url) => adapter.isCrmUrl(url),
      description,
    });
  }
  return {crms, disabledFeatures: settings.disabledFeatures};
}

export function crmCatalog(): Promise<CrmCatalog> {
  cached ??= loadCatalog().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

export async function isEnabledCrmUrl(url: URL): Promise<boolean> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const {crms} = await crmCatalog();
  return crms.some((crm) => crm.enabled && crm.granted && crm.isCrmUrl(url) && (crm.kind !== 'demo' || DEMO_HOSTS.has(url.hostname)));
}
