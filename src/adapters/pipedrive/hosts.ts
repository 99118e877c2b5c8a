/** Pipedrive hosts and paths (CRM-NOTES 4.1). Kept apart from pages.ts (all predicates there). */
import type {RecordKind} from '../types';

const HOST = /^([a-z0-9][a-z0-9-]*)\.pipedrive\.com$/;
/** Vendor sites on the same domain that are not a company's app. */
const NOT_COMPANIES = new Set(['www', 'developers', 'support', 'status', 'api', 'oauth', 'marketplace']);

/** `{company}.pipedrive.com`; the subdomain may contain digits and hyphens [TTC] [TM-PD] [RC-PD]. */
export const isPipedriveHost = (url: URL): boolean => {
  const company = HOST.exec(url.hostname)?.[1];
  return url.protocol === 'https:' && !!company && !NOT_COMPANIES.has(company);
};

export const readCompany = (url: URL): string | undefined => (isPipedriveHost(url) ? HOST.exec(url.hostname)?.[1] : undefined);

export const SEGMENT_BY_KIND: Record<RecordKind, string> = {contact: 'person', company: 'organization', deal: 'deal', lead: 'leads/inbox'};
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export interface PipedrivePath {
  kind: RecordKind;
  id?: string;
}

const RECORDS: [RegExp, RecordKind][] = [
  [/^\/person\/(\d+)(?:\/|$)/, 'contact'],
  [/^\/organization\/(\d+)(?:\/|$)/, 'company'],
  [/^\/deal\/(\d+)(?:\/|$)/, 'deal'],
  [new RegExp(`^/leads/inbox/(${UUID})/?$`, 'i'), 'lead'],
];
const LISTS: [RegExp, RecordKind][] = [
  [/^\/persons(\/list(\/[\w-]+)*)?\/?$/, 'contact'],
  [/^\/organizations(\/list(\/[\w-]+)*)?\/?$/, 'company'],
  [/^\/(deals(\/list(\/[\w-]+)*)?|pipeline(\/\d+)?(\/[\w-]+)*)\/?$/, 'deal'],
  [/^\/leads\/inbox\/?$/, 'lead'],
];

export function parsePipedrivePath(url: URL): PipedrivePath | undefined {
  if (!isPipedriveHost(url)) return undefined;
  for (const [re, kind] of RECORDS) {
    const id = re.exec(url.pathname)?.[1];
    if (id) return {kind, id: id.toLowerCase()};
  }
  for (const [re, kind] of LISTS) if (re.test(url.pathname)) return {kind};
  return undefined;
}

/** Record id from a Pipedrive href (`/person/12`, `/organization/3`, `/deal/7`). */
export function idFromHref(href: string | null | undefined, kind: 'contact' | 'company' | 'deal'): string | undefined {
  return new RegExp(`/${SEGMENT_BY_KIND[kind]}/(\\d+)(?:[/?#]|$)`).exec(href ?? '')?.[1];
}
