/**
 * "View progress" (AG-23): spend, cost per contact, per-campaign breakdown, periods with their statuses,
 * the progress chart, and for finished periods the frozen result with a note on data that came late (AG-18).
 */
import {useState} from 'preact/hooks';
import type {AdGoal} from '../../core/model';
import {formatDateTime, t} from '../../shared/i18n';
import type {AdCatalog, AdGoalResultView} from '../../shared/protocol/adgoals';
import {CampaignDialog} from './campaign-view';
import {amount, percent, TEMPLATE_KEY} from './format';
import {ProgressBar, StatusBadge} from './progress-bar';
import {ProgressChart} from './progress-chart';

interface Props {
  goal: AdGoal;
  result: AdGoalResultView;
  catalog: AdCatalog;
  onClose: () => void;
  /** A goal picked in a campaign view (AG-23 "goals that include it"). */
  onOpenGoal: (id: string) => void;
}

export function GoalDetails({goal, result, catalog, onClose, onOpenGoal}: Props) {
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const currency = catalog.currency;
  const nameOf = (id: string) => catalog.campaigns.find((c) => c.id === id)?.name ?? id;
  return (
    <section class="card details" aria-labelledby="ag-details-title" data-testid="ag-details">
      <div class="section-head">
        <div>
          <h2 id="ag-details-title">{goal.name}</h2>
          <p class="muted">{t(TEMPLATE_KEY[goal.template])} · {goal.start} – {goal.end}</p>
        </div>
        <button type="button" class="btn" onClick={onClose}>{t('agClose')}</button>
      </div>
      <div class="row"><StatusBadge status={result.status} /><ProgressBar result={result} label={goal.name} /></div>
      <p class="muted small">
        {result.refreshedAt ? t('agRefreshedAt', formatDateTime(Date.parse(result.refreshedAt))) : t('agNotRefreshed')} {t('agRefreshRule')}
        {result.nextRefreshAt && <> {t('agNextRefresh', formatDateTime(Date.parse(result.nextRefreshAt)))}</>}
      </p>
      <dl class="stats">
        <div><dt>{t('agSpend')}</dt><dd>{amount(result.spend, currency)}</dd></div>
        <div><dt>{t('agConversions')}</dt><dd>{amount(result.conversions)}</dd></div>
        <div><dt>{t('agContacts')}</dt><dd>{amount(result.contacts)}</dd></div>
        <div><dt>{t('agCostPerContact')}</dt><dd>{amount(result.costPerContact, currency)}</dd></div>
        <div><dt>{t('agTarget')}</dt><dd>{amount(result.target)}</dd></div>
        <div><dt>{t('agActual')}</dt><dd>{amount(result.actual)}</dd></div>
      </dl>
      <ProgressChart goal={goal} result={result} />
      {result.lateData.map((late) => (
        <p key={late.periodStart} class="note" role="note">
          {t('agLateData', late.periodStart, String(late.items), amount(late.frozenActual), amount(late.wouldBeActual))}
        </p>
      ))}
      <h3>{t('agPeriods')}</h3>
      <div class="table-wrap">
        <table>
          <thead><tr><th scope="col">{t('agPeriod')}</th><th scope="col" class="num">{t('agTarget')}</th><th scope="col" class="num">{t('agActual')}</th><th scope="col" class="num">{t('agProgress')}</th><th scope="col">{t('agStatus')}</th></tr></thead>
          <tbody>
            {result.periods.map((p) => (
              <tr key={p.start}>
                <td class="nowrap">{p.start} – {p.end}</td>
                <td class="num">{amount(p.target)}</td>
                <td class="num">{amount(p.actual)}</td>
                <td class="num">{percent(p.progress)}</td>
                <td><StatusBadge status={p.status} />{(p.status === 'achieved' || p.status === 'exceeded' || p.status === 'missed') && <span class="muted small"> {t('agFrozen')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('agByCampaign')}</h3>
      <div class="table-wrap">
        <table data-testid="ag-by-campaign">
          <thead><tr><th scope="col">{t('agCampaign')}</th><th scope="col" class="num">{t('agSpend')}</th><th scope="col" class="num">{t('agConversions')}</th><th scope="col" class="num">{t('agContacts')}</th><th scope="col" class="num">{t('agCostPerContact')}</th></tr></thead>
          <tbody>
            {Object.entries(result.campaigns).map(([id, f]) => (
              <tr key={id}>
                <th scope="row"><button type="button" class="link" onClick={() => setCampaignId(id)}>{nameOf(id)}</button></th>
                <td class="num">{amount(f.spend, currency)}</td>
                <td class="num">{amount(f.conversions)}</td>
                <td class="num">{amount(f.contacts)}</td>
                <td class="num">{amount(f.costPerContact, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {campaignId && <CampaignDialog key={campaignId} goal={goal} campaignId={campaignId} onClose={() => setCampaignId(null)} onOpenGoal={onOpenGoal} />}
    </section>
  );
}
