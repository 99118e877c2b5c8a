/**
 * LA-15: deleting a stage action asks what to delete — only this action (the following ones stay, in
 * order) or this action and all following ones — in a modal dialog that says how many go.
 */
import {useEffect, useRef, useState} from 'preact/hooks';
import type {DeleteMode, StageAction} from '../../../core/leads';
import {t} from '../../../shared/i18n';
import {deleteCount, summaryOf} from './leads-actions-model';

interface Props {
  /** The stage's actions and the one to delete; null when closed. */
  target: {actions: readonly StageAction[]; action: StageAction} | null;
  onConfirm: (mode: DeleteMode) => void;
  onClose: () => void;
}

export function DeleteDialog({target, onConfirm, onClose}: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [mode, setMode] = useState<DeleteMode>('onlyThis');
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (target && !el.open) {
      setMode('onlyThis');
      if (typeof el.showModal === 'function') el.showModal();
      else el.setAttribute('open', '');
    } else if (!target && el.open) {
      if (typeof el.close === 'function') el.close();
      else el.removeAttribute('open');
    }
  }, [target]);

  const count = target ? deleteCount(target.actions, target.action.id, mode) : 0;
  const radio = (value: DeleteMode, label: string) => (
    <div class="la-radio">
      <input type="radio" id={`la-sa-delete-${value}`} name="la-sa-delete-mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
      <label for={`la-sa-delete-${value}`}>{label}</label>
    </div>
  );
  return (
    <dialog ref={dialog} class="la-dialog" aria-labelledby="la-sa-delete-title" data-testid="la-sa-delete-dialog"
      onCancel={(e) => { e.preventDefault(); onClose(); }}>
      {target && (
        <form method="dialog" onSubmit={(e) => { e.preventDefault(); onConfirm(mode); }}>
          <h3 id="la-sa-delete-title">{t('laSaDeleteTitle', summaryOf(target.action))}</h3>
          <fieldset>
            <legend>{t('laSaDeleteLegend')}</legend>
            {radio('onlyThis', t('laSaDeleteOnly'))}
            {radio('thisAndFollowing', t('laSaDeleteFollowing'))}
          </fieldset>
          <p class="muted" aria-live="polite">{t('laSaDeleteCount', count, target.actions.length)}</p>
          <div class="la-sa-form-buttons">
            <button type="submit" class="btn small danger">{t('laSaDelete')}</button>
            <button type="button" class="btn small" onClick={onClose}>{t('laSaCancel')}</button>
          </div>
        </form>
      )}
    </dialog>
  );
}
