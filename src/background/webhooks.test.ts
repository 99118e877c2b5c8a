// @vitest-environment node
import {createServer, type IncomingHttpHeaders, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {IDBFactory} from 'fake-indexeddb';
import {afterAll, beforeAll, beforeEach, describe, expect, test, vi} from 'vitest';
import {createFakeBrowser} from '../../tests/unit/fake-browser';
import type {Effect} from '../core/model';
import {resetDbConnection} from './db';
import {BACKOFF_MS, deliverDue, enqueueWebhooks, listWebhooks, MAX_TRIES, retryWebhook, type WebhookDeps} from './webhooks';

vi.mock('../shared/browser', () => ({default: createFakeBrowser()}));

interface Received {
  headers: IncomingHttpHeaders;
  body: unknown;
}
const received: Received[] = [];
/** Status codes the server answers with, one per request; 200 once they run out. */
let answers: number[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({headers: req.headers, body: JSON.parse(body) as unknown});
      res.statusCode = answers.shift() ?? 200;
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let scheduled: Array<number | undefined> = [];
const fetchSpy = vi.fn((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
const deps: WebhookDeps = {
  fetch: fetchSpy as typeof fetch,
  hasAccess: async () => true,
  schedule: async (at) => void scheduled.push(at),
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDbConnection();
  received.length = 0;
  answers = [];
  scheduled = [];
  fetchSpy.mockClear();
});

const hook = (key: string, url = `${base}/hook`): Effect => ({kind: 'webhook', url, idempotencyKey: key, payload: {contactId: 'ct-1', step: 2}});

async function enqueueAndDeliver(effects: Effect[], now: number): Promise<void> {
  await enqueueWebhooks(effects, now, deps);
  await deliverDue(now, deps);
}

describe('webhook delivery (WG webhook step, LA webhook action)', () => {
  test('posts {idempotencyKey, payload} with the Idempotency-Key header and records ok', async () => {
    await enqueueAndDeliver([hook('wf:1')], 1000);
    expect(received).toHaveLength(1);
    expect(received[0].headers['idempotency-key']).toBe('wf:1');
    expect(received[0].headers['content-type']).toBe('application/json');
    expect(received[0].body).toEqual({idempotencyKey: 'wf:1', payload: {contactId: 'ct-1', step: 2}});
    expect(await listWebhooks()).toEqual([expect.objectContaining({idempotencyKey: 'wf:1', status: 'ok', attempts: 1, httpStatus: 200})]);
    expect(scheduled.at(-1)).toBeUndefined();
  });

  test('the same idempotency key is delivered once', async () => {
    await enqueueAndDeliver([hook('wf:1')], 1000);
    await enqueueAndDeliver([hook('wf:1')], 2000);
    expect(received).toHaveLength(1);
    expect(await listWebhooks()).toHaveLength(1);
  });

  test('a 500 is retried after the backoff and then succeeds', async () => {
    answers = [500];
    await enqueueAndDeliver([hook('wf:2')], 0);
    expect(await listWebhooks()).toEqual([expect.objectContaining({status: 'pending', attempts: 1, httpStatus: 500, error: 'HTTP 500', nextAt: BACKOFF_MS[0]})]);
    expect(scheduled.at(-1)).toBe(BACKOFF_MS[0]);

    await deliverDue(BACKOFF_MS[0] - 1, deps); // not due yet
    expect(received).toHaveLength(1);

    await deliverDue(BACKOFF_MS[0], deps);
    expect(received).toHaveLength(2);
    expect(received[1].headers['idempotency-key']).toBe('wf:2');
    expect(await listWebhooks()).toEqual([expect.objectContaining({status: 'ok', attempts: 2, httpStatus: 200})]);
  });

  test('gives up after 5 tries with the failure recorded', async () => {
    answers = [503, 503, 503, 503, 503, 503];
    let now = 0;
    await enqueueAndDeliver([hook('wf:3')], now);
    for (const wait of BACKOFF_MS) {
      now += wait;
      await deliverDue(now, deps);
    }
    expect(received).toHaveLength(MAX_TRIES);
    await deliverDue(now + 24 * 3_600_000, deps);
    expect(received).toHaveLength(MAX_TRIES);
    const [delivery] = await listWebhooks();
    expect(delivery).toMatchObject({status: 'failed', attempts: 5, httpStatus: 503, error: 'HTTP 503'});
    expect(delivery.nextAt).toBeUndefined();
    expect(scheduled.at(-1)).toBeUndefined();
  });

  test('"retry now" gives a failed delivery one more try at once with the same key, and refuses anything not failed', async () => {
    answers = [503, 503, 503, 503, 503];
    let now = 0;
    await enqueueAndDeliver([hook('wf:r1')], now);
    for (const wait of BACKOFF_MS) await deliverDue((now += wait), deps);
    expect((await listWebhooks())[0]).toMatchObject({status: 'failed', attempts: 5});
    // The receiver is back (200 from now on): the retry is sent right away and recorded as delivered.
    const retried = await retryWebhook('wf:r1', now + 60_000, deps);
    expect(retried).toMatchObject({ok: true, delivery: {status: 'ok', attempts: 6, httpStatus: 200}});
    expect(received).toHaveLength(6);
    expect(received.at(-1)?.headers['idempotency-key']).toBe('wf:r1');
    expect(await retryWebhook('wf:r1', now + 120_000, deps)).toMatchObject({ok: false, path: 'idempotencyKey', message: expect.stringContaining('arrived already')});
    expect(await retryWebhook('nope', now, deps)).toMatchObject({ok: false, message: expect.stringContaining('"nope"')});
    await enqueueWebhooks([hook('wf:r2', 'file:///etc/passwd')], now, deps);
    expect(await retryWebhook('wf:r2', now, deps)).toMatchObject({ok: false, message: 'only http(s) URLs can receive webhooks'});
    expect(received).toHaveLength(6);
  });

  test('"retry now" on a delivery waiting for its backoff sends it at once; one not tried yet is refused', async () => {
    answers = [500];
    await enqueueAndDeliver([hook('wf:r4')], 0);
    expect((await listWebhooks())[0]).toMatchObject({status: 'pending', attempts: 1, nextAt: BACKOFF_MS[0], error: 'HTTP 500'});
    expect(await retryWebhook('wf:r4', 10, deps)).toMatchObject({ok: true, delivery: {status: 'ok', attempts: 2, httpStatus: 200}});
    await enqueueWebhooks([hook('wf:r5')], 20, deps);
    expect(await retryWebhook('wf:r5', 20, deps)).toMatchObject({ok: false, message: expect.stringContaining('not been tried yet')});
  });

  test('"retry now" that fails again stays failed, with the new error', async () => {
    answers = [500, 500, 500, 500, 500, 502];
    let now = 0;
    await enqueueAndDeliver([hook('wf:r3')], now);
    for (const wait of BACKOFF_MS) await deliverDue((now += wait), deps);
    expect(await retryWebhook('wf:r3', now + 1, deps)).toMatchObject({ok: true, delivery: {status: 'failed', attempts: 6, httpStatus: 502, error: 'HTTP 502'}});
  });

  test('a non-http URL is refused without a request', async () => {
    await enqueueAndDeliver([hook('wf:4', 'javascript:alert(1)'), hook('wf:5', 'file:///etc/passwd')], 1000);
    expect(fetchSpy).not.toHaveBeenCalled();
    const list = await listWebhooks();
    expect(list).toHaveLength(2);
    for (const d of list) expect(d).toMatchObject({status: 'failed', attempts: 0, error: 'only http(s) URLs can receive webhooks'});
  });

  test('a refused fetch without host access names the origin to grant', async () => {
    const refused: WebhookDeps = {...deps, fetch: (async () => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch, hasAccess: async () => false};
    await enqueueWebhooks([hook('wf:6', 'https://hooks.example.com/x')], 0, refused);
    await deliverDue(0, refused);
    expect(await listWebhooks()).toEqual([
      expect.objectContaining({status: 'pending', attempts: 1, error: 'no access to https://hooks.example.com: grant it in the CRMs section'}),
    ]);
  });

  test('a try is claimed before it is sent, so a worker stopped mid-request still has its retry scheduled', async () => {
    let release: (error: Error) => void = () => undefined;
    const hanging: WebhookDeps = {...deps, fetch: (() => new Promise((_, reject) => (release = reject))) as typeof fetch};
    await enqueueWebhooks([hook('wf:7')], 0, hanging);
    const delivering = deliverDue(0, hanging);
    await vi.waitFor(async () => expect((await listWebhooks())[0].attempts).toBe(1));
    expect((await listWebhooks())[0]).toMatchObject({status: 'pending', nextAt: BACKOFF_MS[0]});
    expect(scheduled.at(-1)).toBe(BACKOFF_MS[0]);
    release(new TypeError('connection reset'));
    await delivering;
    expect((await listWebhooks())[0]).toMatchObject({status: 'pending', attempts: 1, error: 'connection reset'});
  });
});
