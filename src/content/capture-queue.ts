/**
 * Sends what a record page shows to the background in bounded batches, ack-based (docs/security.md C1):
 *
 * - An activity counts as stored only once the background has answered for the batch that carried it
 *   (the answer comes after the transaction committed). Stored activities are never sent again from
 *   this page; changed ones (same id, new content) are.
 * - A batch whose worker died under it (stopped, restarting) is sent again, with backoff, for as long
 *   as the page is open (the failure is shown after CAPTURE_ATTEMPTS); the
 *   background derives every id from the CRM's ids, so a batch stored just before the worker died is
 *   not stored twice. Nothing is dropped: unacknowledged activities stay pending until they are acked.
 * - Storage errors (quota, failed write) are final for this round and reported; the next change retries.
 *
 * Pure apart from the injected `send` and `sleep`, so the promises are unit-tested without a browser.
 */
import type {CapturedRecord} from '../adapters/types';

/** Activities per message: far under the protocol's 5,000 and small enough to store in well under a second. */
export const CAPTURE_BATCH = 200;
/** Attempts per batch before the failure is shown (a worker restart needs a few); retries go on after. */
export const CAPTURE_ATTEMPTS = 12;
/**
 * A message to a worker stopped at the wrong moment can stay unanswered; after this long it is sent
 * again (safe: the background dedups by id, and runs one ingest at a time).
 */
export const ANSWER_TIMEOUT_MS = 15_000;
const BACKOFF_MS = 100;
const BACKOFF_MAX_MS = 2000;

type Activity = CapturedRecord['activities'][number];

export interface CaptureQueueDeps<R> {
  send(record: CapturedRecord): Promise<R>;
  /** The record on screen now (read lazily, so a change during a send is picked up after it). */
  read(): CapturedRecord | undefined;
  sleep(ms: number): Promise<void>;
  /** Resolves after `ms` (real time): a message with no answer by then counts as failed and is resent. */
  timeout?(ms: number): Promise<void>;
  aborted(): boolean;
  /** After each stored batch: the background's answer and whether more is pending. */
  onStored(result: R, pending: number): void;
  /** A storage error, or a batch still not stored after CAPTURE_ATTEMPTS (retries continue). */
  onFailed(error: Error): void;
}

/** Everything on the record but its timeline (fields, contacts, deals, …). */
const headPrint = ({activities, ...head}: CapturedRecord) => (void activities, JSON.stringify(head));
const activityPrint = (a: Activity) => JSON.stringify(a);

export const isFinal = (error: unknown) => Boolean((error as {code?: string}).code?.startsWith('storage'));

export class CaptureQueue<R> {
  private readonly acked = new Map<string, string>();
  private ackedHead = '';
  private running = false;
  private again = false;
  /** Messages sent (attempts included); for tests and diagnostics. */
  sent = 0;

  constructor(private readonly deps: CaptureQueueDeps<R>) {}

  /** What the page shows that the background has not acknowledged yet. */
  pending(record: CapturedRecord): {head: boolean; activities: Activity[]} {
    return {head: headPrint(record) !== this.ackedHead, activities: record.activities.filter((a) => this.acked.get(a.sourceId) !== activityPrint(a))};
  }

  /** Something on screen may have changed: store what is new. Resolves when this round is done. */
  async flush(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        const ok = await this.round();
        if (!ok) return;
      } while (this.again && !this.deps.aborted());
    } finally {
      this.running = false;
    }
  }

  private async round(): Promise<boolean> {
    const record = this.deps.read();
    if (!record || this.deps.aborted()) return false;
    const {head, activities} = this.pending(record);
    if (!head && !activities.length) return true;
    const printOfHead = headPrint(record);
    for (let i = 0; i === 0 || i < activities.length; i += CAPTURE_BATCH) {
      const batch = activities.slice(i, i + CAPTURE_BATCH);
      const result = await this.sendWithRetry({...record, activities: batch});
      if (result === undefined) return false;
      this.ackedHead = printOfHead;
      for (const a of batch) this.acked.set(a.sourceId, activityPrint(a));
      this.deps.onStored(result.value, Math.max(0, activities.length - i - batch.length));
    }
    return true;
  }

  private async sendWithRetry(record: CapturedRecord): Promise<{value: R} | undefined> {
    for (let attempt = 0; ; attempt++) {
      if (this.deps.aborted()) return undefined;
      try {
        this.sent++;
        const answer = this.deps.send(record);
        const timeout = this.deps.timeout;
        if (!timeout) return {value: await answer};
        answer.catch(() => undefined); // a late failure of an abandoned attempt is no news
        return {value: await Promise.race([answer, timeout(ANSWER_TIMEOUT_MS).then(() => Promise.reject(new Error(`No answer from Goalpost's background in ${ANSWER_TIMEOUT_MS / 1000} s`)))])};
      } catch (error) {
        if (this.deps.aborted()) return undefined;
        if (isFinal(error)) {
          this.deps.onFailed(error as Error);
          return undefined;
        }
        // A worker that keeps dying: say so after a while, but keep trying while the page is open.
        if (attempt + 1 === CAPTURE_ATTEMPTS) this.deps.onFailed(error as Error);
        await this.deps.sleep(Math.min(BACKOFF_MAX_MS, BACKOFF_MS * 2 ** attempt));
      }
    }
  }
}
