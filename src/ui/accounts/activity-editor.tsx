/**
 * TA-35 row actions "Create task" / "Create note": editors in a modal dialog. What is saved becomes a
 * Goalpost activity on the company (the background stores it and logs taskCreated / noteLogged), so it
 * shows in the account overview and the rollups: a task's due date is the account's Upcoming (TA-19).
 */
import {useSignal} from '@preact/signals';
import {useEffect, useRef} from 'preact/hooks';
import {t} from '../../shared/i18n';
import {send} from '../../shared/messaging';
import {notice, overviewRevision, refresh} from './model';

export type EditorKind = 'task' | 'note';

const pad = (n: number) => String(n).padStart(2, '0');
/** A `datetime-local` value in the browser's time zone. */
const localInput = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
/** Tomorrow 9:00, local: a sensible default the user changes in one step. */
const tomorrowNine = () => {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  d.setHours(9, 0, 0, 0);
  return d.getTime();
};

export function ActivityEditor({kind, companyId, name, onClose}: {kind: EditorKind; companyId: string; name: string; onClose: () => void}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useSignal('');
  const body = useSignal('');
  const due = useSignal(kind === 'task' ? localInput(tomorrowNine()) : '');
  const problem = useSignal<{field: 'title' | 'body' | 'due' | null; message: string} | null>(null);
  const saving = useSignal(false);
  const base = `ta-${kind}-editor`;
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving.value) return;
    let dueAt: number | undefined;
    if (kind === 'task') {
      if (!title.value.trim()) return void (problem.value = {field: 'title', message: t('taTitleRequired')});
      if (due.value) {
        dueAt = new Date(due.value).getTime();
        if (!Number.isFinite(dueAt)) return void (problem.value = {field: 'due', message: t('taDueInvalid')});
      }
    } else if (!body.value.trim()) return void (problem.value = {field: 'body', message: t('taNoteRequired')});
    problem.value = null;
    saving.value = true;
    try {
      if (kind === 'task') await send('accounts/task-create', {companyId, title: title.value, ...(body.value.trim() ? {body: body.value} : {}), ...(dueAt !== undefined ? {due: dueAt} : {})});
      else await send('accounts/note-create', {companyId, body: body.value});
      notice.value = t(kind === 'task' ? 'taTaskSaved' : 'taNoteSaved', name);
      overviewRevision.value++;
      dialog.current?.close();
      void refresh();
    } catch (e) {
      problem.value = {field: null, message: t('taError', (e as Error).message)};
    } finally {
      saving.value = false;
    }
  };

  const invalid = (field: 'title' | 'body' | 'due') => (problem.value?.field === field ? {'aria-invalid': true, 'aria-describedby': `${base}-problem`} : {});
  return (
    <dialog ref={dialog} class="ta-dialog ta-editor" aria-labelledby={`${base}-heading`} data-testid={base} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${base}-heading`}>{t(kind === 'task' ? 'taTaskEditorTitle' : 'taNoteEditorTitle', name)}</h2>
        {kind === 'task' && (
          <>
            <label class="ta-field">
              <span>{t('taTaskTitle')}</span>
              <input type="text" name="title" required maxLength={200} value={title.value} onInput={(e) => (title.value = e.currentTarget.value)} {...invalid('title')} />
            </label>
            <label class="ta-field">
              <span>{t('taTaskDue')}</span>
              <input type="datetime-local" name="due" value={due.value} onInput={(e) => (due.value = e.currentTarget.value)} {...invalid('due')} />
            </label>
          </>
        )}
        <label class="ta-field">
          <span>{t(kind === 'task' ? 'taTaskNotes' : 'taNoteBody')}</span>
          <textarea name="body" rows={kind === 'task' ? 3 : 6} maxLength={5000} required={kind === 'note'} value={body.value} onInput={(e) => (body.value = e.currentTarget.value)} {...invalid('body')} />
        </label>
        {problem.value && (
          <p class="ta-error" role="alert" id={`${base}-problem`}>
            {problem.value.message}
          </p>
        )}
        <div class="ta-dialog-buttons">
          <button type="button" class="btn" onClick={() => dialog.current?.close()}>{t('taCancel')}</button>
          <button type="submit" class="btn primary" disabled={saving.value}>{t(kind === 'task' ? 'taSaveTask' : 'taSaveNote')}</button>
        </div>
      </form>
    </dialog>
  );
}
