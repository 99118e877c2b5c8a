/**
 * The company panel's account view (TA-31): the Target account switch (TA-2), the rollups (TA-13..19),
 * buying-role coverage with names (TA-10/11/27), internal stakeholders (TA-33) and what to do next.
 */
import {useSignal} from '@preact/signals';
import {useEffect} from 'preact/hooks';
import {formatDateTime, formatNumber, relativeTime, t} from '../../../shared/i18n';
import {send} from '../../messaging';
import type {CompanySummary} from '../../../shared/protocol';
import type {PanelAccount} from '../../../shared/protocol/accounts';
import {userName} from '../../../shared/accounts-labels';
import {nextSteps} from './next-steps';

export function AccountSection({recordId, summary}: {recordId: string; summary: CompanySummary}) {
  const account = useSignal<PanelAccount | null>(null);
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);
  const load = () =>
    send('accounts/panel', {companyId: recordId}).then(
      (value) => ((account.value = value), (error.value = null)),
      (e: Error) => (error.value = e.message),
    );
  // Reload when the capture stored something new for this company (a logged call moves Last touch).
  useEffect(() => void load(), [recordId, summary.activityCount, summary.lastSeen, summary.contacts.length]);

  const toggle = async () => {
    if (!account.value || busy.value) return;
    busy.value = true;
    try {
      await send('accounts/target-set', {companyIds: [recordId], value: !account.value.targetAccount, recordUrl: location.href});
      await load();
    } catch (e) {
      error.value = (e as Error).message;
    } finally {
      busy.value = false;
    }
  };

  const a = account.value;
  if (error.value && !a) return <p class="error" role="alert">{t('taError', error.value)}</p>;
  if (!a) return null;
  const decision = summary.contacts.filter((c) => c.buyingRoles.includes('decisionMaker'));
  const blockers = summary.contacts.filter((c) => c.buyingRoles.includes('blocker'));
  const champions = summary.contacts.filter((c) => c.buyingRoles.includes('champion'));
  return (
    <div class="account" data-testid="gp-account">
      <div class="target-row">
        <span id="gp-target-label" class="target-label">{t('taTargetToggle')}</span>
        <button type="button" role="switch" class="switch" aria-checked={a.targetAccount} aria-labelledby="gp-target-label" disabled={busy.value || !a.known} onClick={toggle}>
          <span class="knob" aria-hidden="true" />
        </button>
      </div>
      {error.value && <p class="error" role="alert">{t('taError', error.value)}</p>}
      {!a.targetAccount && <p class="meta">{t('taNotTarget')}</p>}
      {a.row && <Rollups row={a.row} now={a.now} />}
      <h3>{t('taRoles')}</h3>
      {decision.length + blockers.length + champions.length === 0 && <p class="empty">{t('taNoRoles')}</p>}
      <dl class="roles" data-testid="gp-roles">
        <RoleLine label={t('taDecisionMakers')} names={decision.map((c) => c.name)} missing={t('taNoneYet')} />
        {champions.length > 0 && <RoleLine label={t('taChampions')} names={champions.map((c) => c.name)} />}
        {blockers.length > 0 && <RoleLine label={t('taBlockers')} names={blockers.map((c) => c.name)} warn />}
      </dl>
      <h3>{t('taStakeholders')}</h3>
      {a.stakeholders.length === 0 ? (
        <p class="empty">{t('taNoStakeholders')}</p>
      ) : (
        <ul data-testid="gp-stakeholders">
          {a.stakeholders.map((s) => (
            <li key={s.userId}>
              <div class="grow">
                <div class="name">{userName(s.userId)}</div>
                <div class="sub">{t('taStakeholderLine', s.activities, relativeTime(s.lastAt, a.now))}</div>
              </div>
            </li>
          ))}
        </ul>
      )}
      {a.row && (
        <>
          <h3>{t('taNextSteps')}</h3>
          <ul class="next" data-testid="gp-next-steps">
            {nextSteps(a.row, a.now, blockers.map((c) => c.name), decision.length > 0).map((step) => <li key={step}>{step}</li>)}
          </ul>
        </>
      )}
    </div>
  );
}

function Rollups({row, now}: {row: NonNullable<PanelAccount['row']>; now: number}) {
  const when = (at: number | null) =>
    at === null ? <span class="muted">{t('taNone')}</span> : <time dateTime={new Date(at).toISOString()} title={formatDateTime(at)}>{relativeTime(at, now)}</time>;
  return (
    <dl class="rollups" data-testid="gp-rollups">
      <div><dt>{t('taContacts')}</dt><dd data-field="contacts">{formatNumber(row.contacts)}</dd></div>
      <div><dt>{t('taOpenDeals')}</dt><dd data-field="openDeals">{row.openDeals === 0 ? formatNumber(0) : t('taDealsSummary', formatNumber(row.openDeals), formatNumber(row.openDealValue))}</dd></div>
      <div><dt>{t('taLastTouch')}</dt><dd data-field="lastTouch">{when(row.lastTouch)}</dd></div>
      <div><dt>{t('taLastEngagement')}</dt><dd data-field="lastEngagement">{when(row.lastEngagement)}</dd></div>
      <div><dt>{t('taUpcoming')}</dt><dd data-field="upcoming">{when(row.upcoming)}</dd></div>
    </dl>
  );
}

function RoleLine({label, names, missing, warn}: {label: string; names: string[]; missing?: string; warn?: boolean}) {
  return (
    <div class={warn ? 'role warn' : 'role'}>
      <dt>{label}</dt>
      <dd>{names.length > 0 ? names.join(', ') : <span class="missing">{missing}</span>}</dd>
    </div>
  );
}
