/**
 * A stable key for a file's "shape" (its set of header names), so the mapping a user chose for one
 * generic export is offered again for the next file of the same shape. Order-insensitive, case- and
 * spacing-insensitive; blank headers are ignored.
 */
import {normalizeHeader} from './formats/types';

export function shapeKey(headers: readonly string[]): string {
  const names = headers.map(normalizeHeader).filter((h) => h !== '');
  names.sort();
  return `shape:${names.length}:${hash53(names.join('\u001f')).toString(36)}`;
}

/** cyrb53: a fast 53-bit string hash; good enough for ids derived from content (not for security). */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
