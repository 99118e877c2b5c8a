/**
 * The lead-stage badge (SPEC §2): each lead's stage, its LA-7 lock and why it is where it is, with quick
 * actions to move it by hand or re-arm automation. On contact and lead record pages next to the title;
 * on contact and lead list pages in every row's Goalpost cell, fed by ONE message for all rows.
 */
import {effect, signal} from '@preact/signals';
import {render} from 'preact';
import type {CrmAdapter, PageInfo} from '../../adapters/types';
import {send} from '../../shared/messaging';
import type {LeadView} from '../../shared/protocol/leads';
import theme from '../../ui/components/theme.css?inline';
import {captureState} from '../capture-state';
import {mountWidget, widgetContainer} from '../dom/mount';
import {onDomChange, waitFor} from '../dom/observe';
import {defineFeature, type FeatureContext} from '../feature';
import {reportHealth} from '../health';
import {LeadBadge} from './lead-stage-badge.view';
import css from './lead-stage-badge.css?inline';

const ID = 'lead-stage-badge';
const ANCHOR_TIMEOUT_MS = 8000;
/** Rows mounted per frame: a 1,000-row list never blocks the page for long. */
const ROWS_PER_FRAME = 60;

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
    const refs = (adapter.readLeadRefs?.(document, page) ?? []).filter((r) => r.leadId && r.contactId);
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
    const root = mountWidget(at, {id: ID, signal: abort, css: theme + css, place: (a, host) => adapter.place(a, host, 'badge')});
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
  const views = signal<Record<string, LeadView>>({});
  const byContact = signal<Record<string, string[]>>({});
  let pending = 0;

  const refresh = async () => {
    const rows = adapter.listRows(document, page);
    const ids = rows.map((r) => `${namespace}:${page.kind}:${r.id}`);
    let result;
    try {
      result = await send('leads/forContacts', page.kind === 'contact' ? {contactIds: ids} : {contactIds: [], leadIds: ids});
    } catch {
      return; // fail soft: rows simply show no badge
    }
    if (abort.aborted) return;
    views.value = result.leads;
    byContact.value = result.byContact;
    mountRows(adapter, page, rows.map((row, i) => ({row, id: ids[i]})));
  };

  const mountRows = (crm: CrmAdapter, listPage: PageInfo & {type: 'list'}, rows: Array<{row: {element: Element}; id: string}>) => {
    const run = ++pending;
    const withLead = rows.filter(({id}) => (page.kind === 'contact' ? (byContact.value[id]?.length ?? 0) > 0 : Boolean(views.value[id])));
    let i = 0;
    const step = () => {
      if (abort.aborted || run !== pending) return;
      for (const end = Math.min(i + ROWS_PER_FRAME, withLead.length); i < end; i++) {
        const {row, id} = withLead[i];
        const cell = crm.findAnchor(row.element, listPage, 'badge');
        if (!cell) continue;
        const root = mountWidget(cell, {id: ID, key: id, signal: abort, css: theme + css, place: (a, host) => crm.place(a, host, 'badge')});
        const leadIds = page.kind === 'contact' ? byContact.value[id] : [id];
        render(<RowBadges leadIds={leadIds} views={views} />, containerOf(root));
      }
      if (i < withLead.length) requestAnimationFrame(step);
    };
    step();
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

function RowBadges({leadIds, views}: {leadIds: string[]; views: {value: Record<string, LeadView>}}) {
  const onChange = (v: LeadView) => (views.value = {...views.value, [v.id]: v});
  return <div class="badges row">{leadIds.map((id) => views.value[id] && <LeadBadge key={id} lead={views.value[id]} onChange={onChange} />)}</div>;
}
