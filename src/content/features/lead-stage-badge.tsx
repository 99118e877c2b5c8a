/**
 * The lead-stage badge (SPEC §2): each lead's stage, its LA-7 lock and why it is where it is, with quick
 * actions to move it by hand or re-arm automation. On contact and lead record pages next to the title;
 * on contact and lead list pages in every row's Goalpost cell, fed by ONE message for all rows (lead list
 * rows whose lead the engines do not know yet are first made known by the lead's own id: such rows show
 * no contact).
 */
import {effect, signal, type Signal} from '@preact/signals';
import {render} from 'preact';
import type {CrmAdapter, PageInfo} from '../../adapters/types';
import {send} from '../messaging';
import type {LeadView} from '../../shared/protocol/leads';
import theme from '../../ui/components/theme.css?inline';
import {captureState} from '../capture-state';
import {mountWidget, widgetContainer} from '../dom/mount';
import {onDomChange, waitFor} from '../dom/observe';
import {defineFeature, type FeatureContext} from '../feature';
import {reportHealth} from '../health';
import {LeadBadge} from './lead-stage-badge.view';
import css from './lead-stage-badge.css?inline';
import rowCss from './lead-stage-badge.row.css?inline';
import {sliced} from './lead-stage-badge.slice';

const ID = 'lead-stage-badge';
const ANCHOR_TIMEOUT_MS = 8000;
/** One string each (not concatenated per row): the shared stylesheet is found by its text. */
const RECORD_CSS = theme + css;
const ROW_CSS = theme + css + rowCss;
/** 'leads/ensure' takes at most 200 leads a message. */
const ENSURE_BATCH = 200;

const isPeople = (page: PageInfo) => page.kind === 'contact' || page.kind === 'lead';

// widgetContainer's `:scope > .gp-root` never matches on a ShadowRoot (no :scope element there), so each
// call would add a container; remember ours per root so re-rendering a row updates it in place.
const containers = new WeakMap<ShadowRoot, HTMLElement>();
function containerOf(root: ShadowRoot): HTMLElement {
  let container = containers.get(root);
  if (!container) containers.set(root, (container = widgetContainer(root)));
  return container;
}

const STAGES = new Set(['new', 'attempting', 'connected', 'qualified', 'disqualified']);
type Stage = LeadView['stage'];

export default defineFeature(ID, {
  include: (page) => isPeople(page),
  init(ctx) {
    if (ctx.page.type === 'record') return initRecord(ctx, ctx.page);
    return initList(ctx, ctx.page);
  },
});

async function initRecord({signal: abort, adapter, namespace, url}: FeatureContext, page: PageInfo & {type: 'record'}) {
  const ns = (kind: string, id: string) => `${namespace}:${kind}:${id}`;
  const anchor = await waitFor(() => adapter.findAnchor(document, page, 'badge'), abort, ANCHOR_TIMEOUT_MS);
  if (abort.aborted) return;
  reportHealth(adapter, page, 'badge', Boolean(anchor), anchor ? ['badge anchor'] : [], anchor ? [] : ['badge anchor'], url);
  if (!anchor) return;
  const contactId = page.kind === 'contact' ? ns('contact', page.id) : undefined;
  const leadIds = signal<string[]>([]);
  const views = signal<Record<string, LeadView>>({});
  const error = signal<string | null>(null);

  const refresh = async () => {
    // The adapter reads the page (STYLE.md: features never query it themselves); a CRM without a reader
    // still shows the leads the engines already know for this contact.
    const refs = (adapter.readLeadRefs?.(document, page) ?? []).filter((r): r is {leadId: string; contactId: string; stage?: string} => Boolean(r.leadId && r.contactId));
    const ensure = refs.map((r) => ({leadId: ns('lead', r.leadId), contactId: ns('contact', r.contactId), ...(r.stage && STAGES.has(r.stage) ? {stage: r.stage as Stage} : {})}));
    try {
      if (ensure.length) await send('leads/ensure', {leads: ensure});
      const contacts = contactId ? [contactId] : [...new Set(ensure.map((e) => e.contactId))];
      const result = await send('leads/forContacts', {contactIds: contacts, leadIds: ensure.map((e) => e.leadId), detail: true});
      if (abort.aborted) return;
      const ids = page.kind === 'lead' ? ensure.map((e) => e.leadId).filter((id) => result.leads[id]) : (result.byContact[contactId ?? ''] ?? []);
      views.value = result.leads;
      leadIds.value = ids;
      error.value = null;
    } catch (e) {
      if (!abort.aborted) error.value = (e as Error).message;
    }
  };

  const mount = (at: Element) => {
    const root = mountWidget(at, {id: ID, signal: abort, css: RECORD_CSS, place: (a, host) => adapter.place(a, host, 'badge')});
    render(<RecordBadges ids={leadIds} views={views} error={error} onChange={(v) => (views.value = {...views.value, [v.id]: v})} />, containerOf(root));
  };
  mount(anchor);
  let queued: Promise<void> = Promise.resolve();
  const again = () => (queued = queued.then(refresh));
  // A logged activity reaches the engines through the capture feature; read the lead again once it has.
  const stop = effect(() => {
    void captureState.value;
    void again();
  });
  abort.addEventListener('abort', stop, {once: true});
  onDomChange(document.body, () => {
    if (!document.querySelector(`[data-goalpost="${ID}"]`)) {
      const next = adapter.findAnchor(document, page, 'badge');
      if (next) mount(next);
    }
  }, abort);
}

