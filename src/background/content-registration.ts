/**
 * Content scripts for CRMs outside the manifest: the manifest injects the content script only on the
 * demo hosts; for each built-in or custom CRM whose host access the user granted, the background
 * registers the same built loader (the manifest's content_scripts[0].js) with
 * chrome.scripting.registerContentScripts, persisted across sessions, and unregisters it when access
 * is removed. The registrations are recomputed from chrome.permissions at startup, on install/update,
 * whenever a permission is added or removed, and when the settings change (custom CRMs saved).
 */
import browser from '../shared/browser';
import {crmCatalog, invalidateCrms} from './crm-origins';

const PREFIX = 'goalpost-crm-';

interface Registration {
  id: string;
  matches: string[];
  js: string[];
}

const scriptId = (crmId: string) => `${PREFIX}${crmId.replace(/[^a-z0-9-]/gi, '-')}`;

function manifestScript(): {js: string[]; matches: string[]} {
  const script = browser.runtime.getManifest().content_scripts?.[0];
  return {js: script?.js ?? [], matches: script?.matches ?? []};
}

/** The registrations the granted permissions call for. */
export async function wantedRegistrations(): Promise<Registration[]> {
  const {js, matches: declared} = manifestScript();
  if (!js.length) return [];
  const {crms} = await crmCatalog();
  return crms
    .filter((crm) => crm.kind !== 'demo' && crm.granted)
    .map((crm) => ({id: scriptId(crm.id), matches: crm.origins.filter((o) => !declared.includes(o)), js}))
    // A custom CRM on the demo hosts is already covered by the manifest's own content script.
    .filter((r) => r.matches.length > 0);
}

const same = (a: string[], b: string[] | undefined) => !!b && a.length === b.length && a.every((x, i) => x === b[i]);

async function sync(): Promise<void> {
  const scripting = chrome.scripting;
  if (!scripting?.registerContentScripts) return;
  const wanted = await wantedRegistrations();
  const existing = (await scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(PREFIX));
  const keep = new Set(wanted.filter((w) => existing.some((e) => e.id === w.id && same(w.matches, e.matches) && same(w.js, e.js))).map((w) => w.id));
  const stale = existing.filter((e) => !keep.has(e.id)).map((e) => e.id);
  if (stale.length) await scripting.unregisterContentScripts({ids: stale});
  const fresh = wanted.filter((w) => !keep.has(w.id));
  if (fresh.length) {
    await scripting.registerContentScripts(fresh.map((w) => ({...w, runAt: 'document_idle' as const, persistAcrossSessions: true})));
  }
}

let queue: Promise<void> = Promise.resolve();

/** Bring the registrations in line with the permissions; calls run one after another. */
export function syncContentScripts(): Promise<void> {
  const next = queue.then(sync).catch((error: unknown) => console.warn('[goalpost] content script registration failed', error));
  queue = next;
  return next;
}

let installed = false;

/** Top-level listeners (called once while the service worker starts). */
export function installContentRegistration(): void {
  if (installed) return;
  installed = true;
  const resync = () => {
    invalidateCrms();
    void syncContentScripts();
  };
  browser.runtime.onStartup?.addListener(resync);
  browser.runtime.onInstalled?.addListener(resync);
  browser.permissions?.onAdded?.addListener(resync);
  browser.permissions?.onRemoved?.addListener(resync);
  browser.storage?.onChanged?.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) resync();
  });
}
