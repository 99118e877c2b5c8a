/** TA-35/36: a row's Actions menu, and the confirmation before removing a target account. */
import {useSignal} from '@preact/signals';
import {useRef} from 'preact/hooks';
import {ActivityEditor, type EditorKind} from './activity-editor';
import {t} from '../../shared/i18n';
import {send} from '../../shared/messaging';
import {setTargets} from './model';

export function RowActions({id, name}: {id: string; name: string}) {
  const open = useSignal(false);
  const url = useSignal<string | null | undefined>(undefined);
  const editor = useSignal<EditorKind | null>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLDialogElement>(null);
  const menuId = `ta-menu-${id.replace(/[^a-z0-9-]/gi, '_')}`;
  const toggle = async () => {
    open.value = !open.value;
    if (open.value && url.value === undefined) url.value = (await send('accounts/overview', {companyId: id}).catch(() => null))?.recordUrl ?? null;
  };
  const edit = (kind: EditorKind) => {
    open.value = false;
    editor.value = kind;
  };
  const openRecord = () => {
    if (url.value) window.open(url.value, '_blank', 'noopener');
    open.value = false;
  };
  const close = (event: KeyboardEvent) => {
    if (event.key === 'Escape') open.value = false;
  };
  return (
    <div class="ta-actions" onKeyDown={close}>
      <button type="button" ref={menuButton} class="btn ta-menu-button" aria-expanded={open.value} aria-controls={menuId} aria-label={t('taActionsFor', name)} onClick={toggle}>
        ⋯
      </button>
      {open.value && (
        <div class="ta-menu card" id={menuId}>
          <button type="button" onClick={() => edit('task')}>{t('taCreateTask')}</button>
          <button type="button" onClick={() => edit('note')}>{t('taCreateNote')}</button>
          <button type="button" disabled={!url.value} onClick={openRecord}>{t('taViewRecord')}</button>
          {url.value === null && <p class="muted ta-hint">{t('taNoUrl')}</p>}
          <button type="button" class="danger" onClick={() => ((open.value = false), confirm.current?.showModal())}>{t('taRemove')}</button>
        </div>
      )}
      {editor.value && <ActivityEditor kind={editor.value} companyId={id} name={name} onClose={() => ((editor.value = null), menuButton.current?.focus())} />}
      <dialog ref={confirm} class="ta-dialog" aria-labelledby={`${menuId}-q`}>
        <p id={`${menuId}-q`}>{t('taRemoveConfirm', name)}</p>
        <div class="ta-dialog-buttons">
          <button type="button" class="btn" onClick={() => confirm.current?.close()}>{t('taCancel')}</button>
          <button type="button" class="btn danger" onClick={async () => (confirm.current?.close(), await setTargets([id], false))}>{t('taRemoveYes')}</button>
        </div>
      </dialog>
    </div>
  );
}
