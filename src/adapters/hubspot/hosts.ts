/**
 * HubSpot hosts and path parts (CRM-NOTES 2.1). Kept apart from pages.ts so every export there is a
 * page predicate that the cross-check test covers.
 */
import type {RecordKind} from '../types';

/** app.hubspot.com and the regional app-eu1, app-na1, app-na2, app-ap1 hosts [RG-CODE] [TM-HS]. */
export const isHubSpotHost = (url: URL): boolean =>
  url.protocol === 'https:' && /^app(-[a-z]{2}\d+)?\.hubspot\.com$/.test(url.hostname);

/** Object type ids [RG-DOC]; 0-136 lead from public lead links. Tickets (0-5) are not ours. */
export const KIND_BY_TYPE: Record<string, RecordKind> = {'0-1': 'contact', '0-2': 'company', '0-3': 'deal', '0-136': 'lead'};
export const TYPE_BY_KIND: Record<RecordKind, string> = {contact: '0-1', company: '0-2', deal: '0-3', lead: '0-136'};
/** Legacy record paths, "said to still resolve" [RC-HS] [TTC]. */
const LEGACY: Record<string, RecordKind> = {contact: 'contact', company: 'company', deal: 'deal'};

export interface HubSpotPath {
  portalId: string;
  kind: RecordKind;
  id?: string;
}

/** `/contacts/{portal}/record/{type}/{id}` (also with `/view/…` tabs), legacy paths, or list views. */
export function parseHubSpotPath(url: URL): HubSpotPath | undefined {
  if (!isHubSpotHost(url)) return undefined;
  const path = url.pathname;
  const record = /^\/contacts\/(\d+)\/record\/(0-\d+)\/(\d+)(?:\/|$)/.exec(path);
  if (record) {
    const kind = KIND_BY_TYPE[record[2]];
    return kind ? {portalId: record[1], kind, id: record[3]} : undefined;
  }
  const legacy = /^\/contacts\/(\d+)\/(contact|company|deal)\/(\d+)\/?$/.exec(path);
  if (legacy) return {portalId: legacy[1], kind: LEGACY[legacy[2]], id: legacy[3]};
  const list = /^\/contacts\/(\d+)\/objects\/(0-\d+)\/views\/[\w-]+\/(list|board)\/?$/.exec(path);
  if (list) {
    const kind = KIND_BY_TYPE[list[2]];
    return kind ? {portalId: list[1], kind} : undefined;
  }
  return undefined;
}

/** Portal id from any `/{app}/{portalId}/…` path (contacts, prospecting, tasks). */
export function readPortalId(url: URL): string | undefined {
  return /^\/[a-z-]+\/(\d+)(?:\/|$)/.exec(url.pathname)?.[1];
}
