/** Target-account settings: GDPR mode (TA-18: Last engagement ignores contacts without a lawful basis). */
import {useEffect, useState} from 'preact/hooks';
import {t} from '../../../shared/i18n';
import {send} from '../../../shared/messaging';

export function AccountsOptionsSection() {
  const [gdpr, setGdpr] = useState<boolean | null>(null);
  const [status, setStatus] = useState<{ok: boolean; text: string} | null>(null);
  useEffect(() => {
    send('accounts/gdpr-get', {}).then((v) => setGdpr(v.gdprMode), (e: Error) => setStatus({ok: false, text: e.message}));
  }, []);
  const change = async (on: boolean) => {
    setGdpr(on);
    try {
      setGdpr((await send('accounts/gdpr-set', {gdprMode: on})).gdprMode);
      setStatus({ok: true, text: t('taSaved')});
    } catch (e) {
      setGdpr(!on);
      setStatus({ok: false, text: t('taError', (e as Error).message)});
    }
  };
  return (
    <>
      <h2>{t('taOptionsTitle')}</h2>
      <label class="ta-gdpr">
        <input type="checkbox" checked={gdpr ?? false} disabled={gdpr === null} onChange={(e) => void change(e.currentTarget.checked)} aria-describedby="ta-gdpr-help" />
        {' '}{t('taGdprLabel')}
      </label>
      <p class="muted" id="ta-gdpr-help">{t('taGdprHelp')}</p>
      {status && <p role={status.ok ? 'status' : 'alert'}>{status.text}</p>}
    </>
  );
}
