/** The add / edit form of one stage action (LA-14): the type, then that type's fields. */
import {useState} from 'preact/hooks';
import {STAGE_ACTION_TYPES, type StageActionStep} from '../../../core/leads';
import {t, type MessageKey} from '../../../shared/i18n';
import {stepOf, VALUE_KINDS, type ActionDraft, type DraftField, type StageActionType, type TextField, type ValueKind} from './leads-actions-model';
import {CriteriaBuilder} from './workflows-criteria';
import './workflows.css';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const typeText = (type: StageActionType) => t(`laSaType${cap(type)}` as MessageKey);
const kindText = (kind: ValueKind) => t(`laSaKind${cap(kind)}` as MessageKey);

interface Props {
  /** Unique prefix for the fields' ids. */
  id: string;
  initial: ActionDraft;
  label: string;
  /** Returns an error to show, or null when the action was taken. */
  onSubmit: (step: StageActionStep) => string | null;
  onCancel: () => void;
}

export function ActionForm({id, initial, label, onSubmit, onCancel}: Props) {
  const [draft, setDraft] = useState<ActionDraft>(initial);
  const [error, setError] = useState<{field?: DraftField; text: string} | null>(null);
  const set = (patch: Partial<ActionDraft>) => setDraft({...draft, ...patch});

  const submit = (e: Event) => {
    e.preventDefault();
    const result = stepOf(draft);
    if (!result.ok) return setError({field: result.field, text: result.error});
    const problem = onSubmit(result.step);
    setError(problem ? {text: problem} : null);
  };

  const text = (field: TextField, key: MessageKey, type: 'text' | 'number' | 'url' = 'text') => {
    const fid = `${id}-${field}`;
    const bad = error?.field === field;
    return (
      <div class="la-field">
        <label for={fid}>{t(key)}</label>
        <input id={fid} type={type as 'text'} value={draft[field]} aria-invalid={bad} aria-describedby={bad ? `${id}-error` : undefined}
          {...(type === 'number' ? {min: '0', step: 'any'} : {})}
          onInput={(e) => set({[field]: e.currentTarget.value})} />
      </div>
    );
  };

  return (
    <form class="la-sa-form" aria-label={label} data-testid="la-sa-form" onSubmit={submit}>
      <div class="la-field">
        <label for={`${id}-type`}>{t('laSaType')}</label>
        <select id={`${id}-type`} value={draft.type} onChange={(e) => { setError(null); set({type: e.currentTarget.value as StageActionType}); }}>
          {STAGE_ACTION_TYPES.map((type) => <option key={type} value={type}>{typeText(type)}</option>)}
        </select>
      </div>
      {draft.type === 'createTask' && text('title', 'laSaTaskTitle')}
      {draft.type === 'notify' && text('message', 'laSaMessage')}
      {draft.type === 'webhook' && text('url', 'laSaUrl', 'url')}
      {draft.type === 'delay' && text('hours', 'laSaHours', 'number')}
      {draft.type === 'sendEmail' && (
        <>
          {text('templateId', 'laSaTemplateId')}
          {text('subject', 'laSaSubject')}
          {text('webhookUrl', 'laSaWebhookUrl', 'url')}
          <p class="muted la-sa-help">{t('laSaSendEmailHelp')}</p>
        </>
      )}
      {draft.type === 'branch' && (
        <div class="la-sa-branch-if">
          {draft.groups === null ? (
            <div class="la-field">
              <label for={`${id}-criteriaJson`}>{t('laSaBranchJson')}</label>
              <textarea id={`${id}-criteriaJson`} rows={5} value={draft.criteriaJson} aria-invalid={error?.field === 'criteria'}
                aria-describedby={error?.field === 'criteria' ? `${id}-error` : undefined} onInput={(e) => set({criteriaJson: e.currentTarget.value})} />
            </div>
          ) : (
            <CriteriaBuilder legend={t('laSaBranchIf')} idBase={`${id}-if`} groups={draft.groups} lists={[]} workflows={[]}
              onChange={(groups) => set({groups})} />
          )}
          <p class="muted la-sa-help">{t('laSaBranchHelp')}</p>
        </div>
      )}
      {draft.type === 'setProperty' && (
        <>
          {text('property', 'laSaProperty')}
          <div class="la-field">
            <label for={`${id}-kind`}>{t('laSaValueKind')}</label>
            <select id={`${id}-kind`} value={draft.valueKind} onChange={(e) => set({valueKind: e.currentTarget.value as ValueKind})}>
              {VALUE_KINDS.map((kind) => <option key={kind} value={kind}>{kindText(kind)}</option>)}
            </select>
          </div>
          {(draft.valueKind === 'string' || draft.valueKind === 'number') && text('value', 'laSaValue', draft.valueKind === 'number' ? 'number' : 'text')}
        </>
      )}
      {error && <p class="la-field-error" id={`${id}-error`} role="alert">{error.text}</p>}
      <div class="la-sa-form-buttons">
        <button type="submit" class="btn primary small">{t('laSaSaveAction')}</button>
        <button type="button" class="btn small" onClick={onCancel}>{t('laSaCancel')}</button>
      </div>
    </form>
  );
}
