/**
 * Types shared by the import pipeline (bytes → decoded text → table → format → records).
 *
 * Everything here is plain data so a web worker can post results to the page and the background can
 * store them; nothing holds a closure.
 */
import type {AdMetricRow, BuyingRole, CallOutcome, Company, Contact, Deal, Id, Instant, ScenarioEvent} from '../core/model';

/** One problem in one file. `line` is the 1-based physical line in the file; `column` the header name. */
export interface ImportIssue {
  line: number;
  /** The header name of the offending cell; null when the whole row or file is at fault. */
  column: string | null;
  message: string;
}

export type CrmName = 'hubspot' | 'salesforce' | 'pipedrive' | 'generic';
export type AdNetwork = 'google' | 'meta' | 'linkedin' | 'generic';
export type CrmEntity = 'contact' | 'company' | 'deal' | 'activity';

export type FormatId =
  | 'google-ads'
  | 'meta-ads'
  | 'linkedin-ads'
  | 'hubspot-contacts'
  | 'hubspot-companies'
  | 'hubspot-deals'
  | 'hubspot-calls'
  | 'salesforce-contacts'
  | 'salesforce-accounts'
  | 'salesforce-opportunities'
  | 'salesforce-activities'
  | 'pipedrive-persons'
  | 'pipedrive-organizations'
  | 'pipedrive-deals'
  | 'pipedrive-activities'
  | 'generic';

/** The generic ad mapping: our field → the file's header name. */
export interface AdColumnMapping {
  day: string;
  account?: string;
  campaign: string;
  spend: string;
  conversions?: string;
  /** Network to stamp on rows (default "generic"). */
  network?: string;
}

/** The generic CRM mapping: our field → the file's header name (see crm-fields.ts for field keys). */
export interface CrmColumnMapping {
  entity: CrmEntity;
  columns: Partial<Record<CrmField, string>>;
}

export type GenericMapping = ({kind: 'ad'} & AdColumnMapping) | ({kind: 'crm'} & CrmColumnMapping);

export type CrmField =
  | 'id'
  | 'firstName'
  | 'lastName'
  | 'fullName'
  | 'email'
  | 'lifecycleStage'
  | 'buyingRoles'
  | 'owner'
  | 'companyIds'
  | 'primaryCompanyId'
  | 'companyNames'
  | 'name'
  | 'domain'
  | 'targetAccount'
  | 'amount'
  | 'stage'
  | 'closed'
  | 'won'
  | 'status'
  | 'activityType'
  | 'at'
  | 'time'
  | 'outcome'
  | 'contactIds'
  | 'contactNames';

export interface ImportOptions {
  /**
   * Keep the valid rows of a file that has errors (the listed rows are dropped). Default false: a file
   * with any error yields no records at all (all or nothing).
   */
  skipInvalidRows?: boolean;
  /** Force the decimal separator; by default ',' for semicolon files and '.' otherwise (numbers.ts). */
  decimalSeparator?: ',' | '.';
  /** Mapping for a file no known format matches (e.g. chosen in the mapping step just now). */
  mapping?: GenericMapping;
  /** Remembered mappings by file shape (`shapeKey(headers)`), consulted when `mapping` is absent. */
  mappings?: Record<string, GenericMapping>;
  /** Id namespace per CRM; default `<crm>:import`, giving ids like `hubspot:import:contact:123`. */
  namespaces?: Partial<Record<CrmName, string>>;
  /** Called while one file's text is read (in chunks), for a progress bar within a big file. Not cloneable: set it where the import runs. */
  onProgress?: (progress: {charsDone: number; charsTotal: number; rows: number}) => void;
  /** Account id for ad rows whose export names no account (Meta campaign-level exports). */
  defaultAdAccount?: string;
}

export interface RawCompany {
  id: Id;
  name: string;
  domain?: string;
  targetAccount?: boolean;
  owner?: string;
  line: number;
}

export interface RawContact {
  id: Id;
  properties: Record<string, string>;
  buyingRoles: BuyingRole[];
  owner?: string;
  /** Namespaced company ids, primary first. */
  companyIds: Id[];
  /** Company names to resolve against the companies of the whole import. */
  companyNames: string[];
  line: number;
}

export interface RawDeal {
  id: Id;
  name?: string;
  amount: number;
  stage: Deal['stage'];
  companyIds: Id[];
  companyNames: string[];
  line: number;
}

export type ActivityKind = 'call' | 'meeting' | 'email' | 'note' | 'task';

export interface RawActivity {
  id: Id;
  kind: ActivityKind;
  at: Instant;
  outcome?: CallOutcome;
  owner?: string;
  contactIds: Id[];
  contactNames: string[];
  companyIds: Id[];
  companyNames: string[];
  line: number;
}

export interface CrmRows {
  crm: CrmName;
  namespace: string;
  companies: RawCompany[];
  contacts: RawContact[];
  deals: RawDeal[];
  activities: RawActivity[];
}

/** What one file yields. `adMetrics` / `crm` are empty when the file has errors (unless skipInvalidRows). */
export interface FileImport {
  file: string;
  format: FormatId;
  kind: 'ad' | 'crm' | 'unknown';
  encoding: string;
  delimiter: string;
  /** 1-based line of the header row; 0 when none was found. */
  headerLine: number;
  headers: string[];
  /** Stable key of the header row, to remember a generic mapping (shape.ts). */
  shapeKey: string;
  /** Data rows only: no title, header, empty, total or footer lines. */
  rows: number;
  errors: ImportIssue[];
  /** Not fatal: e.g. an activity that names no contact, skipped. */
  warnings: ImportIssue[];
  adMetrics: AdMetricRow[];
  /** campaignId → the campaign's display name, for ad files. */
  campaignNames: Record<Id, string>;
  currency?: string;
  crmRows?: CrmRows;
}

export interface CrmImport {
  contacts: Contact[];
  companies: Company[];
  deals: Deal[];
  /** Activities that map onto scenario events (calls → callLogged, meetings → meetingScheduled, …). */
  events: ScenarioEvent[];
  /** Companies made from a name only (the export named a company the import has no record of). */
  stubCompanyIds: Id[];
  warnings: Array<ImportIssue & {file: string}>;
}

export interface ImportResult {
  files: FileImport[];
  /** Ad rows of all valid files; the later file wins when two give the same key (ad-keys.ts). */
  adMetrics: AdMetricRow[];
  crm: CrmImport;
}
