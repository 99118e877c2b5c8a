/** Handlers of the CRMs capability (src/shared/protocol/crms.ts). */
import {validateCustomCrm} from '../../adapters/custom';
import browser from '../../shared/browser';
import {FEATURE_IDS, type CrmsState, type crmsProtocol} from '../../shared/protocol/crms';
import {installContentRegistration, syncContentScripts} from '../content-registration';
import {crmCatalog, invalidateCrms, permissionOrigin} from '../crm-origins';
import type {HandlersFor} from '../router';
import {readSettings, writeSettings} from '../settings-store';
import type {HandlerDeps} from './deps';

/** The name the content script gives "Test on this tab" in its (isolated) world; see src/content/main.ts. */
export const TEST_HOOK = '__goalpostTestSelectors';

async function state(): Promise<CrmsState> {
  const {crms, disabledFeatures} = await crmCatalog();
  return {
    crms: crms.map(({id, name, kind, origins, granted, enabled, description}) => ({id, name, kind, origins, granted, enabled, ...(description ? {description} : {})})),
    features: FEATURE_IDS.map((id) => ({id, enabled: !disabledFeatures.includes(id)})),
  };
}

const rawId = (id: string) => id.replace(/^custom:/, '');
const idOf = (crm: unknown) => (typeof crm === 'object' && crm !== null ? String((crm as {id?: unknown}).id ?? '') : '');

async function changeSettings(change: (s: Awaited<ReturnType<typeof readSettings>>['settings']) => void): Promise<void> {
  const {settings} = await readSettings();
  change(settings);
  await writeSettings(settings);
  invalidateCrms();
}

/** Runs in the tab (serialized: no closure). Waits briefly for a freshly injected content script. */
async function runTestInTab(hook: string, description: unknown): Promise<unknown> {
  for (let i = 0; i < 40; i++) {
    const fn = (globalThis as unknown as Record<string, ((d: unknown) => unknown) | undefined>)[hook];
    if (fn) return fn(description);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

export function crmsHandlers(_deps: HandlerDeps): HandlersFor<typeof crmsProtocol> {
  installContentRegistration();
  return {
    async 'crms/list'() {
      return state();
    },
    async 'crms/save'({description, replaces}) {
      const checked = validateCustomCrm(description);
      if (!checked.ok) return {ok: false as const, problems: checked.errors};
      const crm = checked.value;
      const {settings} = await readSettings();
      const replaced = replaces ? rawId(replaces) : undefined;
      if (crm.id !== replaced && settings.customCrms.some((c) => idOf(c) === crm.id)) {
        return {ok: false as const, problems: [{path: 'id', message: `"${crm.id}" is already used by another custom CRM`}]};
      }
      const index = settings.customCrms.findIndex((c) => idOf(c) === (replaced ?? crm.id));
      if (index >= 0) settings.customCrms[index] = crm;
      else settings.customCrms.push(crm);
      await writeSettings(settings);
      invalidateCrms();
      await syncContentScripts();
      const matches = typeof crm.match === 'string' ? [crm.match] : crm.match;
      return {ok: true as const, id: `custom:${crm.id}`, origins: [...new Set(matches.map(permissionOrigin))], state: await state()};
    },
    async 'crms/remove'({id}) {
      await changeSettings((s) => {
        s.customCrms = s.customCrms.filter((c) => idOf(c) !== rawId(id));
        s.disabledCrms = s.disabledCrms.filter((d) => d !== `custom:${rawId(id)}`);
      });
      await syncContentScripts();
      return state();
    },
    async 'crms/switch'({target, id, enabled}) {
      await changeSettings((s) => {
        const key = target === 'crm' ? 'disabledCrms' : 'disabledFeatures';
        const rest = s[key].filter((d) => d !== id);
        s[key] = enabled ? rest : [...rest, id];
      });
      return state();
    },
    async 'crms/sync'() {
      invalidateCrms();
      await syncContentScripts();
      return state();
    },
    async 'crms/tabs'({id}) {
      const crm = (await crmCatalog()).crms.find((c) => c.id === id);
      if (!crm || !crm.granted) return [];
      const tabs = await browser.tabs.query({url: crm.origins});
      return tabs.flatMap((tab) => {
        if (tab.id === undefined || !tab.url) return [];
        try {
          return crm.isCrmUrl(new URL(tab.url)) ? [{tabId: tab.id, title: (tab.title ?? tab.url).slice(0, 200), url: tab.url.slice(0, 2000)}] : [];
        } catch {
          return [];
        }
      });
    },
    async 'crms/test'({id, tabId}) {
      const crm = (await crmCatalog()).crms.find((c) => c.id === id);
      if (!crm?.description) return {ok: false as const, reason: 'not-custom'};
      let tab;
      try {
        tab = await browser.tabs.get(tabId);
      } catch {
        return {ok: false as const, reason: 'tab-closed'};
      }
      if (!tab.url || !crm.isCrmUrl(new URL(tab.url))) return {ok: false as const, reason: 'not-crm'};
      const exec = async () => (await chrome.scripting.executeScript({target: {tabId}, func: runTestInTab, args: [TEST_HOOK, crm.description]}))[0]?.result;
      let result = await exec();
      if (!result) {
        // No content script in the tab yet (access granted after it was opened): inject the loader once.
        const js = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
        await chrome.scripting.executeScript({target: {tabId}, files: js});
        result = await exec();
      }
      const answer = result as {page: string | null; results: Array<{path: string; selector: string; count: number; items?: number}>} | null | undefined;
      if (!answer) return {ok: false as const, reason: 'no-script'};
      return {ok: true as const, url: tab.url, page: answer.page, results: answer.results};
    },
  };
}
