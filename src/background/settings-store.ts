/**
 * Settings live in chrome.storage.local; this is their only writer. Reads repair what is stored
 * (unknown fields dropped, bad ones restored to defaults, each with a note the options page shows).
 */
import browser from '../shared/browser';
import {repairSettings, type Repaired, type Settings} from '../shared/settings';

const KEY = 'settings';

export async function readSettings(): Promise<Repaired> {
  const stored = await browser.storage.local.get(KEY);
  return repairSettings(stored[KEY]);
}

export async function writeSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({[KEY]: settings});
}
