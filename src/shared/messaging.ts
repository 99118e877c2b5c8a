/**
 * The caller's side of the protocol: one typed `send` for extension pages.
 * The answer is validated against the response schema before anyone reads it. Content scripts use
 * the lean src/content/messaging.ts instead (same wire format, no full protocol in the CRM page).
 */
import * as v from 'valibot';
import browser from './browser';
import {MessageError} from './message-error';
import {protocol, type Envelope, type MessageName, type RequestOf, type ResponseOf} from './protocol';

export {MessageError};

const EnvelopeSchema = v.variant('ok', [
  v.object({ok: v.literal(true), value: v.unknown()}),
  v.object({ok: v.literal(false), error: v.object({code: v.string(), message: v.string(), path: v.optional(v.string())})}),
]);

export async function send<N extends MessageName>(type: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  const raw: unknown = await browser.runtime.sendMessage({type, payload});
  const envelope = v.safeParse(EnvelopeSchema, raw);
  if (!envelope.success) throw new MessageError({code: 'internal', message: `No valid answer to ${type}`});
  const answer = envelope.output as Envelope<unknown>;
  if (!answer.ok) throw new MessageError(answer.error);
  const value = v.safeParse(protocol[type].response, answer.value);
  if (!value.success) throw new MessageError({code: 'internal', message: `The answer to ${type} has an unexpected shape`});
  return value.output as ResponseOf<N>;
}
