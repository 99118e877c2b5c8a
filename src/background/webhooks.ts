/**
 * Webhook delivery (the engines' `webhook` effects): POST `{idempotencyKey, payload}` as JSON with an
 * `Idempotency-Key` header, 10 s timeout, up to 5 tries (retries after 1, 5, 30 and 30 minutes).
 *
 * The queue and the outcomes live in IndexedDB (`state` store, key 'webhooks'), and retries are driven
 * by one chrome.alarm, so a worker stopped at any moment loses nothing (STYLE §1). A try is claimed
 * (counted, next try scheduled) BEFORE it is sent: a worker stopped mid-request retries later, and the
 * idempotency key lets the receiver drop the duplicate.
 */
import browser from '../shared/browser';
import type {Effect} from '../core/model';
import {db} from './db';

export const WEBHOOK_ALARM = 'goalpost-webhooks';
const STATE_KEY = 'webhooks';
export const MAX_TRIES = 5;
/** Wait before try n + 1 after try n failed (n = 1 … 4). */
export const BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 30 * 60_000];
export const TIMEOUT_MS = 10_000;
const KEEP_FINISHED = 100;

type WebhookEffect = Extract<Effect, {kind: 'webhook'}>;

export interface Delivery {
  idempotencyKey: string;
  url: string;
  payload: Record<string, unknown>;
  status: 'pending' | 'ok' | 'failed';
  /** Tries made (claimed) so far. */
  attempts: number;
  /** When the next try is due (pending only). */
  nextAt?: number;
  /** HTTP status of the last answer, when there was one. */
  httpStatus?: number;
  /** Why the last try failed, when it did. */
  error?: string;
  createdAt: number;
  updatedAt: number;
}

export interface WebhookDeps {
  fetch: typeof fetch;
  /** Whether the extension may fetch this origin (host permission). */
  hasAccess(origin: string): Promise<boolean>;
  /** Wake the worker at `at` (undefined: nothing is pending). */
  schedule(at: number | undefined): Promise<void>;
}

export const defaultDeps: WebhookDeps = {
  fetch: (input, init) => fetch(input, init),
  hasAccess: (origin) => browser.permissions.contains({origins: [`${origin}/*`]}),
  async schedule(at) {
    if (at === undefined) await browser.alarms.clear(WEBHOOK_ALARM);
    else await browser.alarms.create(WEBHOOK_ALARM, {when: Math.max(at, Date.now() + 1000)});
  },
};

