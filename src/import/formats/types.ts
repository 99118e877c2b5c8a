/**
 * A known export layout: which headers identify it (signature) and which header carries each field.
 * Header names are compared trimmed, lowercased and with runs of spaces collapsed (normalizeHeader).
 */
import type {DateOrder} from '../dates';
import type {ActivityKind, AdNetwork, CrmEntity, CrmName, FormatId} from '../types';

export type HeaderPattern = string | RegExp;

export interface FormatDef {
  id: FormatId;
  kind: 'ad' | 'crm';
  network?: AdNetwork;
  crm?: CrmName;
  entity?: CrmEntity;
  /** Every pattern must match some header for the file to be this format. */
  signature: HeaderPattern[];
  /** Field key → accepted headers, best first. */
  columns: Record<string, HeaderPattern[]>;
  /** Fields the rows cannot do without, with a hint for the user when the column is missing. */
  required: Array<{field: string; hint?: string}>;
  /** Slash-date order when the column itself does not tell (day > 12). */
  dateOrder?: DateOrder;
  /** Every row of this file is this activity kind (a HubSpot calls export, say). */
  activityKind?: ActivityKind;
}

export function normalizeHeader(header: string): string {
  return header.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function matchesHeader(pattern: HeaderPattern, normalized: string): boolean {
  return typeof pattern === 'string' ? pattern === normalized : pattern.test(normalized);
}