function RecordBadges({ids, views, error, onChange}: {ids: {value: string[]}; views: {value: Record<string, LeadView>}; error: {value: string | null}; onChange: (v: LeadView) => void}) {
  return (
    <div class="badges" data-testid="gp-lead-badges">
      {ids.value.map((id) => views.value[id] && <LeadBadge key={id} lead={views.value[id]} detail onChange={onChange} />)}
      {error.value && <p class="error" role="alert">{error.value}</p>}
    </div>
  );
}

function initList({signal: abort, adapter, namespace}: FeatureContext, page: PageInfo & {type: 'list'}) {
  let views: Record<string, LeadView> = {};
  let byContact: Record<string, string[]> = {};
  // One signal per lead: a badge changed by hand (or a row drawn again) re-renders that row's badge,
  // not every row of a 1,000-row list.
  const leadSignals = new Map<string, Signal<LeadView | undefined>>();
  const viewOf = (id: string) => {
    let view = leadSignals.get(id);
    if (!view) leadSignals.set(id, (view = signal<LeadView | undefined>(undefined)));
    return view;
  };
  let pending = 0;

  /**
   * Lead list rows show no contact: a lead the engines do not know yet is made known by its own id and
   * the stage its row shows ('leads/ensure' without contactId), in batches the protocol allows.
   */
  const ensureListed = async (known: Record<string, LeadView>): Promise<boolean> => {
    if (page.kind !== 'lead') return false;
    const missing = (adapter.readLeadRefs?.(document, page) ?? [])
      .map((r) => ({leadId: `${namespace}:lead:${r.leadId}`, ...(r.contactId ? {contactId: `${namespace}:contact:${r.contactId}`} : {}), ...(r.stage && STAGES.has(r.stage) ? {stage: r.stage as Stage} : {})}))
      .filter((r) => !known[r.leadId]);
    let added = 0;
    for (let i = 0; i < missing.length && !abort.aborted; i += ENSURE_BATCH) added += (await send('leads/ensure', {leads: missing.slice(i, i + ENSURE_BATCH)})).added;
    return added > 0;
  };

  const refresh = async () => {
    const rows = adapter.listRows(document, page);
    const ids = rows.map((r) => `${namespace}:${page.kind}:${r.id}`);
    const ask = () => send('leads/forContacts', page.kind === 'contact' ? {contactIds: ids} : {contactIds: [], leadIds: ids});
    let result;
    try {
      result = await ask();
      if (!abort.aborted && (await ensureListed(result.leads))) result = await ask();
    } catch {
      return; // fail soft: rows simply show no badge
    }
    if (abort.aborted) return;
    views = result.leads;
    byContact = result.byContact;
    mountRows(adapter, page, rows.map((row, i) => ({row, id: ids[i]})));
  };

  const mountRows = (crm: CrmAdapter, listPage: PageInfo & {type: 'list'}, rows: Array<{row: {element: Element}; id: string}>) => {
    const run = ++pending;
    const withLead = rows.filter(({id}) => (page.kind === 'contact' ? (byContact[id]?.length ?? 0) > 0 : Boolean(views[id])));
    // Time-sliced (~8 ms of work, then the page gets the main thread back) and drawn off the page: any
    // change inside the CRM's table makes the browser lay out, pre-paint and paint the whole 1,000-row
    // table again (tens of ms each frame, whatever the number of rows changed), so the badges are drawn
    // into detached hosts and all go into the rows at once, in one frame. A host in a row is a drawn badge.
    const waiting: Array<() => void> = [];
    void sliced(withLead, ({row, id}) => {
      const cell = crm.findAnchor(row.element, listPage, 'badge');
      if (!cell) return;
      const root = mountWidget(cell, {id: ID, key: id, signal: abort, css: ROW_CSS, place: (a, host) => waiting.push(() => crm.place(a, host, 'badge'))});
      const leadIds = page.kind === 'contact' ? byContact[id] : [id];
      for (const leadId of leadIds) viewOf(leadId).value = views[leadId];
      render(<RowBadges leads={leadIds.map(viewOf)} />, containerOf(root));
    }, {signal: abort, stale: () => run !== pending}).then((done) => {
      if (done) for (const place of waiting) place();
    });
  };

  const rowIds = () => adapter.listRows(document, page).map((r) => r.id).join(',');
  let last = rowIds();
  void refresh();
  onDomChange(document.body, () => {
    // Search and sorting re-render the rows: mount again when the row set changed.
    const print = rowIds();
    if (print !== last) {
      last = print;
      void refresh();
    }
  }, abort);
}

function RowBadges({leads}: {leads: Array<Signal<LeadView | undefined>>}) {
  return (
    <div class="badges row">
      {leads.map((view) => view.value && <LeadBadge key={view.value.id} lead={view.value} onChange={(v) => (view.value = v)} />)}
    </div>
  );
}
