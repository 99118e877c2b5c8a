/**
 * The content script's `send`: the same wire format and errors as src/shared/messaging.ts, without
 * the full valibot protocol or webextension-polyfill in the CRM page (issue 8's 30 KB budget).
 * MV3 `chrome.runtime.sendMessage` returns a promise in Chrome, `browser.runtime.sendMessage` in
 * Firefox. The answer is checked with ./protocol before anyone reads it.
 */
import {MessageError} from '../shared/message-error';
import type {ProtocolError, RequestOf, ResponseOf} from '../shared/protocol';
import {contentChecks} from './protocol';

export {MessageError};
export type ContentMessageName = keyof typeof contentChecks;

interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
}

function runtime(): Runtime {
  const world = globalThis as unknown as {browser?: {runtime?: Runtime}; chrome?: {runtime?: Runtime}};
  const api = world.browser?.runtime ?? world.chrome?.runtime;
  if (!api) throw new MessageError({code: 'internal', message: 'The extension is not available on this page'});
  return api;
}

const isError = (value: unknown): value is ProtocolError => {
  const error = value as ProtocolError | null;
  return typeof error === 'object' && error !== null && typeof error.code === 'string' && typeof error.message === 'string' && (error.path === undefined || typeof error.path === 'string');
};

export async function send<N extends ContentMessageName>(type: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  const raw = (await runtime().sendMessage({type, payload})) as {ok?: unknown; value?: unknown; error?: unknown} | null | undefined;
  if (raw?.ok === false && isError(raw.error)) throw new MessageError(raw.error);
  if (raw?.ok !== true || !('value' in raw)) throw new MessageError({code: 'internal', message: `No valid answer to ${type}`});
  if (!contentChecks[type](raw.value)) throw new MessageError({code: 'internal', message: `The answer to ${type} has an unexpected shape`});
  return raw.value as ResponseOf<N>;
}
