/**
 * Options: webhook deliveries (the background's `webhooks/list`): for each, the workflow or source that
 * sent it, the receiving host, its status (delivered; retrying, with the next attempt's time; failed),
 * attempts and the last error, and "Retry now" for failed ones and ones waiting for a backoff try
 * (`webhooks/retry`).
 */
import {useEffect, useState} from 'preact/hooks';
import {formatDateTime, t} from '../../../shared/i18n';
import {send} from '../../../shared/messaging';
import type {WebhookDelivery} from '../../../shared/protocol/workflows';

/** The workflow (payload.workflowId) or other source that asked for the webhook. */
export function deliverySource(d: WebhookDelivery): string {
  const p = d.payload;
  if (typeof p.workflowId === 'string' && p.workflowId) return t('wgHookWorkflow', p.workflowId);
  if (typeof p.source === 'string' && p.source) return p.source;
  const key = d.idempotencyKey;
  return key.length > 60 ? `${key.slice(0, 57)}…` : key;
}

export function deliveryHost(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

export function deliveryStatus(d: WebhookDelivery): string {
  if (d.status === 'ok') return t('wgHookDelivered');
  if (d.status === 'failed') return t('wgHookFailed');
  return d.nextAt === undefined ? t('wgHookSending') : d.attempts === 0 ? t('wgHookQueued', formatDateTime(d.nextAt)) : t('wgHookRetrying', formatDateTime(d.nextAt));
}

export function WebhookDeliveries() {
  const [items, setItems] = useState<WebhookDelivery[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const reload = () => {
    send('webhooks/list', {}).then(
      (list) => {
        setItems(list);
        setError(null);
      },
      (e: Error) => setError(t('wgHookLoadError', e.message)),
    );
  };
  useEffect(reload, []);
  const retry = async (d: WebhookDelivery) => {
    setBusy(d.idempotencyKey);
    setStatus('');
    try {
      const answer = await send('webhooks/retry', {idempotencyKey: d.idempotencyKey});
      if (!answer.ok) setError(t('wgHookRetryRefused', answer.message));
      else {
        setError(null);
        setStatus(answer.delivery.status === 'ok' ? t('wgHookRetryOk', deliveryHost(d.url)) : t('wgHookRetryFailed', answer.delivery.error ?? deliveryStatus(answer.delivery)));
      }
    } catch (e) {
      setError(t('wgHookRetryRefused', (e as Error).message));
    } finally {
      setBusy(null);
      reload();
    }
  };
  return (
    <section class="wg-hooks" aria-labelledby="gp-wg-hooks" data-testid="wg-webhooks">
      <div class="wg-hooks-head">
        <h3 id="gp-wg-hooks">{t('wgHooksTitle')}</h3>
        <button type="button" class="btn small" onClick={reload}>{t('wgHooksRefresh')}</button>
      </div>
      <p class="muted">{t('wgHooksIntro')}</p>
      {error && <p class="wg-error" role="alert">{error}</p>}
      <p class="wg-hooks-status" role="status">{status}</p>
      {items && items.length === 0 && <p class="muted">{t('wgHooksNone')}</p>}
      {items && items.length > 0 && (
        <div class="wg-hooks-scroll">
          <table class="wg-hooks-table">
            <caption class="visually-hidden">{t('wgHooksTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('wgHookColSource')}</th>
                <th scope="col">{t('wgHookColHost')}</th>
                <th scope="col">{t('wgHookColStatus')}</th>
                <th scope="col">{t('wgHookColAttempts')}</th>
                <th scope="col">{t('wgHookColError')}</th>
                <th scope="col"><span class="visually-hidden">{t('wgHookColActions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr key={d.idempotencyKey} data-key={d.idempotencyKey} data-status={d.status}>
                  <td>{deliverySource(d)}</td>
                  <td><span class="wg-host" title={d.url}>{deliveryHost(d.url)}</span></td>
                  <td><span class={`wg-pill s-${d.status}`}>{deliveryStatus(d)}</span></td>
                  <td class="num">{d.attempts}</td>
                  <td class="wg-hook-error">{d.error ?? '—'}</td>
                  <td>
                    {(d.status === 'failed' || d.attempts > 0) && d.status !== 'ok' && (
                      <button
                        type="button"
                        class="btn small"
                        disabled={busy !== null}
                        aria-label={t('wgHookRetryLabel', deliveryHost(d.url), deliverySource(d))}
                        onClick={() => void retry(d)}
                      >
                        {busy === d.idempotencyKey ? t('wgHookRetrying2') : t('wgHookRetry')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
