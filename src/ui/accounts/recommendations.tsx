/** TA-28..30: prospects to review and recommended target accounts with their reasons. */
import {useSignal} from '@preact/signals';
import {useEffect} from 'preact/hooks';
import {formatNumber, relativeTime, t} from '../../shared/i18n';
import {send} from '../../shared/messaging';
import type {ResponseOf} from '../../shared/protocol';
import {error, refresh} from './model';

export function Recommendations({kind}: {kind: 'recommendations' | 'prospects'}) {
  const data = useSignal<ResponseOf<'accounts/recommendations'> | null>(null);
  const load = () => send('accounts/recommendations', {}).then((v) => (data.value = v), (e: Error) => (error.value = e.message));
  useEffect(() => void load(), []);
  const act = async (name: 'accounts/recommendation-accept' | 'accounts/recommendation-dismiss', companyId: string) => {
    await send(name, {companyId}).catch((e: Error) => (error.value = e.message));
    await Promise.all([load(), refresh()]);
  };
  const d = data.value;
  if (!d) return <p class="muted" role="status">{t('taLoading')}</p>;
  if (kind === 'prospects') {
    return d.prospects.length === 0 ? (
      <p class="muted">{t('taProspectsEmpty')}</p>
    ) : (
      <ul class="ta-recs" data-testid="ta-prospects">
        {d.prospects.map((p) => (
          <li key={p.companyId} class="card">
            <div class="ta-rec-name">{p.name}</div>
            <div class="muted">{t('taEngaged', relativeTime(p.lastEngagement, d.now))} · {t('taContactsCount', formatNumber(p.contacts))}</div>
          </li>
        ))}
      </ul>
    );
  }
  return d.recommendations.length === 0 ? (
    <p class="muted">{t('taRecommendationsEmpty')}</p>
  ) : (
    <ul class="ta-recs" data-testid="ta-recommendations">
      {d.recommendations.map((r) => (
        <li key={r.companyId} class="card" data-company={r.companyId}>
          <div class="ta-rec-name">{r.name}</div>
          {/* Reasons are the engine's English sentences (core has no i18n); shown as evidence. */}
          <ul class="ta-reasons">{r.reasons.map((reason) => <li key={reason.code}>{reason.message}</li>)}</ul>
          <div class="ta-dialog-buttons">
            <button type="button" class="btn" onClick={() => act('accounts/recommendation-dismiss', r.companyId)} aria-label={`${t('taDismiss')}: ${r.name}`}>{t('taDismiss')}</button>
            <button type="button" class="btn primary" onClick={() => act('accounts/recommendation-accept', r.companyId)} aria-label={`${t('taAccept')}: ${r.name}`}>{t('taAccept')}</button>
          </div>
        </li>
      ))}
    </ul>
  );
}
