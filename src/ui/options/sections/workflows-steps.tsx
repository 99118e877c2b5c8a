/** Workflow steps editor: send marketing email, delay, create task, set property, notify, webhook. */
import type {WorkflowStep} from '../../../core/model';
import {t, type MessageKey} from '../../../shared/i18n';
import {Field} from './workflows-criteria';

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
            <Field id={`wg-step-${i}-type`} label={t('wgStepType')}>
              <select id={`wg-step-${i}-type`} value={s.type} onChange={(e) => set(i, freshStep(e.currentTarget.value as WorkflowStep['type']))}>
                {TYPES.map(([type, key]) => <option key={type} value={type}>{t(key)}</option>)}
              </select>
            </Field>
            {s.type === 'sendMarketingEmail' && <Field id={`wg-step-${i}-email`} label={t('wgEmailId')}><input id={`wg-step-${i}-email`} value={s.emailId} onInput={(e) => set(i, {...s, emailId: e.currentTarget.value})} /></Field>}
            {s.type === 'delay' && <Field id={`wg-step-${i}-hours`} label={t('wgHours')}><input id={`wg-step-${i}-hours`} type="number" min={0} value={s.hours} onInput={(e) => set(i, {...s, hours: Number(e.currentTarget.value) || 0})} /></Field>}
            {s.type === 'createTask' && <Field id={`wg-step-${i}-title`} label={t('wgTaskTitle')}><input id={`wg-step-${i}-title`} value={s.title} onInput={(e) => set(i, {...s, title: e.currentTarget.value})} /></Field>}
            {s.type === 'setProperty' && (
              <>
                <Field id={`wg-step-${i}-property`} label={t('wgProperty')}><input id={`wg-step-${i}-property`} value={s.property} onInput={(e) => set(i, {...s, property: e.currentTarget.value})} /></Field>
                <Field id={`wg-step-${i}-value`} label={t('wgValue')}><input id={`wg-step-${i}-value`} value={String(s.value)} onInput={(e) => set(i, {...s, value: e.currentTarget.value})} /></Field>
              </>
            )}
            {s.type === 'notify' && <Field id={`wg-step-${i}-message`} label={t('wgMessage')}><input id={`wg-step-${i}-message`} value={s.message} onInput={(e) => set(i, {...s, message: e.currentTarget.value})} /></Field>}
            {s.type === 'webhook' && <Field id={`wg-step-${i}-url`} label={t('wgUrl')}><input id={`wg-step-${i}-url`} type="url" value={s.url} onInput={(e) => set(i, {...s, url: e.currentTarget.value})} /></Field>}
            <button type="button" class="btn small danger" aria-label={t('wgRemoveStep', i + 1)} onClick={() => set(i, null)}>×</button>
          </li>
        ))}
      </ol>
      <button type="button" class="btn small" onClick={() => onChange([...steps, freshStep('sendMarketingEmail')])}>{t('wgAddStep')}</button>
    </fieldset>
  );
}
