/** TA-3/4: "Select target accounts": search the companies Goalpost knows, tick any number, add them. */
import {useSignal} from '@preact/signals';
import {useRef} from 'preact/hooks';
import {formatNumber, t} from '../../shared/i18n';
import {send} from '../../shared/messaging';
import type {ResponseOf} from '../../shared/protocol';
import {error, setTargets} from './model';

export function SelectDialog({primary}: {primary?: boolean}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const companies = useSignal<ResponseOf<'accounts/companies'>>([]);
  const ticked = useSignal<Set<string>>(new Set());
  const search = useSignal('');
  const titleId = primary ? 'ta-select-title-setup' : 'ta-select-title';
  const load = async (text: string) => {
    search.value = text;
    companies.value = await send('accounts/companies', {search: text}).catch((e: Error) => ((error.value = e.message), []));
  };
  const openDialog = () => {
    ticked.value = new Set();
    void load('');
    dialog.current?.showModal();
  };
  const tick = (id: string, on: boolean) => {
    const next = new Set(ticked.value);
    if (on) next.add(id);
    else next.delete(id);
    ticked.value = next;
  };
  const add = async () => {
    const ids = [...ticked.value];
    dialog.current?.close();
    if (ids.length) await setTargets(ids, true).catch((e: Error) => (error.value = e.message));
  };
  return (
    <>
      <button type="button" class={primary ? 'btn primary' : 'btn'} onClick={openDialog}>{t('taSelect')}</button>
      <dialog ref={dialog} class="ta-dialog ta-select" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('taSelect')}</h2>
        <label class="ta-field">
          <span>{t('taSelectSearch')}</span>
          <input type="search" value={search.value} onInput={(e) => void load(e.currentTarget.value)} />
        </label>
        {companies.value.length === 0 ? (
          <p class="muted">{t('taSelectNone')}</p>
        ) : (
          <ul class="ta-pick" data-testid="ta-pick">
            {companies.value.map((c) => (
              <li key={c.id}>
                <label>
                  <input type="checkbox" checked={ticked.value.has(c.id)} onChange={(e) => tick(c.id, e.currentTarget.checked)} />
                  <span class="ta-pick-name">{c.name}</span>
                  <span class="muted">{t('taContactsCount', formatNumber(c.contacts))}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
        <div class="ta-dialog-buttons">
          <button type="button" class="btn" onClick={() => dialog.current?.close()}>{t('taCancel')}</button>
          <button type="button" class="btn primary" disabled={ticked.value.size === 0} onClick={add}>{t('taSelectAdd', formatNumber(ticked.value.size))}</button>
        </div>
      </dialog>
    </>
  );
}
