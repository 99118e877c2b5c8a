import {describe, expect, test, vi} from 'vitest';
import type {Handlers} from './router';
import {route, type RouterContext} from './router';

const ctx: RouterContext = {
  extensionId: 'ext',
  extensionOrigin: 'chrome-extension://ext/',
  isEnabledCrmUrl: (url) => url.hostname === '127.0.0.1',
  now: () => 0,
};
const content = {id: 'ext', url: 'http://127.0.0.1:5173/companies/co-001', tab: {id: 3}};
const page = {id: 'ext', url: 'chrome-extension://ext/src/ui/options/index.html'};
const handlers = {
  'company/summary': vi.fn(async () => null),
  'health/list': vi.fn(async () => []),
  'store/status': vi.fn(async () => ({companies: 1, contacts: 2, activities: 3, events: 4})),
  'health/report': vi.fn(async () => ({})),
  'record/captured': vi.fn(async () => ({recordId: 'x', newEvents: 0, summary: null})),
} as unknown as Handlers;

describe('message router', () => {
  test('a valid request from an allowed sender reaches its handler', async () => {
    expect(await route({type: 'store/status', payload: {}}, page, handlers, ctx)).toEqual({ok: true, value: {companies: 1, contacts: 2, activities: 3, events: 4}});
  });

  test.each([
    ['not an object', 'hello', 'invalid-message'],
    ['no type', {payload: {}}, 'invalid-message'],
    ['unknown type', {type: 'db/drop', payload: {}}, 'unknown-message'],
    ['prototype key as type', {type: 'constructor', payload: {}}, 'unknown-message'],
  ])('a malformed message (%s) is rejected with a typed error', async (_name, message, code) => {
    const answer = await route(message, page, handlers, ctx);
    expect(answer).toMatchObject({ok: false, error: {code}});
  });

  test('a bad payload names the field that is wrong', async () => {
    const answer = await route({type: 'record/captured', payload: {adapterId: 'demo', namespace: 'demo:x', record: {kind: 'company', id: 'co-1', name: 'A', fields: {}, contacts: [], activities: [{sourceId: 'a', type: 'fax', direction: 'user'}]}}}, content, handlers, ctx);
    expect(answer).toMatchObject({ok: false, error: {code: 'invalid-message', path: 'record.activities[0].type'}});
    expect(handlers['record/captured']).not.toHaveBeenCalled();
  });

  test.each([
    ['another extension', {...page, id: 'other'}],
    ['a page that is not an enabled CRM', {id: 'ext', url: 'https://evil.example/', tab: {id: 1}}],
    ['a content script asking for a page-only message', content],
    ['no URL at all', {id: 'ext'}],
  ])('a message from %s is refused', async (_name, sender) => {
    const answer = await route({type: 'health/list', payload: {}}, sender, handlers, ctx);
    expect(answer).toMatchObject({ok: false, error: {code: 'forbidden-sender'}});
  });

  test('a content script of an enabled CRM may report what it captured', async () => {
    const answer = await route({type: 'record/captured', payload: {adapterId: 'demo', namespace: 'demo:127.0.0.1', record: {kind: 'company', id: 'co-1', name: 'A', fields: {}, contacts: [], activities: []}}}, content, handlers, ctx);
    expect(answer).toMatchObject({ok: true});
  });

  test('a failing handler answers with an error instead of silence', async () => {
    const failing = {...handlers, 'store/status': async () => { throw new Error('disk on fire'); }} as Handlers;
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await route({type: 'store/status', payload: {}}, page, failing, ctx)).toMatchObject({ok: false, error: {code: 'internal', message: expect.stringContaining('disk on fire')}});
    spy.mockRestore();
  });
});
