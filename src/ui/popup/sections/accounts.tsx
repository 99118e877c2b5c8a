/** Target accounts at a glance: how many, and the way to the index page (SPEC §4). */
import {useEffect, useState} from 'preact/hooks';
import browser from '../../../shared/browser';
import {formatNumber, t} from '../../../shared/i18n';
import {send} from '../../../shared/messaging';

export function AccountsPopupSection() {
  const [count, setCount] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('accounts/query', {limit: 1}).then((a) => setCount(a.metrics.targetAccounts), (e: Error) => setError(e.message));
  }, []);
  return (
    <section class="card" aria-labelledby="gp-ta-title" data-testid="ta-popup">
      <h2 id="gp-ta-title">{t('taHeading')}</h2>
      {error && <p role="alert">{t('errorGeneric', error)}</p>}
      {count !== null && <p data-testid="ta-popup-count">{t('taPopupCount', formatNumber(count))}</p>}
      <a class="btn" href={browser.runtime.getURL('src/ui/accounts/index.html')} target="_blank" rel="noopener">{t('taOpenIndex')}</a>
    </section>
  );
}
