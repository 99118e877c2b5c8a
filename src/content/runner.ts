/**
 * Starts the features whose page predicate matches, and starts them again after every in-app
 * navigation, aborting the previous run first so no listener, observer or widget outlives its page.
 * Features never wait on each other: an error in one leaves the others (and the CRM page) alone.
 * A feature's code is loaded only on pages it runs on (features/index.ts), all of them in parallel.
 */
import type {CrmAdapter} from '../adapters/types';
import {onUrlChange} from './dom/location';
import {settled} from './dom/observe';
import type {LazyFeature} from './features';
import {reportHealth} from './health';

export interface RunnerOptions {
  adapter: CrmAdapter;
  features: LazyFeature[];
  signal: AbortSignal;
  onRun?: (url: URL, started: string[]) => void;
}

const SETTLE_QUIET_MS = 120;
const SETTLE_MAX_MS = 1500;

export function startRunner({adapter, features, signal, onRun}: RunnerOptions): void {
  let current: AbortController | undefined;
  const run = async (url: URL, navigated: boolean) => {
    current?.abort();
    if (signal.aborted) return;
    const controller = new AbortController();
    signal.addEventListener('abort', () => controller.abort(), {once: true, signal: controller.signal});
    current = controller;
    // The URL changes before the CRM renders the new record (the app calls pushState, then renders):
    // reading at once would store the previous record's contents under the new id.
    if (navigated) await settled(controller.signal, SETTLE_QUIET_MS, SETTLE_MAX_MS);
    if (controller.signal.aborted) return;
    const page = adapter.readPage(url);
    if (!page) return onRun?.(url, []);
    const started: string[] = [];
    for (const entry of features) {
      if (!entry.pages(page)) continue;
      started.push(entry.id);
      // Do not await: an error on one feature must not stop the others.
      void entry
        .load()
        .then((feature) => {
          if (controller.signal.aborted || !feature.include(page, adapter)) return;
          return feature.init({signal: controller.signal, adapter, page, url, namespace: adapter.namespace(url)});
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          console.warn(`[goalpost] ${entry.id} failed`, error);
          reportHealth(adapter, page, entry.id, false, [], [String((error as Error)?.message ?? error).slice(0, 60)], url);
        });
    }
    onRun?.(url, started);
  };
  onUrlChange((url) => void run(url, true), signal);
  void run(new URL(location.href), false);
}
