/** The popup: goal conversion, ad-goal status and lead counts at a glance, for managers. */
import {useEffect, useState} from 'preact/hooks';
import browser from '../../shared/browser';
import {formatNumber, t} from '../../shared/i18n';
import {send} from '../../shared/messaging';
import type {ResponseOf} from '../../shared/protocol';
import {popupSections} from './sections';

type Status = ResponseOf<'store/status'>;

export function Popup() {
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('store/status', {}).then(setStatus, (e: Error) => setError(e.message));
  }, []);
  const empty = status && status.companies + status.contacts + status.activities === 0;
  return (
    <main>
      <header>
        <img src="/icons/icon-48.png" alt="" />
        <h1>{t('popupTitle')}</h1>
      </header>
      {error && <p role="alert">{t('errorGeneric', error)}</p>}
      {!status && !error && <p class="muted" role="status">{t('loading')}</p>}
      {empty && (
        <section class="card" aria-labelledby="gp-empty">
          <h2 id="gp-empty">{t('popupEmptyTitle')}</h2>
          <p class="muted">{t('popupEmptyBody')}</p>
        </section>
      )}
      {status && !empty && (
        <section aria-labelledby="gp-stored">
          <h2 id="gp-stored">{t('popupStored')}</h2>
          <dl class="stats">
            <div><dt>{t('popupCompanies')}</dt><dd data-testid="count-companies">{formatNumber(status.companies)}</dd></div>
            <div><dt>{t('popupContacts')}</dt><dd data-testid="count-contacts">{formatNumber(status.contacts)}</dd></div>
            <div><dt>{t('popupActivities')}</dt><dd data-testid="count-activities">{formatNumber(status.activities)}</dd></div>
          </dl>
        </section>
      )}
      {popupSections.map(({id, Component}) => <Component key={id} />)}
      <nav>
        <button type="button" class="btn" onClick={() => void browser.runtime.openOptionsPage()}>{t('popupOpenOptions')}</button>
      </nav>
    </main>
  );
}
