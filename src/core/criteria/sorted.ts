/** Sorted timestamp arrays: the event-count facts behind `count` and `withinDays` (O(log n) per check). */

/** First index whose value is >= x. */
export function lowerBound(arr: readonly number[], x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > x. */
export function upperBound(arr: readonly number[], x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Events nearly always arrive in time order, so this is an append; a late one is inserted in place. */
export function insertSorted(arr: number[], x: number): void {
  if (arr.length === 0 || arr[arr.length - 1] <= x) arr.push(x);
  else arr.splice(upperBound(arr, x), 0, x);
}

/** How many values lie in [from, to]. */
export function countBetween(arr: readonly number[], from: number, to: number): number {
  if (arr.length === 0) return 0;
  const last = arr[arr.length - 1];
  const end = last <= to ? arr.length : upperBound(arr, to);
  const start = from <= arr[0] ? 0 : lowerBound(arr, from);
  return end - start;
}
