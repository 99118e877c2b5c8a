/** Small controls of the lead-automation form: a checkbox group and one progression's settings. */
import type {ComponentChildren} from 'preact';
import {LEAD_STAGES, type LeadStage} from '../../../core/model';
import {t, type MessageKey} from '../../../shared/i18n';
import type {LeadAutomationForm} from '../../../shared/protocol/leads';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const stageText = (stage: LeadStage) => t(`laStage${cap(stage)}` as MessageKey);
export const eventText = (event: string) => t(`laEvent${cap(event)}` as MessageKey);
export const lifecycleText = (stage: string) => t(`laLifecycle${cap(stage)}` as MessageKey);

const toggled = (list: readonly string[], value: string, on: boolean) => (on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value));

export function Checks({legend, name, options, label, selected, disabled, onChange}: {
  legend: string; name: string; options: readonly string[]; label: (v: string) => string; selected: readonly string[]; disabled?: boolean; onChange: (next: string[]) => void;
}) {
  return (
    <fieldset class="la-checks" disabled={disabled}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o}>
          <input type="checkbox" name={name} value={o} checked={selected.includes(o)} onChange={(e) => onChange(toggled(selected, o, e.currentTarget.checked))} />
          {' '}{label(o)}
        </label>
      ))}
    </fieldset>
  );
}

export function Automation({id, title, help, enabled, onToggle, children}: {id: string; title: string; help: string; enabled: boolean; onToggle: (on: boolean) => void; children: ComponentChildren}) {
  return (
    <div class="la-automation" data-automation={id}>
      <label class="la-toggle">
        <input type="checkbox" checked={enabled} aria-describedby={`${id}-help`} onChange={(e) => onToggle(e.currentTarget.checked)} />
        {' '}<strong>{title}</strong>
      </label>
      <p class="muted" id={`${id}-help`}>{help}</p>
      <div class="la-body">{children}</div>
    </div>
  );
}

type Prog = LeadAutomationForm['moveOnOutreach'];

export function ProgressionFields({id, value, events, onChange}: {id: string; value: Prog; events: readonly string[]; onChange: (next: Prog) => void}) {
  return (
    <>
      <Checks legend={t('laOptFrom')} name={`${id}-from`} options={LEAD_STAGES} label={(s) => stageText(s as LeadStage)} selected={value.from} disabled={!value.enabled}
        onChange={(from) => onChange({...value, from: from as LeadStage[]})} />
      <label class="la-field">
        <span>{t('laOptTo')}</span>
        <select value={value.to} disabled={!value.enabled} onChange={(e) => onChange({...value, to: e.currentTarget.value as LeadStage})}>
          {LEAD_STAGES.map((s) => <option key={s} value={s}>{stageText(s)}</option>)}
        </select>
      </label>
      <Checks legend={t('laOptEvents')} name={`${id}-events`} options={events} label={eventText} selected={value.events} disabled={!value.enabled}
        onChange={(next) => onChange({...value, events: next})} />
    </>
  );
}
