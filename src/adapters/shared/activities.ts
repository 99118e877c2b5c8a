/**
 * Assembling captured activities: one place that enforces the contract every adapter shares —
 * a stable CRM id is required (the event id is derived from it, so a guessed id would duplicate or
 * merge activities), text is clipped, and the direction defaults by type (TA-16/TA-17).
 */
import type {CallOutcome} from '../../core/model';
import type {ActivityType, CapturedActivity} from '../types';
import {cleanName, cleanText} from './text';
import {defaultDirection} from './vocab';

export interface ActivityParts {
  sourceId?: string;
  type?: ActivityType;
  direction?: 'user' | 'contact';
  outcome?: CallOutcome;
  at?: number;
  title?: string;
  body?: string;
  userName?: string;
  contactId?: string;
}

/** undefined when the item has no stable id or no recognisable type: better missing than invented. */
export function buildActivity(parts: ActivityParts): CapturedActivity | undefined {
  const sourceId = cleanText(parts.sourceId, 200);
  if (!sourceId || !parts.type) return undefined;
  const activity: CapturedActivity = {sourceId, type: parts.type, direction: parts.direction ?? defaultDirection(parts.type)};
  // An outcome only means something on a call.
  if (parts.outcome && parts.type === 'call') activity.outcome = parts.outcome;
  if (parts.at !== undefined && Number.isFinite(parts.at)) activity.at = parts.at;
  const title = cleanName(parts.title);
  if (title) activity.title = title;
  const body = cleanText(parts.body);
  if (body) activity.body = body;
  const userName = cleanName(parts.userName);
  if (userName) activity.userName = userName;
  const contactId = cleanText(parts.contactId, 200);
  if (contactId) activity.contactId = contactId;
  return activity;
}

/** Keep the first of each sourceId: pinned items repeat further down HubSpot's timeline. */
export function uniqueBySource(items: (CapturedActivity | undefined)[]): CapturedActivity[] {
  const seen = new Set<string>();
  const out: CapturedActivity[] = [];
  for (const item of items) {
    if (!item || seen.has(item.sourceId)) continue;
    seen.add(item.sourceId);
    out.push(item);
  }
  return out;
}
