/**
 * AG-23 "each campaign name opens that campaign and its metrics": a modal dialog with the campaign's
 * daily spend, network conversions, contacts and cost per contact (lead) over the goal's span up to
 * today, the totals, a daily spend chart, and the goals that include the campaign (each opens its
 * details). Native <dialog>: Escape closes it and focus returns to the campaign name.
 */
import {useEffect, useRef, useState} from 'preact/hooks';
import type {AdGoal} from '../../core/model';
import {t} from '../../shared/i18n';
import {send} from '../../shared/messaging';
import type {ResponseOf} from '../../shared/protocol';
import {amount, STAGE_KEY} from './format';
import {StatusBadge} from './progress-bar';

type View = ResponseOf<'adGoals/campaign'>;

const localIsoDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The goal's span, cut at today for a goal still running (no data exists for later days). */
export function viewRange(goal: Pick<AdGoal, 'start' | 'end'>, today = localIsoDate(new Date())): {from: string; to: string} {
  const to = goal.end < today ? goal.end : today < goal.start ? goal.start : today;
  return {from: goal.start, to};
}

interface Props {
  goal: AdGoal;
  campaignId: string;
  onClose: () => void;
  onOpenGoal: (id: string) => void;
}

export function CampaignDialog({goal, campaignId, onClose, onOpenGoal}: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [view, setView] = useState<View | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    dialog.current?.showModal();
    const {from, to} = viewRange(goal);
    send('adGoals/campaign', {campaignId, accountIds: goal.accountIds, from, to, goalId: goal.id}).then(setView, (e: Error) => setError(e.message));
  }, [campaignId, goal.id]);
  const close = () => {
    dialog.current?.close();
    onClose();
  };
  const currency = view?.currency;
  return (
    <dialog ref={dialog} class="campaign" aria-labelledby="ag-campaign-title" onCancel={(e) => { e.preventDefault(); close(); }} data-testid="ag-campaign">
      <div class="section-head">
        <div>
          <h2 id="ag-campaign-title">{view?.name ?? campaignId}</h2>
          {view && (
            <p class="muted small">
              {view.network ? `${view.network} · ` : ''}{view.accountIds.join(', ')} · {view.from} – {view.to}
            </p>
          )}
        </div>
        <button type="button" class="btn" onClick={close}>{t('agClose')}</button>
      </div>
      {error && <p role="alert" class="note bad">{t('errorGeneric', error)}</p>}
      {!view && !error && <p class="muted" role="status">{t('loading')}</p>}
      {view && (
        <>
          <dl class="stats">
            <div><dt>{t('agSpend')}</dt><dd>{amount(view.totals.spend, currency)}</dd></div>
            <div><dt>{t('agConversions')}</dt><dd>{amount(view.totals.conversions)}</dd></div>
            <div><dt>{view.stage ? t('agCampaignContactsInStage', t(STAGE_KEY[view.stage as keyof typeof STAGE_KEY])) : t('agCampaignContactsFirstForm')}</dt><dd>{amount(view.totals.contacts)}</dd></div>
            <div><dt>{t('agCostPerContact')}</dt><dd>{amount(view.totals.costPerContact, currency)}</dd></div>
          </dl>
          <SpendChart days={view.days} />
          <h3>{t('agCampaignDaily')}</h3>
          <div class="table-wrap days" tabindex={0} role="region" aria-label={t('agCampaignDaily')}>
            <table data-testid="ag-campaign-days">
              <thead>
                <tr>
                  <th scope="col">{t('agCampaignDay')}</th>
                  <th scope="col" class="num">{t('agSpend')}</th>
                  <th scope="col" class="num">{t('agConversions')}</th>
                  <th scope="col" class="num">{t('agContacts')}</th>
                  <th scope="col" class="num">{t('agCostPerContact')}</th>
                </tr>
              </thead>
              <tbody>
                {view.days.map((d) => (
                  <tr key={d.date}>
                    <th scope="row" class="nowrap">{d.date}</th>
                    <td class="num">{amount(d.spend, currency)}</td>
                    <td class="num">{amount(d.conversions)}</td>
                    <td class="num">{amount(d.contacts)}</td>
                    <td class="num">{amount(d.costPerContact, currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t('agCampaignGoals')}</h3>
          <ul class="campaign-goals" data-testid="ag-campaign-goals">
            {view.goals.map((g) => (
              <li key={g.id}>
                <button type="button" class="link" onClick={() => { close(); onOpenGoal(g.id); }}>{g.name}</button> <StatusBadge status={g.status} />
              </li>
            ))}
          </ul>
        </>
      )}
    </dialog>
  );
}

const W = 640;
const H = 120;

/** Daily spend as bars (inline SVG built with JSX); the table above it carries the same figures for screen readers. */
function SpendChart({days}: {days: View['days']}) {
  const max = Math.max(0, ...days.map((d) => d.spend));
  if (!days.length || max === 0) return <p class="muted small">{t('agCampaignNoSpend')}</p>;
  const step = W / days.length;
  return (
    <figure class="chart campaign-chart" data-testid="ag-campaign-chart">
      <svg viewBox={`0 0 ${W} ${H + 16}`} role="img" aria-label={t('agCampaignChart')}>
        <line class="grid" x1={0} x2={W} y1={H} y2={H} />
        {days.map((d, i) => {
          const h = (d.spend / max) * (H - 4);
          return <rect key={d.date} class="spend-bar" x={i * step + step * 0.15} width={Math.max(1, step * 0.7)} y={H - h} height={h} />;
        })}
        <text class="axis" x={0} y={H + 13}>{days[0].date}</text>
        <text class="axis" x={W} y={H + 13} text-anchor="end">{days[days.length - 1].date}</text>
      </svg>
    </figure>
  );
}
