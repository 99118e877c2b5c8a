/**
 * The company panel: what Goalpost knows about the company on screen (contacts, captured activity,
 * first seen), read back from the background's store, at the top of the CRM's record sidebar; and the
 * account view (TA-31): target switch, rollups, buying roles, stakeholders and next steps.
 */
import {useSignal} from '@preact/signals';
import {render} from 'preact';
import theme from '../../ui/components/theme.css?inline';
import {activityLabel, outcomeLabel, roleLabel} from '../../ui/components/labels';
import {relativeTime, t, formatDateTime} from '../../shared/i18n';
import type {CompanySummary} from '../../shared/protocol';
import {captureState} from '../capture-state';
import {mountWidget, widgetContainer} from '../dom/mount';
import {onDomChange, waitFor} from '../dom/observe';
import {defineFeature} from '../feature';
import {reportHealth} from '../health';
import {showCantReadNotice} from '../notice';
import {AccountSection} from './company-panel/account-section';
import css from './company-panel.css?inline';

const ANCHOR_TIMEOUT_MS = 8000;
const ID = 'company-panel';

export default defineFeature(ID, {
  include: (page) => page.type === 'record' && page.kind === 'company',
  async init({signal, adapter, page, url}) {
    const findAnchor = () => adapter.findAnchor(document, page, 'panel');
    const anchor = await waitFor(findAnchor, signal, ANCHOR_TIMEOUT_MS);
    if (signal.aborted) return;
    if (!anchor) {
      reportHealth(adapter, page, 'panel', false, [], ['panel anchor'], url);
      showCantReadNotice(signal);
      return;
    }
    reportHealth(adapter, page, 'panel', true, ['panel anchor'], [], url);
    const mount = (at: Element) => {
      const root = mountWidget(at, {id: ID, signal, css: theme + css, place: (a, host) => adapter.place(a, host, 'panel')});
      render(<CompanyPanel />, widgetContainer(root));
    };
    mount(anchor);
    // CRMs re-render their sidebars; put the panel back when ours was thrown away with the old one.
    onDomChange(document.body, () => {
      if (document.querySelector(`[data-goalpost="${ID}"]`)) return;
      const next = findAnchor();
      if (next) mount(next);
    }, signal);
  },
});

export function CompanyPanel() {
  const open = useSignal(true);
  const state = captureState.value;
  return (
    <section class="panel" aria-labelledby="gp-company-title">
      <div class="head">
        <span class="logo" aria-hidden="true" />
        <h2 id="gp-company-title">{t('panelTitle')}</h2>
        <button
          type="button"
          class="toggle"
          aria-expanded={open.value}
          aria-controls="gp-company-body"
          aria-label={open.value ? t('panelCollapse') : t('panelExpand')}
          onClick={() => (open.value = !open.value)}
        >
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><path d="M3 5l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" /></svg>
        </button>
      </div>
      <div class="body" id="gp-company-body" hidden={!open.value}>
        {state?.summary ? (
          <>
            {state.recordId && <AccountSection recordId={state.recordId} summary={state.summary} />}
            <Summary summary={state.summary} />
          </>
        ) : !state?.error && <p class="loading" role="status">{t('panelLoading')}</p>}
        {state?.error && <p class="error" role="alert">{t('panelError', state.error)}</p>}
      </div>
    </section>
  );
}

const SHOWN = {contacts: 6, activities: 8};

function Summary({summary}: {summary: CompanySummary}) {
  const now = Date.now();
  const all = useSignal(false);
  const contacts = all.value ? summary.contacts : summary.contacts.slice(0, SHOWN.contacts);
  const hidden = summary.contacts.length - contacts.length;
  return (
    <>
      <p class="meta" title={formatDateTime(summary.firstSeen)}>{t('panelFirstSeen', relativeTime(summary.firstSeen, now))}</p>
      <p class="counts">{t('panelKnownCounts', summary.contacts.length, summary.activityCount)}</p>
      <h3>{t('panelContacts')}</h3>
      {summary.contacts.length === 0 ? (
        <p class="empty">{t('panelNoContacts')}</p>
      ) : (
        <ul data-testid="gp-contacts">
          {contacts.map((c) => (
            <li key={c.id}>
              <div class="grow">
                <div class="name" title={c.name}>{c.name}</div>
                {c.email && <div class="sub">{c.email}</div>}
                {c.buyingRoles.length > 0 && (
                  <div class="chips">{c.buyingRoles.map((r) => <span key={r} class={r === 'blocker' ? 'chip blocker' : 'chip'}>{roleLabel(r)}</span>)}</div>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {(hidden > 0 || all.value) && summary.contacts.length > SHOWN.contacts && (
        <button type="button" class="more" aria-expanded={all.value} onClick={() => (all.value = !all.value)}>
          {all.value ? t('panelShowFewer') : t('panelShowAll', summary.contacts.length)}
        </button>
      )}
      <h3>{t('panelActivities')}</h3>
      {summary.activities.length === 0 ? (
        <p class="empty">{t('panelNoActivities')}</p>
      ) : (
        <ul data-testid="gp-activities">
          {summary.activities.slice(0, SHOWN.activities).map((a) => (
            <li key={a.id} data-activity={a.id}>
              <div class="grow">
                <div class="line">
                  <span class="type">{activityLabel(a.type)}</span>
                  {a.outcome && <span class="outcome">{outcomeLabel(a.outcome)}</span>}
                  {a.at !== undefined && <time class="when" dateTime={new Date(a.at).toISOString()} title={formatDateTime(a.at)}>{relativeTime(a.at, now)}</time>}
                </div>
                <div class="name" title={a.title}>{a.title ?? activityLabel(a.type)}</div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
