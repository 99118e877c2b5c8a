/** Workflow steps editor: send marketing email, delay, create task, set property, notify, webhook. */
import type {WorkflowStep} from '../../../core/model';
import {t, type MessageKey} from '../../../shared/i18n';

const TYPES: Array<[WorkflowStep['type'], MessageKey]> = [
  ['sendMarketingEmail', 'wgStepEmail'],
  ['delay', 'wgStepDelay'],
  ['createTask', 'wgStepTask'],
  ['setProperty', 'wgStepSetProperty'],
  ['notify', 'wgStepNotify'],
  ['webhook', 'wgStepWebhook'],
];

export function freshStep(type: WorkflowStep['type']): WorkflowStep {
  switch (type) {
    case 'sendMarketingEmail': return {type, emailId: 'welcome', internal: false};
    case 'delay': return {type, hours: 24};
    case 'createTask': return {type, title: ''};
    case 'setProperty': return {type, property: 'lifecyclestage', value: ''};
    case 'notify': return {type, message: ''};
    case 'webhook': return {type, url: 'https://'};
  }
}

export function StepsEditor({steps, onChange}: {steps: WorkflowStep[]; onChange(steps: WorkflowStep[]): void}) {
  const set = (i: number, s: WorkflowStep | null) => onChange(s === null ? steps.filter((_, j) => j !== i) : steps.map((x, j) => (j === i ? s : x)));
  return (
    <fieldset class="wg-steps" data-testid="wg-steps">
      <legend>{t('wgSteps')}</legend>
      {steps.length === 0 && <p class="muted">{t('wgStepsNone')}</p>}
      <ol>
        {steps.map((s, i) => (
          <li key={i} class="wg-cond-fields">
            <label><span>{t('wgStepType')}</span>
              <select value={s.type} onChange={(e) => set(i, freshStep(e.currentTarget.value as WorkflowStep['type']))}>
                {TYPES.map(([type, key]) => <option key={type} value={type}>{t(key)}</option>)}
              </select>
            </label>
            {s.type === 'sendMarketingEmail' && <label><span>{t('wgEmailId')}</span><input value={s.emailId} onInput={(e) => set(i, {...s, emailId: e.currentTarget.value})} /></label>}
            {s.type === 'delay' && <label><span>{t('wgHours')}</span><input type="number" min={0} value={s.hours} onInput={(e) => set(i, {...s, hours: Number(e.currentTarget.value) || 0})} /></label>}
            {s.type === 'createTask' && <label><span>{t('wgTaskTitle')}</span><input value={s.title} onInput={(e) => set(i, {...s, title: e.currentTarget.value})} /></label>}
            {s.type === 'setProperty' && (
              <>
                <label><span>{t('wgProperty')}</span><input value={s.property} onInput={(e) => set(i, {...s, property: e.currentTarget.value})} /></label>
                <label><span>{t('wgValue')}</span><input value={String(s.value)} onInput={(e) => set(i, {...s, value: e.currentTarget.value})} /></label>
              </>
            )}
            {s.type === 'notify' && <label><span>{t('wgMessage')}</span><input value={s.message} onInput={(e) => set(i, {...s, message: e.currentTarget.value})} /></label>}
            {s.type === 'webhook' && <label><span>{t('wgUrl')}</span><input type="url" value={s.url} onInput={(e) => set(i, {...s, url: e.currentTarget.value})} /></label>}
            <button type="button" class="btn small danger" aria-label={t('wgRemoveStep', i + 1)} onClick={() => set(i, null)}>×</button>
          </li>
        ))}
      </ol>
      <button type="button" class="btn small" onClick={() => onChange([...steps, freshStep('sendMarketingEmail')])}>{t('wgAddStep')}</button>
    </fieldset>
  );
}
