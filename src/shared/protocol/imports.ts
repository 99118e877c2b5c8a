/**
 * Messages of the CRM import capability (merged into the protocol by ./domains.ts). The options page
 * parses files in a web worker (src/import); the background only validates and commits the normalized
 * records, in one ingest() transaction, and remembers generic column mappings per file shape.
 */
import * as v from 'valibot';
import {BUYING_ROLES, DEAL_STAGES, EVENT_TYPES} from '../../core/model';
import type {ProtocolMap} from './index';

const Id = v.pipe(v.string(), v.minLength(3), v.maxLength(400));
const Property = v.union([v.string(), v.number(), v.boolean(), v.null()]);
const Properties = v.record(v.pipe(v.string(), v.maxLength(200)), Property);
const Ids = v.pipe(v.array(Id), v.maxLength(1000));
const Time = v.pipe(v.number(), v.finite());
const MAX_RECORDS = 500_000;

export const ImportedCompany = v.object({
  id: Id,
  name: v.pipe(v.string(), v.maxLength(1000)),
  targetAccount: v.boolean(),
  ownerId: v.optional(v.string()),
  teamId: v.optional(v.string()),
  properties: Properties,
});
export const ImportedContact = v.object({
  id: Id,
  companyIds: Ids,
  properties: Properties,
  buyingRoles: v.array(v.picklist(BUYING_ROLES)),
  lawfulBasis: v.boolean(),
});
export const ImportedDeal = v.object({id: Id, companyIds: Ids, amount: v.pipe(v.number(), v.finite()), stage: v.picklist(DEAL_STAGES)});
/** Activity events (callLogged, meetingScheduled, …) as src/import/activity-events.ts makes them; the engines check their fields. */
export const ImportedEvent = v.looseObject({type: v.picklist(EVENT_TYPES), id: Id, at: Time});

export const ImportCommit = v.object({
  files: v.pipe(v.array(v.pipe(v.string(), v.maxLength(500))), v.maxLength(100)),
  companies: v.pipe(v.array(ImportedCompany), v.maxLength(MAX_RECORDS)),
  contacts: v.pipe(v.array(ImportedContact), v.maxLength(MAX_RECORDS)),
  deals: v.pipe(v.array(ImportedDeal), v.maxLength(MAX_RECORDS)),
  events: v.pipe(v.array(ImportedEvent), v.maxLength(MAX_RECORDS)),
  stubCompanyIds: v.pipe(v.array(Id), v.maxLength(MAX_RECORDS)),
});
export type ImportCommitData = v.InferOutput<typeof ImportCommit>;

const ShapeKey = v.pipe(v.string(), v.regex(/^shape:\d+:[0-9a-z]+$/, 'is not a file shape key'));

export const importsProtocol = {
  /** Remembered generic column mappings, by file shape (shapeKey). */
  'imports/mappings': {
    from: ['page'],
    request: v.object({}),
    response: v.object({mappings: v.record(v.string(), v.unknown())}),
  },
  'imports/mapping-save': {
    from: ['page'],
    request: v.object({shapeKey: ShapeKey, mapping: v.unknown()}),
    response: v.variant('ok', [v.object({ok: v.literal(true)}), v.object({ok: v.literal(false), error: v.string()})]),
  },
  /** One import's normalized records, written by ONE ingest() call: all of it or nothing. */
  'imports/commit': {
    from: ['page'],
    request: ImportCommit,
    response: v.object({newRecords: v.number(), newEvents: v.number(), records: v.number(), events: v.number()}),
  },
} as const satisfies ProtocolMap;
