/** TA-32..34: the full account overview in a side panel. */
import {useSignal} from '@preact/signals';
import {useEffect, useRef} from 'preact/hooks';
import {activityLabel, roleLabel} from '../components/labels';
import {captureTypeOf, userName} from '../../shared/accounts-labels';
import {formatDateTime, formatNumber, relativeTime, t, type MessageKey} from '../../shared/i18n';
import {send} from '../../shared/messaging';
import type {OverviewData} from '../../shared/protocol/accounts';
import {when} from './accounts-table';
import {ActivityEditor, type EditorKind} from './activity-editor';
import {error, overviewId, overviewRevision} from './model';

export function Overview({companyId}: {companyId: string}) {
  const data = useSignal<OverviewData | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const editor = useSignal<EditorKind | null>(null);
  const actions = useRef<HTMLDivElement>(null);
  const shown = useRef<string | null>(null);
  const revision = overviewRevision.value;
  useEffect(() => {
    // A new company: clear and move focus to it. A saved task or note (revision): reload in place.
    const fresh = shown.current !== companyId;
    shown.current = companyId;
    if (fresh) data.value = null;
    send('accounts/overview', {companyId}).then(
      (v) => ((data.value = v), fresh && queueMicrotask(() => heading.current?.focus())),
      (e: Error) => (error.value = e.message),
    );
  }, [companyId, revision]);
  const close = () => (overviewId.value = null);
  const o = data.value;
  const now = Date.now();
  return (
    <aside class="ta-overview card" aria-labelledby="ta-overview-title" data-testid="ta-overview" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div class="ta-overview-head">
        <h2 id="ta-overview-title" tabIndex={-1} ref={heading}>{o ? o.company.name : t('taOverview')}</h2>
        <button type="button" class="btn" onClick={close}>{t('taClose')}</button>
      </div>
      {!o ? (
        <p class="muted" role="status">{t('taLoading')}</p>
      ) : (
        <>
          <div class="ta-overview-actions" ref={actions}>
            <button type="button" class="btn" data-editor="task" onClick={() => (editor.value = 'task')}>{t('taCreateTask')}</button>
            <button type="button" class="btn" data-editor="note" onClick={() => (editor.value = 'note')}>{t('taCreateNote')}</button>
            {o.recordUrl && <a class="btn" href={o.recordUrl} target="_blank" rel="noopener noreferrer">{t('taViewRecord')}</a>}
          </div>
          {editor.value && (
            <ActivityEditor
              kind={editor.value}
              companyId={companyId}
              name={o.company.name}
              onClose={() => {
                const kind = editor.value;
                editor.value = null;
                actions.current?.querySelector<HTMLButtonElement>(`[data-editor="${kind}"]`)?.focus();
              }}
            />
          )}
          <dl class="ta-overview-rollups">
            <div><dt>{t('taContacts')}</dt><dd>{formatNumber(o.row.contacts)}</dd></div>
            <div><dt>{t('taLastTouch')}</dt><dd>{when(o.row.lastTouch, now)}</dd></div>
            <div><dt>{t('taLastEngagement')}</dt><dd>{when(o.row.lastEngagement, now)}</dd></div>
            <div><dt>{t('taUpcoming')}</dt><dd>{when(o.row.upcoming, now)}</dd></div>
          </dl>
          <h3>{t('taPrimaryContacts')}</h3>
          {o.contactNote && <p class="muted" data-testid="ta-contact-note">{o.contactNote}</p>}
          <List items={o.primaryContacts.map((c) => [c.id, c.name, c.buyingRoles.map(roleLabel).join(', ')])} />
          <h3>{t('taStakeholders')}</h3>
          <List items={o.stakeholders.map((s) => [s.userId, userName(s.userId), t('taStakeholderLine', s.activities, relativeTime(s.lastAt, now))])} />
          <h3>{t('taDeals')}</h3>
          <List items={o.deals.map((d) => [d.id, formatNumber(d.amount), t(`taStage${d.stage.charAt(0).toUpperCase()}${d.stage.slice(1)}` as MessageKey)])} />
          <h3>{t('taActivities')} ({formatNumber(o.activityCount)})</h3>
          <List stacked items={o.activities.map((a) => [a.id, a.title || a.body || activityLabel(captureTypeOf(a.type)), activityLine(a)])} />
          <h3>{t('taPageViews')}</h3>
          <List items={o.pageViews.map((a) => [a.id, a.url ?? activityLabel(captureTypeOf(a.type)), formatDateTime(a.at)])} />
        </>
      )}
    </aside>
  );
}

/** "Task · 23 Nov 2026, 10:00 · due 24 Nov 2026, 09:00": what it is, when, and a task's due date. */
function activityLine(a: OverviewData['activities'][number]): string {
  const parts = [activityLabel(captureTypeOf(a.type)), formatDateTime(a.at)];
  if (a.due !== undefined) parts.push(t('taDueOn', formatDateTime(a.due)));
  return parts.join(' · ');
}

function List({items, stacked}: {items: Array<[string, string, string]>; stacked?: boolean}) {
  if (items.length === 0) return <p class="muted">{t('taNoneYet')}</p>;
  return (
    <ul class={stacked ? 'ta-list stacked' : 'ta-list'}>
      {items.map(([key, main, sub]) => (
        <li key={key}>
          <span class="ta-list-main">{main}</span>
          {sub && <span class="muted">{sub}</span>}
        </li>
      ))}
    </ul>
  );
}
