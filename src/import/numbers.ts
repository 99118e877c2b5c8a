/**
 * Numbers as spreadsheets write them: "1 234,56", "1,234.56", "1.234,56", "€12.30", "12,30 €",
 * "(45.00)", "−3", "1'234.50". The ambiguous "1,234" / "1.234" (one separator, three digits after it)
 * is read with the file's decimal separator: ',' for semicolon-delimited files (the European Excel
 * default), '.' otherwise.
 */

export type NumberResult = {ok: true; value: number | null} | {ok: false};

// Currency signs and ISO codes (or "kr", "zł") at either end of the cell.
const CURRENCY = /^(?:[A-Z]{3}|kr\.?|zł)\s*|\s*(?:[A-Z]{3}|kr\.?|zł)$|[€$£¥₹₽¤]/g;
const SPACES = /[\s\u00a0\u202f\u2009'’]/g;
const PLAIN = /^-?\d+(\.\d+)?$/;
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const EMPTY = new Set(['', '-', '--', '—', 'n/a', 'N/A']);

/** `value` null means an empty cell ("", "--", "n/a"). */
export function parseNumber(raw: string, decimal: ',' | '.' = '.'): NumberResult {
  let s = raw.trim();
  if (EMPTY.has(s)) return {ok: true, value: null};
  // Fast paths: plain "123" / "123.45" and "1,234.56", by far the most common cells in a big export.
  if (decimal === '.') {
    if (PLAIN.test(s)) return {ok: true, value: Number(s)};
    if (GROUPED.test(s)) return {ok: true, value: Number(s.replace(/,/g, ''))};
  }
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  s = s.replace(CURRENCY, '').trim();
  if (s.startsWith('-') || s.startsWith('−')) {
    negative = !negative;
    s = s.slice(1);
  }
  s = s.replace(CURRENCY, '').replace(SPACES, '');
  if (!/^(\d[\d.,]*|[.,]\d+)$/.test(s)) return {ok: false};
  const value = readDigits(s, decimal);
  if (value === undefined) return {ok: false};
  return {ok: true, value: negative ? -value : value};
}

function readDigits(s: string, decimal: ',' | '.'): number | undefined {
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimalSep: string | undefined;
  let groupSep: string | undefined;
  if (lastDot !== -1 && lastComma !== -1) {
    decimalSep = lastDot > lastComma ? '.' : ',';
    groupSep = decimalSep === '.' ? ',' : '.';
  } else if (lastDot !== -1 || lastComma !== -1) {
    const sep = lastDot !== -1 ? '.' : ',';
    const occurrences = s.split(sep).length - 1;
    const digitsAfter = s.length - s.lastIndexOf(sep) - 1;
    if (occurrences > 1) groupSep = sep;
    else if (digitsAfter !== 3) decimalSep = sep;
    else if (sep === decimal) decimalSep = sep;
    else groupSep = sep;
  }
  let intPart = s;
  let fraction = '';
  if (decimalSep) {
    const at = s.lastIndexOf(decimalSep);
    intPart = s.slice(0, at);
    fraction = s.slice(at + 1);
    if (fraction === '' || !/^\d+$/.test(fraction)) return undefined;
  }
  if (groupSep) {
    const groups = intPart.split(groupSep);
    if (!/^\d{1,3}$/.test(groups[0]) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return undefined;
    intPart = groups.join('');
  }
  if (intPart === '') intPart = '0';
  if (!/^\d+$/.test(intPart)) return undefined;
  return Number(fraction ? `${intPart}.${fraction}` : intPart);
}

/** Cents-exact sums: figures are money and conversion counts, never needing more than 2 decimals. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
