/**
 * The goals list (AG-22): filters by campaign, account, team, user, duration, status and progress range with
 * "Clear all"; select goals to delete them after a confirmation dialog (AG-25); edit (AG-24).
 */
import {useRef, useState} from 'preact/hooks';
import {clearAllFilters, filterAdGoals, goalTeam, hasActiveFilters, requestDeleteAdGoals, type AdGoalFilters, type AdGoalListRow, type DeleteRequest} from '../../core/adgoals';
import {AD_GOAL_DURATIONS, AD_GOAL_TEMPLATES} from '../../core/adgoals/validate';
import type {AdGoal, AdGoalStatus} from '../../core/model';
import {t} from '../../shared/i18n';
import {send} from '../../shared/messaging';
import type {AdCatalog} from '../../shared/protocol/adgoals';
import {DURATION_KEY, STATUS_KEY, TEMPLATE_KEY} from './format';
import type {GoalsData} from './goals-page';
import {ProgressBar, StatusBadge} from './progress-bar';

const STATUSES = Object.keys(STATUS_KEY) as AdGoalStatus[];

interface Props {
  data: GoalsData;
  catalog: AdCatalog;
  openId: string | null;
  onOpen: (id: string) => void;
  onEdit: (goal: AdGoal) => void;
  onChanged: () => void | Promise<void>;
}

