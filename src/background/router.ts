/**
 * One entry point for every message: parse the envelope, look the name up in the protocol, check the
 * sender against the message's `from` list, validate the payload, run the handler, and answer
 * `{ok: true, value}` or `{ok: false, error}`. Nothing malformed reaches a handler.
 */
import * as v from 'valibot';
import {issuePath, isMessageName, protocol, Request, type Envelope, type MessageName, type ProtocolError, type RequestOf, type ResponseOf, type SenderKind} from '../shared/protocol';
import {StorageError} from './db';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: {id?: number};
  frameId?: number;
}

export interface RouterContext {
  /** The extension's own id and base URL (chrome-extension://<id>/). */
  extensionId: string;
  extensionOrigin: string;
  /** Is this a CRM page the user has enabled (built-in CRM, or a granted custom one, not switched off)? */
  isEnabledCrmUrl(url: URL): Promise<boolean> | boolean;
  now(): number;
}

export type Handler<N extends MessageName> = (payload: v.InferOutput<(typeof protocol)[N]['request']>, sender: {kind: SenderKind; url: URL; tabId?: number}) => Promise<ResponseOf<N>>;
export type Handlers = {[N in MessageName]: Handler<N>};
/** The handlers for one capability's message map. */
export type HandlersFor<M> = {[N in keyof M & MessageName]: Handler<N>};

const fail = (code: ProtocolError['code'], message: string, path?: string): Envelope<never> => ({ok: false, error: {code, message, ...(path ? {path} : {})}});

export async function classifySender(sender: SenderInfo, ctx: RouterContext): Promise<{kind: SenderKind; url: URL; tabId?: number} | undefined> {
  if (sender.id !== ctx.extensionId || !sender.url) return undefined;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return undefined;
  }
  if (sender.url.startsWith(ctx.extensionOrigin)) return {kind: 'page', url};
  if (sender.tab?.id !== undefined && (url.protocol === 'https:' || url.protocol === 'http:') && (await ctx.isEnabledCrmUrl(url))) {
    return {kind: 'content', url, tabId: sender.tab.id};
  }
  return undefined;
}

export async function route(message: unknown, sender: SenderInfo, handlers: Handlers, ctx: RouterContext): Promise<Envelope<unknown>> {
  const request = v.safeParse(Request, message);
  if (!request.success) return fail('invalid-message', 'A message must be an object with a "type" and a "payload"');
  const {type, payload} = request.output;
  if (!isMessageName(type)) return fail('unknown-message', `Unknown message "${type.slice(0, 80)}"`);
  const who = await classifySender(sender, ctx);
  const allowed = protocol[type].from as readonly SenderKind[];
  if (!who || !allowed.includes(who.kind)) return fail('forbidden-sender', `"${type}" is not accepted from this sender`);
  const parsed = v.safeParse(protocol[type].request, payload);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issuePath(issue);
    return fail('invalid-message', `Invalid "${type}" request: ${path || 'payload'} ${issue.message}`, path || undefined);
  }
  try {
    const value = await (handlers[type] as Handler<typeof type>)(parsed.output as never, who);
    return {ok: true, value};
  } catch (error) {
    if (error instanceof StorageError) return fail(error.code, error.message);
    console.error(`[goalpost] ${type} failed`, error);
    return fail('internal', `"${type}" failed: ${(error as Error)?.message ?? String(error)}`);
  }
}

export type {RequestOf};
