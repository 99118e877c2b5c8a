/**
 * Fuzzing the message boundary (DESIGN.md "Messages"; docs/security.md promise M1): every protocol
 * message's request schema, the envelope and the sender check, through the real router `route()` with
 * fake handlers. Whatever arrives, the router answers a typed envelope — never throws, never lets a
 * malformed payload reach a handler, never pollutes prototypes.
 */
import * as fc from 'fast-check';
import * as v from 'valibot';
import {describe, expect, test} from 'vitest';
import {protocol, type MessageName} from '../../src/shared/protocol';
import {route, type Handlers, type RouterContext, type SenderInfo} from '../../src/background/router';
import {FUZZ_RUNS} from '../fuzz-regressions/runs';

const ctx: RouterContext = {
  extensionId: 'ext',
  extensionOrigin: 'chrome-extension://ext/',
  isEnabledCrmUrl: (url) => url.hostname === '127.0.0.1',
  now: () => 0,
};
const page: SenderInfo = {id: 'ext', url: 'chrome-extension://ext/src/ui/options/index.html'};
const content: SenderInfo = {id: 'ext', url: 'http://127.0.0.1:5173/companies/co-001', tab: {id: 3}};
const CODES = ['invalid-message', 'unknown-message', 'forbidden-sender'];
const names = Object.keys(protocol) as MessageName[];

/** Fake handlers: each records that it ran and checks it only ever sees a payload its schema accepts. */
let reached = 0;
let leaked: string | undefined;
const handlers = Object.fromEntries(
  names.map((name) => [
    name,
    async (payload: unknown) => {
      reached++;
      if (!v.is(protocol[name].request, payload)) leaked = name;
      return {};
    },
  ]),
) as unknown as Handlers;

const nasty = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '', ' ', 'javascript:alert(1)', '<img src=x onerror=alert(1)>', '\u202Eevil', 'demo:127.0.0.1:company:co-001', 'a'.repeat(5000));
const anyValue = fc.oneof(fc.anything({maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true}), nasty);

/** Payloads shaped like the message's own request (its keys, random values), and anything at all. */
function payloadFor(name: MessageName) {
  const schema = protocol[name].request as unknown as {entries?: Record<string, unknown>};
  const keys = Object.keys(schema.entries ?? {});
  const shaped = keys.length ? fc.record(Object.fromEntries(keys.map((k) => [k, anyValue])), {requiredKeys: []}) : fc.constant({});
  const withExtra = fc.tuple(shaped, fc.dictionary(fc.oneof(nasty, fc.string()), anyValue, {maxKeys: 3})).map(([a, b]) => ({...b, ...a}));
  return fc.oneof(shaped, withExtra, anyValue);
}

function assertTyped(answer: unknown) {
  const a = answer as {ok: boolean; error?: {code: string; message: string}};
  expect(typeof a.ok).toBe('boolean');
  if (!a.ok) {
    expect(CODES).toContain(a.error?.code);
    expect(typeof a.error?.message).toBe('string');
  }
}

describe('fuzzing the message router (M1)', () => {
  test(`the envelope: ${FUZZ_RUNS} arbitrary messages are answered with a typed envelope`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyValue, fc.record({type: fc.oneof(fc.constantFrom(...names), nasty, fc.string()), payload: anyValue}, {requiredKeys: []})), async (message) => {
        assertTyped(await route(message, page, handlers, ctx));
      }),
      {numRuns: FUZZ_RUNS},
    );
    expect(leaked).toBeUndefined();
  }, 120_000);

  test(`the sender: ${FUZZ_RUNS} forged senders never pass as a page or a content script`, async () => {
    const sender = fc.record({id: fc.oneof(fc.constant('ext'), fc.string()), url: fc.oneof(fc.webUrl(), fc.constantFrom('chrome-extension://other/x.html', 'chrome-extension://ext.evil/', 'javascript:alert(1)', 'data:text/html,x', 'http://127.0.0.1.evil.example/', 'http://127.0.0.1:5173/companies/co-001', 'chrome-extension://ext/src/ui/options/index.html'), fc.string()), tab: fc.option(fc.record({id: fc.integer()}), {nil: undefined})}, {requiredKeys: []});
    await fc.assert(
      fc.asyncProperty(sender, fc.constantFrom(...names), async (from, name) => {
        const before = reached;
        const answer = await route({type: name, payload: {}}, from as SenderInfo, handlers, ctx);
        assertTyped(answer);
        const legit = from.id === 'ext' && (from.url?.startsWith('chrome-extension://ext/') || (from.tab !== undefined && /^https?:\/\/127\.0\.0\.1[:/]/.test(from.url ?? '')));
        if (!legit) {
          expect(answer).toMatchObject({ok: false, error: {code: 'forbidden-sender'}});
          expect(reached).toBe(before);
        }
      }),
      {numRuns: FUZZ_RUNS},
    );
  }, 120_000);

  test.each(names)(`"%s": ${FUZZ_RUNS} generated requests are rejected with a typed error or reach the handler valid`, async (name) => {
    const from = (protocol[name].from as readonly string[]).includes('page') ? page : content;
    const proto = Object.getOwnPropertyNames(Object.prototype).length;
    await fc.assert(
      fc.asyncProperty(payloadFor(name), async (payload) => {
        const before = reached;
        const answer = await route({type: name, payload}, from, handlers, ctx);
        assertTyped(answer);
        if ((answer as {ok: boolean}).ok) expect(reached).toBe(before + 1);
        else expect(reached).toBe(before);
      }),
      {numRuns: FUZZ_RUNS},
    );
    expect(leaked).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).toHaveLength(proto);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);
});
