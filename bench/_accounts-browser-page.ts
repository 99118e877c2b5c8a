/**
 * Bundled by bench/accounts-browser.ts (esbuild) into a plain http://127.0.0.1 page: the target-accounts
 * engine itself in Chromium's V8, loaded with 5,000 target accounts, 100,000 contacts and 500,000
 * activities, then timed applying single new activities and reading the touched account's row.
 * The leading underscore keeps bench/run.ts from running this file as a bench of its own.
 */
import {createAccountEngine} from '../src/core/accounts';
import {rowOf} from '../src/core/accounts/row';
import type {ScenarioEvent} from '../src/core/model';
import {activityEvent, seedWorld, type Sizes} from './_accounts-data';

declare global {
  interface Window {
    benchIncremental(sizes: Sizes, measured: number): {loadMs: number; incrementalMs: number; rowsChecked: number};
  }
}

window.benchIncremental = (sizes, measured) => {
  const t0 = performance.now();
  const engine = createAccountEngine(seedWorld(sizes));
  for (let i = 0; i < sizes.activities; i++) {
    const e = activityEvent(i, sizes);
    engine.advanceTo(e.at);
    engine.apply(e);
  }
  const loadMs = performance.now() - t0;
  const fresh: ScenarioEvent[] = Array.from({length: measured}, (_, k) => activityEvent(sizes.activities + k, sizes));
  const { state } = engine;
  let rowsChecked = 0;
  const start = performance.now();
  for (const e of fresh) {
    engine.advanceTo(e.at);
    engine.apply(e);
    // The update is done when the account's index row reads the new rollup.
    const contact = 'contactId' in e && e.contactId ? state.contacts.get(e.contactId) : undefined;
    const companyId = contact?.companyIds[0] ?? ('companyId' in e ? e.companyId : undefined);
    if (companyId && rowOf(state, companyId)) rowsChecked++;
  }
  const incrementalMs = (performance.now() - start) / measured;
  return {loadMs, incrementalMs, rowsChecked};
};
