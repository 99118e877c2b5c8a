/**
 * The service worker. Listeners are registered synchronously at top level (Chrome only wakes a worker
 * for events whose listeners exist after the first run); no state lives only in memory.
 */
import browser from '../shared/browser';
import type {Runtime} from 'webextension-polyfill';
import {createHandlers} from './handlers';
import {route, type RouterContext} from './router';
import {isEnabledCrmUrl} from './crm-origins';
import './alarms';
import './effects';

const ctx: RouterContext = {
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  isEnabledCrmUrl,
  now: () => Date.now(),
};
const handlers = createHandlers({now: ctx.now});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender, handlers, ctx));
