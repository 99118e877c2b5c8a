/**
 * Bytes → text. Exports from Excel and ad platforms come as UTF-8 (with or without BOM), UTF-16LE with
 * BOM (LinkedIn and Excel's "Unicode text"), or windows-1252 / ISO-8859-1 (Excel "CSV" on Western
 * Windows). TextDecoder exists in Node and in browsers/workers alike, so no library is needed.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Which encoding the bytes are in, and how many BOM bytes to skip. */
export function detectEncoding(bytes: Uint8Array): {encoding: TextEncodingName; bomLength: number} {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return {encoding: 'utf-8', bomLength: 3};
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return {encoding: 'utf-16le', bomLength: 2};
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return {encoding: 'utf-16be', bomLength: 2};
  const bomless16 = guessBomlessUtf16(bytes);
  if (bomless16) return {encoding: bomless16, bomLength: 0};
  // Invalid UTF-8 means a legacy single-byte file; WHATWG maps "iso-8859-1" to windows-1252 anyway.
  return {encoding: isValidUtf8(bytes) ? 'utf-8' : 'windows-1252', bomLength: 0};
}

/** Decode with the detected encoding (BOM dropped). A string passes through, minus a leading BOM. */
export function decodeText(input: Uint8Array | ArrayBuffer | string): {text: string; encoding: string} {
  if (typeof input === 'string') return {text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, encoding: 'text'};
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const {encoding, bomLength} = detectEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes.subarray(bomLength));
  return {text: encoding === 'windows-1252' ? fixC1(text) : text, encoding};
}

// windows-1252 bytes 0x80–0x9F (€, ‚, ƒ, „, …, ‘, ’, “, ”, –, —, ™, …). Node's TextDecoder decodes
// "windows-1252" as ISO-8859-1 and leaves them as C1 control characters; browsers map them. Real
// text never contains C1 controls, so mapping them here is safe everywhere.
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fixC1(text: string): string {
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (ch) => C1[ch.charCodeAt(0) - 0x80]) : text;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** ASCII text in UTF-16 without a BOM has a zero byte in every other position. */
function guessBomlessUtf16(bytes: Uint8Array): TextEncodingName | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros === 0) return 'utf-16be';
  return undefined;
}
