/** TA-35/36: a row's Actions menu, and the confirmation before removing a target account. */
import {useSignal} from '@preact/signals';
import {useEffect, useRef} from 'preact/hooks';
import {ActivityEditor, type EditorKind} from './activity-editor';
import {t} from '../../shared/i18n';
import {send} from '../../shared/messaging';
import {setTargets} from './model';

export function RowActions({id, name}: {id: string; name: string}) {
  const open = useSignal(false);
  const url = useSignal<string | null | undefined>(undefined);
  const editor = useSignal<EditorKind | null>(null);
  /** The removal question is built only when asked (100 rows would otherwise each carry a closed dialog). */
  const confirming = useSignal(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  // The table keys rows by position, so a new sort or page hands this component another account: what
  // was open for the previous one closes, and its record link is looked up again.
  const shown = useRef(id);
  if (shown.current !== id) {
    shown.current = id;
    open.value = false;
    url.value = undefined;
    editor.value = null;
    confirming.value = false;
  }
  const menuId = `ta-menu-${id.replace(/[^a-z0-9-]/gi, '_')}`;
  const toggle = async () => {
    open.value = !open.value;
    if (!open.value || url.value !== undefined) return;
    const found = (await send('accounts/overview', {companyId: id}).catch(() => null))?.recordUrl ?? null;
    if (shown.current === id) url.value = found; // not if the row shows another account by now
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
          <button type="button" class="danger" onClick={() => ((open.value = false), (confirming.value = true))}>{t('taRemove')}</button>
        </div>
      )}
      {editor.value && <ActivityEditor kind={editor.value} companyId={id} name={name} onClose={() => ((editor.value = null), menuButton.current?.focus())} />}
      {confirming.value && <ConfirmRemove id={id} name={name} labelId={`${menuId}-q`} onClosed={() => (confirming.value = false)} />}
    </div>
  );
}

/** TA-36: "Remove … from target accounts?" as a modal dialog, opened when mounted. */
function ConfirmRemove({id, name, labelId, onClosed}: {id: string; name: string; labelId: string; onClosed: () => void}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} class="ta-dialog" aria-labelledby={labelId} onClose={onClosed}>
      <p id={labelId}>{t('taRemoveConfirm', name)}</p>
      <div class="ta-dialog-buttons">
        <button type="button" class="btn" onClick={() => dialog.current?.close()}>{t('taCancel')}</button>
        <button type="button" class="btn danger" onClick={async () => (dialog.current?.close(), await setTargets([id], false))}>{t('taRemoveYes')}</button>
      </div>
    </dialog>
  );
}
