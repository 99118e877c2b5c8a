/**
 * Content-script entry. Picks the adapter for this CRM page and starts the feature runner.
 * A newer copy of this script (after an extension update or a second injection) tells older copies to
 * stop, so two copies never both draw widgets.
 */
import {adapterFor} from '../adapters/registry';
import {startRunner} from './runner';
import {features} from './features';

const STARTED = 'goalpost:started';
const instance = `${Date.now()}-${Math.random().toString(36).slice(2)}`;

function main(): void {
  const adapter = adapterFor(new URL(location.href), []);
  if (!adapter) return;
  const controller = new AbortController();
  // Older copies listen for this and abort; ours ignores its own announcement.
  window.dispatchEvent(new CustomEvent(STARTED, {detail: instance}));
  window.addEventListener(STARTED, (event) => {
    if ((event as CustomEvent<string>).detail !== instance) controller.abort();
  }, {signal: controller.signal});
  startRunner({adapter, features, signal: controller.signal});
}

main();
