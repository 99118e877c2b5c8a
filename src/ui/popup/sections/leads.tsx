/** Leads at a glance (SPEC §2): how many sit in each stage, and what automation moved today. */
import {useEffect, useState} from 'preact/hooks';
import {LEAD_STAGES, type LeadStage} from '../../../core/model';
import {formatNumber, t, type MessageKey} from '../../../shared/i18n';
import {send} from '../../../shared/messaging';
import type {ResponseOf} from '../../../shared/protocol';
import './leads.css';

const stageText = (stage: LeadStage) => t(`laStage${stage.charAt(0).toUpperCase()}${stage.slice(1)}` as MessageKey);
const SHOWN_MOVES = 5;

export function startOfToday(now = new Date()): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
}

export function LeadsPopupSection() {
  const [summary, setSummary] = useState<ResponseOf<'leads/summary'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('leads/summary', {since: startOfToday()}).then(setSummary, (e: Error) => setError(e.message));
  }, []);
  const total = summary ? Object.values(summary.byStage).reduce((a, b) => a + b, 0) : 0;
  return (
    <section class="card la-popup" aria-labelledby="gp-la-title" data-testid="gp-leads">
      <h2 id="gp-la-title">{t('laPopupTitle')}</h2>
      {error && <p role="alert">{t('errorGeneric', error)}</p>}
      {summary && total === 0 && <p class="muted">{t('laPopupEmpty')}</p>}
      {summary && total > 0 && (
        <>
          <dl class="la-stages">
            {LEAD_STAGES.map((s) => (
              <div key={s} data-stage={s}><dt>{stageText(s)}</dt><dd>{formatNumber(summary.byStage[s] ?? 0)}</dd></div>
            ))}
          </dl>
          {summary.locked > 0 && <p class="muted">{t('laPopupLocked', formatNumber(summary.locked))}</p>}
          <h3>{t('laPopupToday')}</h3>
          {summary.movesSince.length === 0 ? <p class="muted">{t('laPopupNoMoves')}</p> : (
            <ul class="la-moves" data-testid="gp-lead-moves">
              {summary.movesSince.slice(0, SHOWN_MOVES).map((m) => (
                <li key={`${m.leadId}-${m.at}`}>
                  <span>{t('laPopupMove', m.from ? stageText(m.from) : '—', stageText(m.to))}</span>
                  {m.rule && <span class="la-rule">{m.rule}</span>}
                  <time dateTime={m.at}>{new Date(m.at).toLocaleTimeString([], {hour: '2-digit', minute: '2-digit'})}</time>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
