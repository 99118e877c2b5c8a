/**
 * Content-script entry. Reads the user's CRM settings (custom CRM descriptions and kill switches)
 * from the background, picks the adapter for this CRM page and starts the feature runner with the
 * features not switched off. A CRM switched off runs nothing. When an in-app navigation moves to a
 * page another adapter serves (a custom CRM's hash route on a demo host), the runner restarts with it.
 * A second injection does nothing; after an extension update the new copy tells the orphaned old one
 * to stop, so two copies never both draw widgets. Only this page's adapter is loaded (adapters/loader.ts);
 * the custom-CRM validator only when the options page tests selectors.
 */
import type {CustomCrm} from '../adapters/custom/schema';
import {loadAdapterPicker} from '../adapters/loader';
import type {CrmAdapter} from '../adapters/types';
import {MessageError, send} from './messaging';
import {onUrlChange} from './dom/location';
import {startRunner} from './runner';
import {features} from './features';

const STARTED = 'goalpost:started';
const TEST_HOOK = '__goalpostTestSelectors';
const instance = `${Date.now()}-${Math.random().toString(36).slice(2)}`;

interface CrmSettings {
  customs: CustomCrm[];
  disabledCrms: string[];
  disabledFeatures: string[];
}

const isDescription = (raw: unknown): raw is CustomCrm => {
  const d = raw as Partial<CustomCrm> | null;
  return typeof d === 'object' && d !== null && typeof d.id === 'string' && typeof d.name === 'string' && (typeof d.match === 'string' || Array.isArray(d.match)) && typeof d.records === 'object' && d.records !== null;
};

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : []);

/** settings/get, sent again while the worker restarts (stopped mid-message); only a refusal is final. */
async function getSettings(): ReturnType<typeof send<'settings/get'>> {
  for (let attempt = 0; ; attempt++) {
    try {
      // A worker stopped at the wrong moment can leave a message unanswered: ask again after 15 s.
      const answer = send('settings/get', {});
      answer.catch(() => undefined);
      return await Promise.race([answer, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('No answer to settings/get')), 15_000))]);
    } catch (error) {
      // A refusal (this CRM is not enabled) is final; anything else may be a worker restarting.
      if ((error instanceof MessageError && error.code === 'forbidden-sender') || attempt >= 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(2000, 100 * 2 ** attempt)));
    }
  }
}

async function readCrmSettings(): Promise<CrmSettings | null> {
  try {
    const {settings} = await getSettings();
    // The background validates every description before storing it (crms/save, settings/import) and
    // registers this script only on valid ones, so the page skips the validator (valibot, ~5 KB gzip)
    // and keeps a structural guard; a description that still fails is passed over (adapters/loader.ts).
    const customs = (Array.isArray(settings.customCrms) ? settings.customCrms : []).filter(isDescription);
    return {customs, disabledCrms: strings(settings.disabledCrms), disabledFeatures: strings(settings.disabledFeatures)};
  } catch {
    // The background refuses pages of CRMs that are not enabled (switched off, access removed): run nothing.
    return null;
  }
}

/** "Test on this tab" (options page): chrome.scripting.executeScript calls this in our isolated world. */
function exposeSelectorTest(): void {
  (globalThis as unknown as Record<string, unknown>)[TEST_HOOK] = async (description: unknown) => {
    const [{validateCustomCrm}, {testSelectors}] = await Promise.all([import('../adapters/custom/validate'), import('../adapters/custom/test-selectors')]);
    const checked = validateCustomCrm(description);
    if (!checked.ok) return null;
    const {page, results} = testSelectors(document, checked.value, new URL(location.href));
    return {page: page ? `${page.type}:${page.kind}` : null, results};
  };
}

/** False in a copy orphaned by an extension update or reload: its runtime is gone. */
function extensionAlive(): boolean {
  try {
    return Boolean(globalThis.chrome?.runtime?.id);
  } catch {
    return false;
  }
}

// A second injection into the same isolated world (same extension, same page) does nothing.
const RUNNING = '__goalpostRunning';

async function main(): Promise<void> {
  const world = globalThis as unknown as Record<string, unknown>;
  if (world[RUNNING] && extensionAlive()) return;
  world[RUNNING] = instance;
  exposeSelectorTest();
  const outer = new AbortController();
  // Older copies listen for this and abort; ours ignores its own announcement.
  window.dispatchEvent(new CustomEvent(STARTED, {detail: instance}));
  // The CRM page can dispatch this event too, so it only stops a copy whose extension context is gone
  // (an update or reload orphaned it); a live copy ignores it, and a page cannot switch Goalpost off.
  window.addEventListener(STARTED, (event) => {
    if ((event as CustomEvent<string>).detail !== instance && !extensionAlive()) outer.abort();
  }, {signal: outer.signal});

  const settings = await readCrmSettings();
  if (!settings || outer.signal.aborted) return;
  const enabled = features.filter((f) => !settings.disabledFeatures.includes(f.id));
  const pick = await loadAdapterPicker(new URL(location.href), settings.customs, settings.disabledCrms);
  if (outer.signal.aborted) return;

  let current: {adapter: CrmAdapter; controller: AbortController} | undefined;
  const start = (url: URL) => {
    const adapter = pick(url);
    if (adapter === current?.adapter) return;
    current?.controller.abort();
    current = undefined;
    if (!adapter) return;
    const controller = new AbortController();
    outer.signal.addEventListener('abort', () => controller.abort(), {once: true, signal: controller.signal});
    current = {adapter, controller};
    startRunner({adapter, features: enabled, signal: controller.signal});
  };
  start(new URL(location.href));
  onUrlChange(start, outer.signal);
}

void main();
