/**
 * Binds a format's fields to the columns of one file's header row, and reads cells by field.
 */
import {matchesHeader, normalizeHeader, type FormatDef} from './formats/index';

export interface ColumnBinding {
  /** Field → column index. */
  index: Record<string, number>;
  /** Field → the header as written in the file (for error messages). */
  header: Record<string, string>;
}

export function bindColumns(def: FormatDef, headerRow: readonly string[]): ColumnBinding {
  const normalized = headerRow.map(normalizeHeader);
  const index: Record<string, number> = {};
  const header: Record<string, string> = {};
  for (const [field, patterns] of Object.entries(def.columns)) {
    // Patterns are in preference order: the first one any header matches wins.
    for (const pattern of patterns) {
      const at = normalized.findIndex((h) => matchesHeader(pattern, h));
      if (at !== -1) {
        index[field] = at;
        header[field] = headerRow[at].trim();
        break;
      }
    }
  }
  return {index, header};
}

/** The trimmed cell of `field`, or '' when the file has no such column or the row is short. */
export function cell(row: readonly string[], binding: ColumnBinding, field: string): string {
  const at = binding.index[field];
  if (at === undefined) return '';
  const value = row[at];
  return value === undefined ? '' : value.trim();
}

export function has(binding: ColumnBinding, field: string): boolean {
  return binding.index[field] !== undefined;
}
