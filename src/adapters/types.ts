/**
 * What every CRM adapter provides. Features reach a CRM page only through this interface
 * (STYLE.md: "CRM page data: the adapter; features never query the page themselves").
 *
 * URL predicates are pure (URL in, answer out). DOM readers take a root (document or a fixture) and
 * return `undefined` when the page lacks what they look for; they never throw on odd pages.
 */
import type {CallOutcome, BuyingRole, Instant} from '../core/model';

export type RecordKind = 'company' | 'contact' | 'lead' | 'deal';
export type WidgetSlot = 'panel' | 'badge' | 'indicator';

/** What a URL says about the page. */
export type PageInfo =
  | {type: 'record'; kind: RecordKind; id: string}
  | {type: 'list'; kind: RecordKind};

export type ActivityType = 'call' | 'email' | 'meeting' | 'note' | 'task' | 'form' | 'pageView' | 'documentView' | 'linkedinMessage';

export interface CapturedActivity {
  /** The CRM's own id for the activity (stable across re-renders); the event id is derived from it. */
  sourceId: string;
  type: ActivityType;
  /** user: the rep did it (1:1 email, call, meeting scheduled by the rep); contact: the contact did it. */
  direction: 'user' | 'contact';
  outcome?: CallOutcome;
  at?: Instant;
  title?: string;
  body?: string;
  userName?: string;
  /** Set when the activity concerns one associated contact (CRM-local id). */
  contactId?: string;
}

export interface CapturedContactRef {
  id: string;
  name: string;
  email?: string;
  buyingRoles?: BuyingRole[];
}

/** A deal listed on a company page (TA-14/15 roll up from the company page itself). */
export interface CapturedDealRef {
  id: string;
  name?: string;
  /** The CRM's stage id or label; closed won / closed lost are told apart from open in capture.ts. */
  stage?: string;
  amount?: number;
}

export interface CapturedRecord {
  kind: RecordKind;
  /** CRM-local id (from the URL where possible). */
  id: string;
  name: string;
  fields: {
    email?: string;
    lifecycleStage?: string;
    owner?: string;
    buyingRoles?: BuyingRole[];
    domain?: string;
    amount?: number;
    dealStage?: string;
    leadStage?: string;
    companyId?: string;
  };
  /** Associated contacts shown on the page (company and deal pages). */
  contacts: CapturedContactRef[];
  activities: CapturedActivity[];
  /** Deals associated with the record, shown on company pages (optional: not every CRM lists them). */
  deals?: CapturedDealRef[];
}

export interface ListRow {
  element: Element;
  id: string;
  kind: RecordKind;
}

export interface AnchorReport {
  slot: WidgetSlot;
  found: boolean;
  /** Fields the reader expected and found / missed, for the options page's health view. */
  fieldsFound: string[];
  fieldsMissing: string[];
}

export interface CrmAdapter {
  /** 'demo', 'hubspot', 'salesforce', 'pipedrive' or 'custom:<id>'. */
  id: string;
  name: string;
  /** Host match patterns for the manifest / runtime permission request. */
  matches: string[];
  isCrmUrl(url: URL): boolean;
  readPage(url: URL): PageInfo | undefined;
  /** The id namespace for this account, e.g. "hubspot:123456" (portal id) or "demo:127.0.0.1:5173". */
  namespace(url: URL): string;
  /** Where a widget goes on the current page; null while the CRM has not rendered it (or it moved). */
  findAnchor(root: ParentNode, page: PageInfo, slot: WidgetSlot): Element | null;
  /** Place the widget host relative to its anchor (append inside, insert after, …). */
  place(anchor: Element, host: HTMLElement, slot: WidgetSlot): void;
  readRecord(root: ParentNode, page: PageInfo & {type: 'record'}): CapturedRecord | undefined;
  listRows(root: ParentNode, page: PageInfo & {type: 'list'}): ListRow[];
  /** A CSS selector whose subtree changes when new timeline items or rows render (observer target). */
  watchSelector(page: PageInfo): string;
  /**
   * The leads a record page shows and whose they are (SPEC §2; the lead-stage badge). Contact pages list
   * their leads, lead pages name their contact; ids are CRM-local, `stage` the CRM's lead stage id.
   * Optional: a CRM without it shows badges only for leads the engines already know. Lead list pages may
   * give refs without `contactId` (a row that shows no contact): the lead is then known by its own id.
   */
  readLeadRefs?(root: ParentNode, page: PageInfo): Array<{leadId: string; contactId?: string; stage?: string}>;
  /** The record's URL in this CRM, for "open the company record in a new tab". */
  recordUrl?(namespace: string, kind: RecordKind, id: string): string | undefined;
}
