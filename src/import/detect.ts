/**
 * Finds the header row and the format of a table. Exports put title lines above the header (report
 * name, date range, "Date Generated: …"), so we look at the first rows for one that carries a known
 * format's signature, or the columns of the mapping the user chose (or chose before for this shape).
 */
import {KNOWN_FORMATS, matchesHeader, normalizeHeader, type FormatDef} from './formats/index';
import {shapeKey} from './shape';
import type {AdNetwork, GenericMapping, ImportOptions} from './types';

/** How far down title lines may push the header. */
const HEADER_SEARCH_ROWS = 30;

export type Detection = {def: FormatDef; headerIndex: number} | {def: undefined; headerIndex: number};

export function detectFormat(rows: readonly string[][], options: ImportOptions = {}): Detection {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  const explicit = options.mapping ? genericFormat(options.mapping) : undefined;
  for (let i = 0; i < limit; i++) {
    const normalized = rows[i].map(normalizeHeader);
    if (normalized.filter((h) => h !== '').length < 2) continue;
    // A mapping chosen for this very import beats our recognition of the layout.
    if (explicit && carries(normalized, Object.values(explicit.columns).flat())) return {def: explicit, headerIndex: i};
    const known = KNOWN_FORMATS.find((def) => carries(normalized, def.signature));
    if (known) return {def: known, headerIndex: i};
    const remembered = options.mappings?.[shapeKey(rows[i])];
    if (remembered) return {def: genericFormat(remembered), headerIndex: i};
  }
  return {def: undefined, headerIndex: likelyHeader(rows, limit)};
}

function carries(normalized: string[], patterns: ReadonlyArray<string | RegExp>): boolean {
  return patterns.every((pattern) => normalized.some((h) => matchesHeader(pattern, h)));
}

/** A FormatDef for a user's column mapping. */
export function genericFormat(mapping: GenericMapping): FormatDef {
  if (mapping.kind === 'ad') {
    const columns: Record<string, string[]> = {};
    for (const field of ['day', 'account', 'campaign', 'spend', 'conversions'] as const) {
      const header = mapping[field];
      if (header) columns[field] = [normalizeHeader(header)];
    }
    return {
      id: 'generic',
      kind: 'ad',
      network: (mapping.network ?? 'generic') as AdNetwork,
      signature: Object.values(columns).flat(),
      columns,
      required: [{field: 'day'}, {field: 'campaign'}, {field: 'spend'}],
    };
  }
  const columns: Record<string, string[]> = {};
  for (const [field, header] of Object.entries(mapping.columns)) if (header) columns[field] = [normalizeHeader(header)];
  return {
    id: 'generic',
    kind: 'crm',
    crm: 'generic',
    entity: mapping.entity,
    signature: Object.values(columns).flat(),
    columns,
    required: mapping.entity === 'activity' ? [{field: 'id'}, {field: 'at'}, {field: 'activityType'}] : [{field: 'id'}],
  };
}

/** For an unknown layout: the first row as wide as most rows are (title lines are narrower). */
function likelyHeader(rows: readonly string[][], limit: number): number {
  const widths = new Map<number, number>();
  for (let i = 0; i < Math.min(rows.length, 200); i++) widths.set(rows[i].length, (widths.get(rows[i].length) ?? 0) + 1);
  let modal = 1;
  let most = 0;
  for (const [width, count] of widths) if (count > most || (count === most && width > modal)) [modal, most] = [width, count];
  for (let i = 0; i < limit; i++) if (rows[i].length === modal && rows[i].filter((c) => c.trim() !== '').length >= 2) return i;
  return 0;
}
