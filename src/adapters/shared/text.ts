/**
 * Cleaning of page text before it leaves an adapter. CRM pages are hostile input: another extension,
 * a pasted record name or a crafted email subject can carry anything, so every string is trimmed,
 * whitespace-collapsed, clipped and (for names) stripped of bidi overrides that could make a widget
 * show "Acme" while the data says something else.
 */

export const MAX_TEXT = 500;

// U+202A–U+202E (embeddings/overrides) and U+2066–U+2069 (isolates).
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

/** Trim, collapse runs of whitespace, clip to `max` chars. Empty → undefined. */
export function cleanText(raw: string | null | undefined, max = MAX_TEXT): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > max ? text.slice(0, max).trimEnd() : text;
}

/** cleanText plus removal of bidi-override characters; for names and titles shown in widgets. */
export function cleanName(raw: string | null | undefined, max = MAX_TEXT): string | undefined {
  if (typeof raw !== 'string') return undefined;
  return cleanText(raw.replace(BIDI, ''), max);
}

/** An absolute http(s) URL string, or undefined (javascript:, data:, mailto: and junk are dropped). */
export function safeHttpUrl(href: string | null | undefined, base?: string): string | undefined {
  if (typeof href !== 'string' || !href.trim()) return undefined;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parse a displayed money amount: "$12,500.00", "12 500 €", "1.234,56", "EUR 900".
 * The last "," or "." followed by one or two digits is the decimal separator; others group thousands.
 */
export function parseAmount(raw: string | null | undefined): number | undefined {
  const text = cleanText(raw);
  if (!text) return undefined;
  const negative = /^-|\(.*\)$/.test(text.replace(/^[^\d(-]+/, ''));
  let digits = text.replace(/[^\d.,]/g, '');
  if (!/\d/.test(digits)) return undefined;
  const decimal = /[.,](\d{1,2})$/.exec(digits);
  let fraction = '';
  if (decimal) {
    fraction = decimal[1];
    digits = digits.slice(0, decimal.index);
  }
  const whole = digits.replace(/[.,]/g, '');
  const value = Number(`${whole || '0'}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return undefined;
  return negative ? -value : value;
}

/**
 * An instant from a machine-readable value only: ISO 8601 with a zone, or epoch milliseconds/seconds.
 * Display text such as "Today at 2:26 PM" is deliberately not parsed: it depends on the viewer's
 * locale and zone (CRM-NOTES 2.3 "Localization"), and a wrong time is worse than none.
 */
export function parseInstant(raw: string | null | undefined): number | undefined {
  const text = cleanText(raw, 64);
  if (!text) return undefined;
  if (/^\d{10}$/.test(text)) return Number(text) * 1000;
  if (/^\d{12,14}$/.test(text)) return Number(text);
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(text)) return undefined;
  // A bare date is taken as UTC midnight, which is what Date.parse does for date-only ISO forms.
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Lower-case letters and digits only: "Decision maker" → "decisionmaker", "closed_won" → "closedwon". */
export function squash(raw: string): string {
  return raw.toLowerCase().replace(/[^a-z0-9]/g, '');
}
