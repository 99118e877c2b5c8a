import {describe, expect, test} from 'vitest';
import {sliced, yieldToPage} from './lead-stage-badge.slice';

/** A clock that moves `step` ms per reading, and pauses that are counted. */
function harness(step: number) {
  let clock = 0;
  const log: string[] = [];
  return {log, now: () => (clock += step), pause: async () => void log.push('pause')};
}

describe('time-sliced row work (issue 5 / issue 8: no long task on a 1,000-row list)', () => {
  test('yields once a slice has used its budget, and does every item exactly once, in order', async () => {
    const {log, now, pause} = harness(1);
    const done = await sliced(Array.from({length: 20}, (_, i) => i), (i) => log.push(String(i)), {signal: new AbortController().signal, budgetMs: 8, now, pause});
    expect(done).toBe(true);
    expect(log.filter((x) => x !== 'pause')).toEqual(Array.from({length: 20}, (_, i) => String(i)));
    // One clock reading per item and one per slice start: ~7 items per 8 ms slice.
    expect(log.filter((x) => x === 'pause').length).toBeGreaterThanOrEqual(2);
    expect(log[0]).toBe('0');
  });

  test('a fast machine does everything in one slice', async () => {
    const {log, pause} = harness(0);
    expect(await sliced([1, 2, 3], (i) => log.push(String(i)), {signal: new AbortController().signal, now: () => 0, pause})).toBe(true);
    expect(log).toEqual(['1', '2', '3']);
  });

  test('stops after a pause when aborted or replaced by a newer run, and says so', async () => {
    const abort = new AbortController();
    const seen: number[] = [];
    let clock = 0;
    const result = await sliced([1, 2, 3, 4], (i) => seen.push(i), {signal: abort.signal, budgetMs: 1, now: () => (clock += 1), pause: async () => abort.abort()});
    expect(result).toBe(false);
    expect(seen).toEqual([1]);
    let stale = false;
    const later: number[] = [];
    const replaced = await sliced([1, 2, 3], (i) => later.push(i), {signal: new AbortController().signal, budgetMs: 1, now: () => (clock += 1), stale: () => stale, pause: async () => void (stale = true)});
    expect(replaced).toBe(false);
    expect(later).toEqual([1]);
  });

  test('yieldToPage resolves without scheduler.yield (a timer)', async () => {
    await expect(yieldToPage()).resolves.toBeUndefined();
  });
});
