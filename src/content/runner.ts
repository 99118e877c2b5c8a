/**
 * Starts the features whose page predicate matches, and starts them again after every in-app
 * navigation, aborting the previous run first so no listener, observer or widget outlives its page.
 * Features never wait on each other: an error in one leaves the others (and the CRM page) alone.
 */
import type {CrmAdapter} from '../adapters/types';
import {onUrlChange} from './dom/location';
import type {Feature} from './feature';
import {reportHealth} from './health';

export interface RunnerOptions {
  adapter: CrmAdapter;
  features: Feature[];
  signal: AbortSignal;
  onRun?: (url: URL, started: string[]) => void;
}

export function startRunner({adapter, features, signal, onRun}: RunnerOptions): void {
  let current: AbortController | undefined;
  const run = (url: URL) => {
    current?.abort();
    if (signal.aborted) return;
    const controller = new AbortController();
    signal.addEventListener('abort', () => controller.abort(), {once: true, signal: controller.signal});
    current = controller;
    const page = adapter.readPage(url);
    if (!page) return onRun?.(url, []);
    const started: string[] = [];
    for (const feature of features) {
      if (!feature.include(page, adapter)) continue;
      started.push(feature.id);
      // Do not await: an error on one feature must not stop the others.
      void Promise.resolve()
        .then(() => feature.init({signal: controller.signal, adapter, page, url, namespace: adapter.namespace(url)}))
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          console.warn(`[goalpost] ${feature.id} failed`, error);
          reportHealth(adapter, page, feature.id, false, [], [String((error as Error)?.message ?? error).slice(0, 60)], url);
        });
    }
    onRun?.(url, started);
  };
  onUrlChange(run, signal);
  run(new URL(location.href));
}
