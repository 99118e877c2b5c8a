/** The options page. Sections are added by each capability; this holds health and storage. */
import {useEffect, useState} from 'preact/hooks';
import {formatDateTime, formatNumber, t} from '../../shared/i18n';
import {send} from '../../shared/messaging';
import type {ResponseOf} from '../../shared/protocol';
import {optionsSections} from './sections';

export function Options() {
  return (
    <main class="layout">
      <header class="top">
        <img src="/icons/icon-48.png" alt="" />
        <h1>{t('optionsTitle')}</h1>
      </header>
      {optionsSections.length > 0 && (
        <nav aria-label={t('optionsNavLabel')} class="section-nav">
          {optionsSections.map((s) => <a key={s.id} href={`#${s.id}`}>{t(s.title)}</a>)}
        </nav>
      )}
      {optionsSections.map(({id, Component}) => <section key={id} id={id} class="card"><Component /></section>)}
      <StorageSection />
      <HealthSection />
    </main>
  );
}

function useAsync<T>(load: () => Promise<T>): {value: T | null; error: string | null} {
  const [state, setState] = useState<{value: T | null; error: string | null}>({value: null, error: null});
  useEffect(() => {
    load().then((value) => setState({value, error: null}), (e: Error) => setState({value: null, error: e.message}));
  }, []);
  return state;
}

function StorageSection() {
  const {value, error} = useAsync(() => send('store/status', {}));
  return (
    <section class="card" aria-labelledby="gp-storage">
      <h2 id="gp-storage">{t('optionsStorageTitle')}</h2>
      <p class="muted">{t('optionsStorageIntro')}</p>
      {error && <p role="alert">{t('errorGeneric', error)}</p>}
      {value && (
        <dl class="stats">
          <div><dt>{t('popupCompanies')}</dt><dd>{formatNumber(value.companies)}</dd></div>
          <div><dt>{t('popupContacts')}</dt><dd>{formatNumber(value.contacts)}</dd></div>
          <div><dt>{t('popupActivities')}</dt><dd>{formatNumber(value.activities)}</dd></div>
        </dl>
      )}
    </section>
  );
}

type Health = ResponseOf<'health/list'>[number];

function HealthSection() {
  const {value, error} = useAsync(() => send('health/list', {}));
  const rows = (value ?? []).slice().sort((a: Health, b: Health) => a.key.localeCompare(b.key));
  return (
    <section class="card" aria-labelledby="gp-health">
      <h2 id="gp-health">{t('optionsHealthTitle')}</h2>
      <p class="muted">{t('optionsHealthIntro')}</p>
      {error && <p role="alert">{t('errorGeneric', error)}</p>}
      {value && rows.length === 0 && <p>{t('optionsHealthEmpty')}</p>}
      {rows.length > 0 && (
        <div class="table-wrap">
          <table data-testid="health-table">
            <thead>
              <tr>
                <th scope="col">{t('optionsHealthCrm')}</th>
                <th scope="col">{t('optionsHealthPage')}</th>
                <th scope="col">{t('optionsHealthWidget')}</th>
                <th scope="col">{t('optionsHealthStatus')}</th>
                <th scope="col">{t('optionsHealthMissingFields')}</th>
                <th scope="col">{t('optionsHealthLastSeen')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((h) => (
                <tr key={h.key}>
                  <td>{h.adapterId}</td>
                  <td>{h.pageKind}</td>
                  <td>{h.slot}</td>
                  <td><span class={h.found ? 'badge ok' : 'badge bad'}>{h.found ? t('optionsHealthOk') : t('optionsHealthMissing')}</span></td>
                  <td>{h.fieldsMissing.join(', ') || '—'}</td>
                  <td>{formatDateTime(h.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
