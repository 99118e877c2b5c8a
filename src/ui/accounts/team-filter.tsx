/** TA-20: filter to selected teams (any number; none ticked = all teams). */
import {formatNumber, t} from '../../shared/i18n';
import {query} from './model';

export function TeamFilter({teams, onChange}: {teams: string[]; onChange: (ids: string[]) => void}) {
  const chosen = query.teamIds.value;
  const toggle = (team: string, on: boolean) => onChange(on ? [...chosen, team] : chosen.filter((x) => x !== team));
  return (
    <details class="ta-teams">
      <summary>
        <span class="ta-teams-label">{t('taFilterTeam')}</span>
        <span class="ta-teams-value">{chosen.length === 0 ? t('taAnyTeam') : t('taTeamsChosen', formatNumber(chosen.length))}</span>
      </summary>
      <fieldset class="card">
        <legend class="visually-hidden">{t('taFilterTeam')}</legend>
        {teams.length === 0 && <p class="muted">{t('taNoTeams')}</p>}
        {teams.map((team) => (
          <label key={team}>
            <input type="checkbox" checked={chosen.includes(team)} onChange={(e) => toggle(team, e.currentTarget.checked)} /> {team}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
