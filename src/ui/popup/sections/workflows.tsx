import './workflows.css';
/**
 * Workflow goals at a glance (WG-13..15): each workflow's conversion rate ("–" when there is none:
 * nobody enrolled, or no marketing email so no metric, WG-14), goal met / counted / enrolled, a weekly
 * trend of counted contacts, and the workflows that need attention.
 */
import {useEffect, useState} from 'preact/hooks';
import {formatNumber, t} from '../../../shared/i18n';
import {send} from '../../../shared/messaging';
import type {WorkflowStats} from '../../../shared/protocol/workflows';

export function rateText(rate: number | null): string {
  return rate === null ? '–' : formatNumber(rate, {style: 'percent', maximumFractionDigits: 1});
}

/** Why a workflow needs a look, or null. */
export function attention(w: WorkflowStats): string | null {
  if (!w.hasMarketingEmail) return t('wgAttentionNoEmail');
  if (w.hasGoal && w.enrolled > 0 && w.goalMetCounted === 0) return t('wgAttentionNoConversions');
  return null;
}

export function Sparkline({weekly}: {weekly: WorkflowStats['weekly']}) {
  const w = 84;
  const h = 22;
  const max = Math.max(1, ...weekly.map((p) => p.counted));
  const step = weekly.length > 1 ? w / (weekly.length - 1) : w;
  const points = weekly.map((p, i) => `${(i * step).toFixed(1)},${(h - 2 - (p.counted / max) * (h - 4)).toFixed(1)}`).join(' ');
  const label = t('wgTrendLabel', weekly.map((p) => formatNumber(p.counted)).join(', '));
  return (
    <svg class="spark" width={w} height={h} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={label}>
      <title>{label}</title>
      <polyline points={points} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" stroke-linecap="round" />
    </svg>
  );
}

export function WorkflowsPopupSection() {
  const [rows, setRows] = useState<WorkflowStats[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('workflows/stats', {}).then(setRows, (e: Error) => setError(e.message));
  }, []);
  const needs = (rows ?? []).map((w) => ({w, why: attention(w)})).filter((x) => x.why !== null);
  return (
    <section class="card wg" aria-labelledby="gp-wg-title" data-testid="wg-popup">
      <h2 id="gp-wg-title">{t('wgPopupTitle')}</h2>
      {error && <p role="alert">{t('errorGeneric', error)}</p>}
      {!rows && !error && <p class="muted" role="status">{t('loading')}</p>}
      {rows && rows.length === 0 && <p class="muted">{t('wgPopupEmpty')}</p>}
      {rows && rows.length > 0 && (
        <ul class="wg-list">
          {rows.map((w) => (
            <li key={w.id} data-workflow={w.id}>
              <div class="wg-top">
                <span class="wg-name">{w.name}</span>
                <span class="wg-rate" data-testid="wg-rate" title={t('wgRateHint')}>{rateText(w.hasMarketingEmail ? w.conversionRate : null)}</span>
              </div>
              <div class="wg-bottom">
                <span class="muted" data-testid="wg-counts">{t('wgCounts', formatNumber(w.goalMet), w.hasMarketingEmail ? formatNumber(w.goalMetCounted) : '–', formatNumber(w.enrolled))}</span>
                <Sparkline weekly={w.weekly} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {needs.length > 0 && (
        <>
          <h3 class="wg-sub">{t('wgAttentionTitle')}</h3>
          <ul class="wg-attention" data-testid="wg-attention">
            {needs.map(({w, why}) => <li key={w.id}><strong>{w.name}</strong>: {why}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}
