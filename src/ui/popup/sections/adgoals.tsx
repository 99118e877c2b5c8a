/** Popup: each active ad goal's status and progress with pacing (SPEC §3). */
import {useEffect, useState} from 'preact/hooks';
import browser from '../../../shared/browser';
import {formatDateTime, t} from '../../../shared/i18n';
import {send} from '../../../shared/messaging';
import type {ResponseOf} from '../../../shared/protocol';
import {ProgressBar, StatusBadge} from '../../goals/progress-bar';

export function AdGoalsPopupSection() {
  const [data, setData] = useState<ResponseOf<'adGoals/list'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('adGoals/list', {}).then(setData, (e: Error) => setError(e.message));
  }, []);
  const active = (data?.goals ?? []).filter((g) => {
    const status = data?.results[g.id]?.status;
    return status === 'inProgress' || status === 'pending';
  });
  if (!error && (!data || data.goals.length === 0)) return null;
  return (
    <section class="card" aria-labelledby="gp-adgoals" data-testid="popup-adgoals">
      <h2 id="gp-adgoals">{t('agPopupTitle')}</h2>
      {error && <p role="alert">{t('errorGeneric', error)}</p>}
      {data && active.length === 0 && <p class="muted">{t('agPopupNoActive')}</p>}
      <ul class="ag-popup-list">
        {active.map((g) => (
          <li key={g.id} data-testid="popup-adgoal">
            <div class="ag-popup-head"><strong>{g.name}</strong> <StatusBadge status={data!.results[g.id].status} /></div>
            <ProgressBar result={data!.results[g.id]} label={g.name} />
            <p class="muted ag-popup-refreshed" data-testid="popup-adgoal-refreshed">
              {data!.results[g.id].refreshedAt ? t('agRefreshedAt', formatDateTime(Date.parse(data!.results[g.id].refreshedAt!))) : t('agNotRefreshed')}
            </p>
          </li>
        ))}
      </ul>
      <button type="button" class="btn" onClick={() => void browser.tabs.create({url: browser.runtime.getURL('src/ui/goals/index.html')})}>{t('agOpenGoals')}</button>
    </section>
  );
}
