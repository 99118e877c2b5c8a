/**
 * TA-35/36: the rows' Actions menu and the dialogs it opens. One menu is open at a time and the dialogs
 * live once beside the table, so a row is plain elements: 100 rows re-render on every sort and page
 * turn, and a component with its own state in each cost a third of that render.
 */
import {useSignal} from '@preact/signals';
import {useEffect, useRef} from 'preact/hooks';
import {ActivityEditor} from './activity-editor';
import {t} from '../../shared/i18n';
import {send} from '../../shared/messaging';
import {rowDialog, rowMenu, setTargets} from './model';

const safe = (id: string) => id.replace(/[^a-z0-9-]/gi, '_');
const menuId = (id: string) => `ta-menu-${safe(id)}`;
const buttonId = (id: string) => `ta-actions-${safe(id)}`;
/** Back to the row's ⋯ button after its menu or dialog closes (if the row is still on screen). */
const focusActions = (id: string) => document.getElementById(buttonId(id))?.focus();

function closeOnEscape(event: KeyboardEvent) {
  const open = rowMenu.value;
  if (event.key !== 'Escape' || !open) return;
  rowMenu.value = null;
  focusActions(open.id);
}

/** One row's ⋯ button and, when it is the open one, its menu. `label` is the button's "Actions for …". */
export function rowActions(id: string, name: string, label: string, open: boolean) {
  return (
    <div class="ta-actions" onKeyDown={open ? closeOnEscape : undefined}>
      <button type="button" id={buttonId(id)} class="btn ta-menu-button" aria-expanded={open} aria-controls={menuId(id)} aria-label={label} onClick={() => (rowMenu.value = open ? null : {id, name})}>
        ⋯
      </button>
      {open && <RowMenu id={id} name={name} />}
    </div>
  );
}

function RowMenu({id, name}: {id: string; name: string}) {
  const url = useSignal<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    send('accounts/overview', {companyId: id})
      .then((o) => o.recordUrl ?? null, () => null)
      .then((found) => live && (url.value = found));
    return () => void (live = false);
  }, [id]);
  const open = (kind: 'task' | 'note' | 'remove') => {
    rowMenu.value = null;
    rowDialog.value = {kind, id, name};
  };
  const openRecord = () => {
    if (url.value) window.open(url.value, '_blank', 'noopener');
    rowMenu.value = null;
  };
  return (
    <div class="ta-menu card" id={menuId(id)}>
      <button type="button" onClick={() => open('task')}>{t('taCreateTask')}</button>
      <button type="button" onClick={() => open('note')}>{t('taCreateNote')}</button>
      <button type="button" disabled={!url.value} onClick={openRecord}>{t('taViewRecord')}</button>
      {url.value === null && <p class="muted ta-hint">{t('taNoUrl')}</p>}
      <button type="button" class="danger" onClick={() => open('remove')}>{t('taRemove')}</button>
    </div>
  );
}

/** The editor or the removal question a row's menu asked for (one at a time, beside the table). */
export function RowDialogs() {
  const dialog = rowDialog.value;
  if (!dialog) return null;
  const close = () => {
    rowDialog.value = null;
    focusActions(dialog.id);
  };
  return dialog.kind === 'remove' ? (
    <ConfirmRemove key={dialog.id} id={dialog.id} name={dialog.name} labelId={`${menuId(dialog.id)}-q`} onClosed={close} />
  ) : (
    <ActivityEditor key={`${dialog.kind}:${dialog.id}`} kind={dialog.kind} companyId={dialog.id} name={dialog.name} onClose={close} />
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