const isHttp = (url: string): boolean => {
  try {
    const {protocol} = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
};

async function load(): Promise<Delivery[]> {
  return ((await (await db()).get('state', STATE_KEY))?.value as Delivery[] | undefined) ?? [];
}

/** Read, change and write the queue in one transaction. */
async function update<T>(change: (items: Delivery[]) => T): Promise<T> {
  const tx = (await db()).transaction('state', 'readwrite');
  const items = ((await tx.store.get(STATE_KEY))?.value as Delivery[] | undefined) ?? [];
  const result = change(items);
  await tx.store.put({key: STATE_KEY, value: trim(items)});
  await tx.done;
  return result;
}

/** Keep every pending delivery and the newest finished ones. */
function trim(items: Delivery[]): Delivery[] {
  const finished = items.filter((d) => d.status !== 'pending').sort((a, b) => b.updatedAt - a.updatedAt);
  const dropped = new Set(finished.slice(KEEP_FINISHED));
  return items.filter((d) => !dropped.has(d));
}

/** Deliveries, newest first (the 'webhooks/list' answer). */
export async function listWebhooks(): Promise<Delivery[]> {
  return (await load()).sort((a, b) => b.createdAt - a.createdAt || a.idempotencyKey.localeCompare(b.idempotencyKey));
}

/**
 * Queue new webhook effects (a key already known is ignored) and set the alarm; the caller then starts
 * `deliverDue` without waiting for it (a slow receiver must not hold up the engines).
 */
export async function enqueueWebhooks(effects: Effect[], now: number, deps: WebhookDeps = defaultDeps): Promise<void> {
  const hooks = effects.filter((e): e is WebhookEffect => e.kind === 'webhook');
  if (!hooks.length) return;
  await update((items) => {
    for (const hook of hooks) {
      if (items.some((d) => d.idempotencyKey === hook.idempotencyKey)) continue;
      const base = {idempotencyKey: hook.idempotencyKey, url: hook.url, payload: hook.payload, createdAt: now, updatedAt: now};
      items.push(isHttp(hook.url) ? {...base, status: 'pending', attempts: 0, nextAt: now} : {...base, status: 'failed', attempts: 0, error: 'only http(s) URLs can receive webhooks'});
    }
  });
  await reschedule(deps);
}

export type RetryResult = {ok: true; delivery: Delivery} | {ok: false; path: string; message: string};

/**
 * "Retry now" for a failed delivery, or one waiting for its next backoff try: one more try at once
 * (same idempotency key, so a receiver that got an earlier try drops the repeat), waited for, so the
 * answer carries the outcome. Refused for an unknown key, a delivered one, one not tried yet, or a
 * non-http URL.
 */
export async function retryWebhook(idempotencyKey: string, now: number, deps: WebhookDeps = defaultDeps): Promise<RetryResult> {
  const refused = await update((items): string | null => {
    const d = items.find((x) => x.idempotencyKey === idempotencyKey);
    if (!d) return `no webhook delivery has the key "${idempotencyKey}"`;
    if (d.status === 'ok') return 'this delivery arrived already';
    if (d.status === 'pending' && d.attempts === 0) return 'this delivery has not been tried yet; it is sent shortly';
    if (!isHttp(d.url)) return 'only http(s) URLs can receive webhooks';
    d.status = 'pending';
    d.nextAt = now;
    d.updatedAt = now;
    return null;
  });
  if (refused !== null) return {ok: false, path: 'idempotencyKey', message: refused};
  await deliverDue(now, deps);
  const delivery = (await load()).find((d) => d.idempotencyKey === idempotencyKey);
  return delivery ? {ok: true, delivery} : {ok: false, path: 'idempotencyKey', message: 'the delivery is gone'};
}

let running: Promise<void> = Promise.resolve();

/** Send every pending delivery due at `now` (the alarm's work; `now` is injectable for tests). */
export function deliverDue(now: number, deps: WebhookDeps = defaultDeps): Promise<void> {
  const next = running.then(() => runDue(now, deps));
  running = next.catch(() => undefined);
  return next;
}

async function runDue(now: number, deps: WebhookDeps): Promise<void> {
  // Claim the due tries first, so a worker stopped mid-request still has its retry scheduled.
  const claimed = await update((items) =>
    items
      .filter((d) => d.status === 'pending' && (d.nextAt ?? 0) <= now)
      .map((d) => {
        d.attempts += 1;
        d.nextAt = d.attempts < MAX_TRIES ? now + BACKOFF_MS[d.attempts - 1] : undefined;
        d.updatedAt = now;
        return {...d};
      }),
  );
  await reschedule(deps);
  for (const delivery of claimed) {
    const outcome = await send(delivery, deps);
    await update((items) => {
      const item = items.find((d) => d.idempotencyKey === delivery.idempotencyKey);
      if (!item) return;
      item.updatedAt = now;
      item.httpStatus = outcome.httpStatus;
      item.error = outcome.error;
      if (outcome.ok) {
        item.status = 'ok';
        delete item.nextAt;
      } else if (item.attempts >= MAX_TRIES) {
        item.status = 'failed';
        delete item.nextAt;
      }
    });
  }
  await reschedule(deps);
}

async function reschedule(deps: WebhookDeps): Promise<void> {
  const due = (await load()).filter((d) => d.status === 'pending').map((d) => d.nextAt ?? 0);
  await deps.schedule(due.length ? Math.min(...due) : undefined);
}

interface Outcome {
  ok: boolean;
  httpStatus?: number;
  error?: string;
}

async function send(delivery: Delivery, deps: WebhookDeps): Promise<Outcome> {
  try {
    const response = await deps.fetch(delivery.url, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Idempotency-Key': delivery.idempotencyKey},
      body: JSON.stringify({idempotencyKey: delivery.idempotencyKey, payload: delivery.payload}),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      credentials: 'omit',
    });
    await response.body?.cancel().catch(() => undefined);
    return response.ok ? {ok: true, httpStatus: response.status} : {ok: false, httpStatus: response.status, error: `HTTP ${response.status}`};
  } catch (error) {
    const name = (error as {name?: string} | null)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') return {ok: false, error: `no answer within ${TIMEOUT_MS / 1000} s`};
    const origin = new URL(delivery.url).origin;
    // A service worker may only fetch origins it has host access to; say so rather than "Failed to fetch".
    const allowed = await deps.hasAccess(origin).catch(() => true);
    if (!allowed) return {ok: false, error: `no access to ${origin}: grant it in the CRMs section`};
    return {ok: false, error: (error as Error)?.message ?? String(error)};
  }
}
