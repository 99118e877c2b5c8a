import {describe, expect, test} from 'vitest';
import type {CapturedRecord} from '../adapters/types';
import {CAPTURE_ATTEMPTS, CAPTURE_BATCH, CaptureQueue} from './capture-queue';

const activity = (i: number, title = `a${i}`) => ({sourceId: `act-${i}`, type: 'note' as const, direction: 'user' as const, title});
const recordWith = (n: number, name = 'Acme'): CapturedRecord => ({kind: 'company', id: 'co-1', name, fields: {}, contacts: [], activities: Array.from({length: n}, (_, i) => activity(i))});

/** A fake background: stores by id (as the real one does) and can die before or after storing. */
function harness(record: () => CapturedRecord, faults: Array<'before' | 'after' | 'storage' | undefined> = []) {
  const stored = new Map<string, number>();
  const messages: number[] = [];
  const failures: Error[] = [];
  let call = 0;
  const queue = new CaptureQueue<number>({
    async send(r) {
      const fault = faults[call++];
      messages.push(r.activities.length);
      if (fault === 'before') throw new Error('The message port closed before a response was received.');
      if (fault === 'storage') throw Object.assign(new Error('Storage is full'), {code: 'storage-quota'});
      for (const a of r.activities) stored.set(a.sourceId, (stored.get(a.sourceId) ?? 0) + 1);
      if (fault === 'after') throw new Error('The message port closed before a response was received.');
      return stored.size;
    },
    read: record,
    sleep: async () => undefined,
    aborted: () => false,
    onStored: () => undefined,
    onFailed: (e) => void failures.push(e),
  });
  return {queue, stored, messages, failures};
}

describe('capture queue (C1: bounded batches, ack-based, nothing dropped)', () => {
  test('C1 a big timeline goes in bounded batches, each activity once', async () => {
    const h = harness(() => recordWith(1050));
    await h.queue.flush();
    expect(h.messages.every((n) => n <= CAPTURE_BATCH)).toBe(true);
    expect(h.messages).toHaveLength(Math.ceil(1050 / CAPTURE_BATCH));
    expect(h.stored.size).toBe(1050);
    expect([...h.stored.values()].every((c) => c === 1)).toBe(true);
  });

  test('C1 a worker dying before storing: the batch is sent again and stored', async () => {
    const h = harness(() => recordWith(450), ['before', undefined, 'before', 'before', undefined, undefined]);
    await h.queue.flush();
    expect(h.stored.size).toBe(450);
    expect(h.failures).toEqual([]);
  });

  test('C1 a worker dying after storing: only that batch is resent (the background dedups it), nothing acked is resent', async () => {
    const h = harness(() => recordWith(450), [undefined, 'after']);
    await h.queue.flush();
    // 200, 200 (stored, answer lost), 200 again, 50
    expect(h.messages).toEqual([200, 200, 200, 50]);
    await h.queue.flush();
    expect(h.messages).toHaveLength(4);
  });

  test('C1 a re-render with one new activity sends just that one; a changed activity is sent again', async () => {
    let current = recordWith(300);
    const h = harness(() => current);
    await h.queue.flush();
    current = {...current, activities: [...current.activities, activity(300)]};
    await h.queue.flush();
    expect(h.messages.at(-1)).toBe(1);
    current = {...current, activities: current.activities.map((a, i) => (i === 5 ? {...a, title: 'edited'} : a))};
    await h.queue.flush();
    expect(h.messages.at(-1)).toBe(1);
    current = {...current, name: 'Acme 2'};
    await h.queue.flush();
    expect(h.messages.at(-1)).toBe(0);
  });

  test('C1 a storage error is final for the round and reported; the pending work is kept for the next change', async () => {
    const h = harness(() => recordWith(10), ['storage']);
    await h.queue.flush();
    expect(h.failures.map((e) => e.message)).toEqual(['Storage is full']);
    expect(h.stored.size).toBe(0);
    await h.queue.flush();
    expect(h.stored.size).toBe(10);
  });

  test('C1 a worker that keeps dying: the failure is shown after CAPTURE_ATTEMPTS, and the batch is still stored once it lives', async () => {
    const h = harness(() => recordWith(3), Array(CAPTURE_ATTEMPTS + 5).fill('before'));
    await h.queue.flush();
    expect(h.failures).toHaveLength(1);
    expect(h.stored.size).toBe(3);
    expect(h.queue.pending(recordWith(3)).activities).toHaveLength(0);
  });

  test('C1 a page that goes away stops the retries; what was not acked stays pending', async () => {
    let aborted = false;
    let calls = 0;
    const queue = new CaptureQueue<number>({
      send: async () => {
        if (++calls === 3) aborted = true;
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      read: () => recordWith(3),
      sleep: async () => undefined,
      aborted: () => aborted,
      onStored: () => undefined,
      onFailed: () => undefined,
    });
    await queue.flush();
    expect(calls).toBe(3);
    expect(queue.pending(recordWith(3)).activities).toHaveLength(3);
  });

  test('C1 a change while a batch is in flight is captured after it (no overlapping rounds)', async () => {
    let current = recordWith(5);
    const h = harness(() => current);
    const first = h.queue.flush();
    current = recordWith(8);
    await h.queue.flush();
    await first;
    expect(h.stored.size).toBe(8);
  });

  test('C1 a message left unanswered (worker stopped at the wrong moment) is sent again after the timeout', async () => {
    let calls = 0;
    const stored = new Set<string>();
    const queue = new CaptureQueue<number>({
      send: (r) => (++calls === 1 ? new Promise<number>(() => undefined) : (r.activities.forEach((a) => stored.add(a.sourceId)), Promise.resolve(stored.size))),
      read: () => recordWith(5),
      sleep: async () => undefined,
      timeout: async () => undefined,
      aborted: () => false,
      onStored: () => undefined,
      onFailed: () => undefined,
    });
    await queue.flush();
    expect(calls).toBe(2);
    expect(stored.size).toBe(5);
  });
});
