/**
 * The WebExtension API, promise-based in every browser (webextension-polyfill). One import point so
 * unit tests can replace it with a fake (tests/unit/fake-browser.ts).
 */
import browser from 'webextension-polyfill';

export default browser;
export type Browser = typeof browser;
