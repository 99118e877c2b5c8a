/**
 * What the user changed on top of the seed: logged activities, field edits and who is signed in.
 * Stored in localStorage as plain JSON; a stored value of the wrong shape is dropped with a console
 * warning saying what was wrong, never half-applied.
 */
import {ACTIVITY_TYPES, type Activity, type BuyingRole, type DealStage, type LeadStage, type LifecycleStage, type OpenDealStep, type RecordType} from './types';

export const STORAGE_KEY = 'northwind-demo-crm:v1';

export interface RecordEdit {
  ownerId?: string;
  lifecycleStage?: LifecycleStage;
  buyingRoles?: BuyingRole[];
  /** Lead stage or deal stage, by record type. */
  stage?: LeadStage | DealStage;
  step?: OpenDealStep;
}

export interface Overlay {
  version: 1;
  added: Activity[];
  /** Keyed `type:id`, e.g. `contact:ct-0003`. */
  edits: Record<string, RecordEdit>;
  nextSeq: number;
  currentUserId: string;
}

export const editKey = (type: RecordType, id: string): string => `${type}:${id}`;

export function emptyOverlay(nextSeq: number): Overlay {
  return {version: 1, added: [], edits: {}, nextSeq, currentUserId: 'u-01'};
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Returns the overlay, or a sentence saying what is wrong with it. */
export function parseOverlay(raw: string): Overlay | string {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return `stored demo data is not JSON (${(error as Error).message})`;
  }
  if (!isObject(data) || data.version !== 1) return 'stored demo data has no "version": 1';
  if (!Array.isArray(data.added)) return 'stored demo data: "added" is not an array';
  for (const [i, a] of data.added.entries()) {
    if (!isObject(a) || typeof a.id !== 'string' || typeof a.timestamp !== 'string' || !ACTIVITY_TYPES.includes(a.type as never)) {
      return `stored demo data: "added[${i}]" is not an activity`;
    }
  }
  if (!isObject(data.edits) || !Object.values(data.edits).every(isObject)) return 'stored demo data: "edits" is not a map of objects';
  if (typeof data.nextSeq !== 'number' || !Number.isInteger(data.nextSeq)) return 'stored demo data: "nextSeq" is not an integer';
  if (typeof data.currentUserId !== 'string') return 'stored demo data: "currentUserId" is not a string';
  return data as unknown as Overlay;
}
