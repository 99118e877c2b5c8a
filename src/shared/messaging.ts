/**
 * The caller's side of the protocol: one typed `send` for content scripts and extension pages.
 * The answer is validated against the response schema before anyone reads it.
 */
import * as v from 'valibot';
import browser from './browser';
import {protocol, type Envelope, type MessageName, type ProtocolError, type RequestOf, type ResponseOf} from './protocol';

export class MessageError extends Error {
  readonly code: ProtocolError['code'];
  readonly path?: string;
  constructor(error: ProtocolError) {
    super(error.path ? `${error.message} (at ${error.path})` : error.message);
    this.name = 'MessageError';
    this.code = error.code;
    this.path = error.path;
  }
}

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
