/**
 * "You and your team" (SPEC data model "Users and teams"): who uses this browser (the creator of the ad
 * goals they make and the one notified, AG-14), the teams, and the other users with their team, so that
 * the goals page can filter by the creator's team (AG-22). Saved all at once; a bad list saves nothing.
 */
import {useEffect, useState} from 'preact/hooks';
import {t, type MessageKey} from '../../../shared/i18n';
import {send} from '../../../shared/messaging';
import type {ResponseOf} from '../../../shared/protocol';
import './adgoals-people.css';

type People = ResponseOf<'adGoals/people'>;
type Problem = ResponseOf<'adGoals/setPeople'>['errors'][number] | {path: ''; code: null; args: []; message: string};

/** A refused list's problems in the user's language (the background also sends the English). */
const PROBLEM_TEXT = {
  idEmpty: 'agPeopleErrIdEmpty',
  idTwice: 'agPeopleErrIdTwice',
  teamName: 'agPeopleErrTeamName',
  userName: 'agPeopleErrUserName',
  unknownTeam: 'agPeopleErrUnknownTeam',
  meMissing: 'agPeopleErrMeMissing',
  userInUse: 'agPeopleErrUserInUse',
  teamInUse: 'agPeopleErrTeamInUse',
  invalid: 'agPeopleErrInvalid',
} as const satisfies Record<NonNullable<Problem['code']>, MessageKey>;
const problemText = (p: Problem) => (p.code ? t(PROBLEM_TEXT[p.code], ...p.args) : p.message);

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

export function PeopleEditor() {
  const [people, setPeople] = useState<People | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('adGoals/people', {}).then(setPeople, (e: Error) => setError(e.message));
  }, []);
  if (error) return <p role="alert" class="note bad">{t('errorGeneric', error)}</p>;
  if (!people) return <p class="muted" role="status">{t('loading')}</p>;

  const change = (next: People) => {
    setPeople(next);
    setSaved(false);
  };
  const setUser = (id: string, patch: Partial<People['users'][number]>) =>
    change({...people, users: people.users.map((u) => (u.id === id ? withTeam({...u, ...patch}) : u))});
  const setTeam = (id: string, name: string) => change({...people, teams: people.teams.map((team) => (team.id === id ? {...team, name} : team))});
  const save = async () => {
    try {
      const {errors} = await send('adGoals/setPeople', people);
      setProblems(errors);
      setSaved(errors.length === 0);
    } catch (e) {
      setProblems([{path: '', code: null, args: [], message: (e as Error).message}]);
    }
  };
  /** Where a problem is, in the words of this form: the user's or team's name, else its position. */
  const where = (path: string) => {
    const m = /^(users|teams)\[(\d+)\]/.exec(path);
    if (!m) return path === 'currentUserId' ? t('agPeopleMe') : path === 'users' ? t('agPeopleUsers') : path === 'teams' ? t('agPeopleTeams') : path;
    const i = Number(m[2]);
    return m[1] === 'users' ? t('agPeopleUserN', people.users[i]?.name || String(i + 1)) : t('agPeopleTeamN', people.teams[i]?.name || String(i + 1));
  };

  return (
    <div class="people" data-testid="ag-people">
      <h3>{t('agPeopleTitle')}</h3>
      <p class="muted">{t('agPeopleIntro')}</p>
      <fieldset class="people-group">
        <legend>{t('agPeopleTeams')}</legend>
        {people.teams.length === 0 && <p class="muted small">{t('agPeopleNoTeams')}</p>}
        {people.teams.map((team, i) => (
          <div class="people-row" key={team.id}>
            <label class="people-field"><span>{t('agPeopleTeamName')}</span>
              <input type="text" value={team.name} onInput={(e) => setTeam(team.id, (e.currentTarget as HTMLInputElement).value)} /></label>
            <button type="button" class="btn small" aria-label={t('agPeopleRemoveTeam', team.name || String(i + 1))}
              onClick={() => change({...people, teams: people.teams.filter((x) => x.id !== team.id), users: people.users.map((u) => (u.teamId === team.id ? withTeam({...u, teamId: undefined}) : u))})}>
              {t('agPeopleRemove')}
            </button>
          </div>
        ))}
        <button type="button" class="btn small" onClick={() => change({...people, teams: [...people.teams, {id: newId('t'), name: ''}]})}>{t('agPeopleAddTeam')}</button>
      </fieldset>
      <fieldset class="people-group">
        <legend>{t('agPeopleUsers')}</legend>
        {people.users.map((user, i) => {
          const me = user.id === people.currentUserId;
          return (
            <div class={`people-row${me ? ' me' : ''}`} key={user.id} data-testid="ag-people-user">
              <label class="people-field"><span>{t('agPeopleUserName')}</span>
                <input type="text" value={user.name ?? ''} placeholder={me ? t('agYou') : user.id}
                  onInput={(e) => setUser(user.id, {name: (e.currentTarget as HTMLInputElement).value || undefined})} /></label>
              <label class="people-field"><span>{t('agTeam')}</span>
                <select value={user.teamId ?? ''} onChange={(e) => setUser(user.id, {teamId: (e.currentTarget as HTMLSelectElement).value || undefined})}>
                  <option value="">{t('agPeopleNoTeam')}</option>
                  {people.teams.map((team) => <option key={team.id} value={team.id}>{team.name || team.id}</option>)}
                </select></label>
              <label class="check"><input type="radio" name="ag-me" checked={me} onChange={() => change({...people, currentUserId: user.id})} /> {t('agPeopleThisIsMe')}</label>
              {!me && (
                <button type="button" class="btn small" aria-label={t('agPeopleRemoveUser', user.name || String(i + 1))}
                  onClick={() => change({...people, users: people.users.filter((x) => x.id !== user.id)})}>{t('agPeopleRemove')}</button>
              )}
            </div>
          );
        })}
        <button type="button" class="btn small" onClick={() => change({...people, users: [...people.users, {id: newId('u'), name: ''}]})}>{t('agPeopleAddUser')}</button>
      </fieldset>
      <div class="row">
        <button type="button" class="btn primary" onClick={() => void save()}>{t('agPeopleSave')}</button>
        {saved && <span role="status" class="muted">{t('agPeopleSaved')}</span>}
      </div>
      {problems.length > 0 && (
        <div role="alert" class="note bad" data-testid="ag-people-errors">
          <p>{t('agPeopleNotSaved')}</p>
          <ul>{problems.map((p) => <li key={`${p.path}${p.message}`}>{p.path ? `${where(p.path)}: ` : ''}{problemText(p)}</li>)}</ul>
        </div>
      )}
    </div>
  );
}

/** No `teamId: undefined` key in what is sent (the message schema wants it absent or a team). */
function withTeam<T extends {teamId?: string; name?: string}>(user: T): T {
  const copy = {...user};
  if (copy.teamId === undefined) delete copy.teamId;
  if (copy.name === undefined) delete copy.name;
  return copy;
}
