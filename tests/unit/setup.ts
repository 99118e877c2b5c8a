/**
 * Unit-test environment: a chrome.i18n backed by the English catalogue (so components render real
 * text), and a fresh fake IndexedDB per test file.
 */
import 'fake-indexeddb/auto';
import en from '../../assets/_locales/en/messages.json';

type Entry = {message: string; placeholders?: Record<string, {content: string}>};
const catalogue = en as Record<string, Entry>;

function getMessage(key: string, subs: string[] = []): string {
  const entry = catalogue[key];
  if (!entry) return '';
  let text = entry.message;
  for (const [name, {content}] of Object.entries(entry.placeholders ?? {})) {
    const value = content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    text = text.replaceAll(`$${name.toUpperCase()}$`, value).replaceAll(`$${name}$`, value);
  }
  return text;
}

(globalThis as unknown as {chrome: unknown}).chrome = {
  ...((globalThis as unknown as {chrome?: object}).chrome ?? {}),
  i18n: {getMessage, getUILanguage: () => 'en'},
};
