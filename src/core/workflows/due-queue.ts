/**
 * Timed workflow steps (delays) as a binary min-heap over a plain array, ordered by (at, seq) so steps
 * due at the same instant run in the order they were scheduled. A plain array keeps it snapshot-able.
 * Entries are never removed early: one whose enrollment moved on is skipped when popped.
 */
import type {DueItem} from './types';

const before = (a: DueItem, b: DueItem) => a.at < b.at || (a.at === b.at && a.seq < b.seq);

export function pushDue(heap: DueItem[], item: DueItem): void {
  heap.push(item);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(heap[i], heap[parent])) break;
    [heap[i], heap[parent]] = [heap[parent], heap[i]];
    i = parent;
  }
}

export function peekDue(heap: readonly DueItem[]): DueItem | undefined {
  return heap[0];
}

export function popDue(heap: DueItem[]): DueItem | undefined {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length === 0 || last === undefined) return top;
  heap[0] = last;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < heap.length && before(heap[l], heap[m])) m = l;
    if (r < heap.length && before(heap[r], heap[m])) m = r;
    if (m === i) break;
    [heap[i], heap[m]] = [heap[m], heap[i]];
    i = m;
  }
  return top;
}
