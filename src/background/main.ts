/**
 * The service worker. Listeners are registered synchronously at top level (Chrome only wakes a worker
 * for events whose listeners exist after the first run); no state lives only in memory.
 */
import browser from '../shared/browser';
import {createHandlers} from './handlers';
import {route, type RouterContext} from './router';
import {isEnabledCrmUrl} from './crm-origins';

const ctx: RouterContext = {
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  isEnabledCrmUrl,
  now: () => Date.now(),
};
const handlers = createHandlers(ctx.now);

browser.runtime.onMessage.addListener((message, sender) => route(message, sender, handlers, ctx));