export function GoalList({data, catalog, openId, onOpen, onEdit, onChanged}: Props) {
  const [filters, setFilters] = useState<AdGoalFilters>(clearAllFilters());
  const [selected, setSelected] = useState<string[]>([]);
  const [pending, setPending] = useState<DeleteRequest | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const goals = data.goals as AdGoal[];
  const rows: AdGoalListRow[] = goals.map((goal) => ({goal, status: data.results[goal.id]?.status ?? 'pending', progress: data.results[goal.id]?.progress ?? 0}));
  let shown = rows;
  let filterError: string | null = null;
  try {
    shown = filterAdGoals(rows, filters, data.users.map((u) => ({id: u.id, teamId: u.teamId ?? ''})));
  } catch (e) {
    filterError = (e as Error).message;
  }
  const nameOf = (id: string) => catalog.campaigns.find((c) => c.id === id)?.name ?? id;
  const campaigns = [...new Set(goals.flatMap((g) => g.campaignIds))];
  const accounts = [...new Set(goals.flatMap((g) => g.accountIds))];
  const users = [...new Set(goals.flatMap((g) => (g.ownerId ? [g.ownerId] : [])))];
  const userName = (id: string) => (id === data.userId ? t('agYou') : data.users.find((u) => u.id === id)?.name ?? id);
  // AG-22 team = the creator's team: every team in settings, plus any team a goal names that settings no longer list.
  const teamName = (id: string) => data.teams.find((team) => team.id === id)?.name ?? id;
  const teams = [...new Set([...data.teams.map((team) => team.id), ...goals.flatMap((g) => {
    const team = goalTeam(g, data.users);
    return team ? [team] : [];
  })])];
  const one = <K extends keyof AdGoalFilters>(key: K, value: string) =>
    setFilters({...filters, [key]: value ? [value] : undefined});
  const pct = (key: 'min' | 'max', raw: string) => {
    const n = raw === '' ? undefined : Number(raw) / 100;
    setFilters({...filters, progress: {...filters.progress, [key]: n !== undefined && Number.isFinite(n) ? n : undefined}});
  };

  const askDelete = () => {
    setPending(requestDeleteAdGoals(goals, selected));
    dialog.current?.showModal();
  };
  const resolve = async (confirmed: boolean) => {
    dialog.current?.close();
    if (pending) await send('adGoals/delete', {goalIds: pending.goalIds, confirmed});
    setPending(null);
    if (confirmed) {
      setSelected([]);
      await onChanged();
    }
  };

  if (!goals.length) return <p class="muted">{t('agNoGoals')}</p>;
  return (
    <>
      <div class="filters" role="group" aria-label={t('agFilters')}>
        <Select label={t('agCampaign')} value={filters.campaignIds?.[0] ?? ''} options={campaigns.map((id) => [id, nameOf(id)])} onChange={(v) => one('campaignIds', v)} />
        <Select label={t('agAccount')} value={filters.accountIds?.[0] ?? ''} options={accounts.map((id) => [id, id])} onChange={(v) => one('accountIds', v)} />
        <Select label={t('agTeam')} value={filters.teamIds?.[0] ?? ''} options={teams.map((id) => [id, teamName(id)])} onChange={(v) => one('teamIds', v)} />
        <Select label={t('agUser')} value={filters.userIds?.[0] ?? ''} options={users.map((id) => [id, userName(id)])} onChange={(v) => one('userIds', v)} />
        <Select label={t('agDuration')} value={filters.durations?.[0] ?? ''} options={AD_GOAL_DURATIONS.map((d) => [d, t(DURATION_KEY[d])])} onChange={(v) => one('durations', v)} />
        <Select label={t('agTemplate')} value={filters.templates?.[0] ?? ''} options={AD_GOAL_TEMPLATES.map((x) => [x, t(TEMPLATE_KEY[x])])} onChange={(v) => one('templates', v)} />
        <Select label={t('agStatus')} value={filters.statuses?.[0] ?? ''} options={STATUSES.map((s) => [s, t(STATUS_KEY[s])])} onChange={(v) => one('statuses', v)} />
        <label class="field small"><span>{t('agProgressMin')}</span>
          <input type="number" min="0" value={filters.progress?.min === undefined ? '' : Math.round(filters.progress.min * 100)} onInput={(e) => pct('min', (e.currentTarget as HTMLInputElement).value)} /></label>
        <label class="field small"><span>{t('agProgressMax')}</span>
          <input type="number" min="0" value={filters.progress?.max === undefined ? '' : Math.round(filters.progress.max * 100)} onInput={(e) => pct('max', (e.currentTarget as HTMLInputElement).value)} /></label>
        <button type="button" class="btn" disabled={!hasActiveFilters(filters)} onClick={() => setFilters(clearAllFilters())}>{t('agClearAll')}</button>
      </div>
      {filterError && <p role="alert" class="field-error">{filterError}</p>}
      <div class="row actions">
        <button type="button" class="btn danger" disabled={selected.length === 0} onClick={askDelete}>{t('agDeleteSelected', String(selected.length))}</button>
        <span class="muted" role="status">{t('agShowing', String(shown.length), String(rows.length))}</span>
      </div>
      <div class="table-wrap">
        <table data-testid="ag-goal-table">
          <thead>
            <tr>
              <th scope="col"><span class="visually-hidden">{t('agSelect')}</span></th>
              <th scope="col">{t('agGoalName')}</th>
              <th scope="col">{t('agStatus')}</th>
              <th scope="col">{t('agProgress')}</th>
              <th scope="col">{t('agDuration')}</th>
              <th scope="col">{t('agDates')}</th>
              <th scope="col"><span class="visually-hidden">{t('agActions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({goal, status}) => (
              <tr key={goal.id} data-testid="ag-goal-row" class={openId === goal.id ? 'open' : ''}>
                <td><input type="checkbox" aria-label={t('agSelectGoal', goal.name)} checked={selected.includes(goal.id)}
                  onChange={(e) => setSelected((e.currentTarget as HTMLInputElement).checked ? [...selected, goal.id] : selected.filter((x) => x !== goal.id))} /></td>
                <td><button type="button" class="link" onClick={() => onOpen(goal.id)}>{goal.name}</button><div class="muted small">{t(TEMPLATE_KEY[goal.template])}</div></td>
                <td><StatusBadge status={status} /></td>
                <td class="progress-cell"><ProgressBar result={data.results[goal.id]} label={goal.name} /></td>
                <td>{t(DURATION_KEY[goal.duration])}</td>
                <td class="nowrap">{goal.start} – {goal.end}</td>
                <td><button type="button" class="btn small" onClick={() => onEdit(goal)}>{t('agEdit')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dialog ref={dialog} aria-labelledby="ag-delete-title" onCancel={() => void resolve(false)} data-testid="ag-delete-dialog">
        <h2 id="ag-delete-title">{t('agDeleteTitle')}</h2>
        <p>{pending && (pending.goalIds.length === 1 ? t('agDeleteOne', goals.find((g) => g.id === pending.goalIds[0])?.name ?? '') : t('agDeleteMany', String(pending.goalIds.length)))}</p>
        <div class="row actions">
          <button type="button" class="btn" onClick={() => void resolve(false)}>{t('agCancel')}</button>
          <button type="button" class="btn danger" onClick={() => void resolve(true)}>{t('agDelete')}</button>
        </div>
      </dialog>
    </>
  );
}

function Select({label, value, options, onChange}: {label: string; value: string; options: Array<[string, string]>; onChange: (v: string) => void}) {
  return (
    <label class="field small">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{t('agAny')}</option>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </label>
  );
}
