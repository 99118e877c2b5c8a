/** Suppression lists (WG-22..24): contacts a workflow never enrolls. One contact id per line. */
import {useState} from 'preact/hooks';
import {t} from '../../../shared/i18n';
import {send} from '../../../shared/messaging';
import type {SuppressionList} from '../../../shared/protocol/workflows';

export function ListsEditor({lists, onChanged}: {lists: SuppressionList[]; onChanged(): void}) {
  const [id, setId] = useState('');
  const [members, setMembers] = useState('');
  const [error, setError] = useState<string | null>(null);
  const edit = (l: SuppressionList) => {
    setId(l.id);
    setMembers(l.contactIds.join('\n'));
  };
  const save = async () => {
    const contactIds = [...new Set(members.split(/\s+/).map((x) => x.trim()).filter(Boolean))];
    try {
      const answer = await send('suppressionLists/save', {list: {id: id.trim(), contactIds}});
      if (!answer.ok) return setError(`${answer.path}: ${answer.message}`);
      setError(null);
      setId('');
      setMembers('');
      onChanged();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const remove = async (listId: string) => {
    const answer = await send('suppressionLists/delete', {id: listId});
    setError(answer.ok ? null : `${answer.path}: ${answer.message}`);
    onChanged();
  };
  return (
    <section class="wg-lists" aria-labelledby="gp-wg-lists">
      <h3 id="gp-wg-lists">{t('wgListsTitle')}</h3>
      <p class="muted">{t('wgListsIntro')}</p>
      {lists.length > 0 && (
        <ul class="wg-wf-list">
          {lists.map((l) => (
            <li key={l.id}>
              <span class="wg-name">{l.id}</span>
              <span class="muted">{t('wgListMembers', l.contactIds.length)}</span>
              <button type="button" class="btn small" onClick={() => edit(l)}>{t('wgEdit')}</button>
              <button type="button" class="btn small danger" onClick={() => void remove(l.id)}>{t('wgDelete')}</button>
            </li>
          ))}
        </ul>
      )}
      <form class="wg-list-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <label class="wg-field"><span>{t('wgListId')}</span><input value={id} required pattern="[A-Za-z0-9_.\-]+" onInput={(e) => setId(e.currentTarget.value)} /></label>
        <label class="wg-field"><span>{t('wgListContacts')}</span><textarea rows={3} value={members} onInput={(e) => setMembers(e.currentTarget.value)} /></label>
        {error && <p class="wg-error" role="alert">{error}</p>}
        <button type="submit" class="btn">{t('wgListSave')}</button>
      </form>
    </section>
  );
}
