/**
 * Lead automation settings (SPEC §2, LA-3, LA-8, LA-10..13): the four templated automations with their
 * toggles, from/to stages and events, lifecycle stages, disqualification reasons, and the stage actions.
 * Saved through 'leads/saveSettings' → settings.leadAutomation → the engines rebuild (rulesChanged).
 */
import {useEffect, useState} from 'preact/hooks';
import {LIFECYCLE_STAGES} from '../../../core/model';
import {OUTREACH_EVENTS, RESPONSE_EVENTS} from '../../../core/leads/settings';
import {t} from '../../../shared/i18n';
import {send} from '../../../shared/messaging';
import type {LeadAutomationForm} from '../../../shared/protocol/leads';
import {Automation, Checks, lifecycleText, ProgressionFields} from './leads-fields';
import './leads.css';

type Status = {ok: boolean; text: string} | null;

const reasonsOf = (text: string) => text.split('\n').map((r) => r.trim()).filter(Boolean);

export function LeadsOptionsSection() {
  const [form, setForm] = useState<LeadAutomationForm | null>(null);
  const [actions, setActions] = useState('');
  const [reasons, setReasons] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const load = (f: LeadAutomationForm) => {
    setForm(f);
    setReasons(f.followUp.reasons.join('\n'));
    setActions(f.stageActions === undefined ? '' : JSON.stringify(f.stageActions, null, 2));
  };
  useEffect(() => {
    send('leads/settings', {}).then((v) => load(v.form), (e: Error) => setStatus({ok: false, text: t('laOptError', e.message)}));
  }, []);
  if (!form) return <><h2>{t('laOptionsTitle')}</h2>{status && <p role="alert">{status.text}</p>}</>;

  const patch = (next: Partial<LeadAutomationForm>) => setForm({...form, ...next});
  const save = async (e: Event) => {
    e.preventDefault();
    let stageActions: unknown;
    try {
      stageActions = actions.trim() ? JSON.parse(actions) : undefined;
    } catch {
      setStatus({ok: false, text: t('laOptError', t('laOptBadJson'))});
      return;
    }
    const {stageActions: _old, ...rest} = form;
    const next: LeadAutomationForm = {...rest, followUp: {...form.followUp, reasons: reasonsOf(reasons)}, ...(stageActions !== undefined ? {stageActions} : {})};
    try {
      load((await send('leads/saveSettings', {form: next})).form);
      setStatus({ok: true, text: t('laOptSaved')});
    } catch (error) {
      setStatus({ok: false, text: t('laOptError', (error as Error).message)});
    }
  };

  return (
    <form class="la-options" onSubmit={(e) => void save(e)}>
      <h2>{t('laOptionsTitle')}</h2>
      <p class="muted">{t('laOptionsIntro')}</p>
      <div class="la-grid">
        <Automation id="la-outreach" title={t('laOptOutreach')} help={t('laOptOutreachHelp')} enabled={form.moveOnOutreach.enabled}
          onToggle={(on) => patch({moveOnOutreach: {...form.moveOnOutreach, enabled: on}})}>
          <ProgressionFields id="la-outreach" value={form.moveOnOutreach} events={OUTREACH_EVENTS} onChange={(v) => patch({moveOnOutreach: v})} />
        </Automation>
        <Automation id="la-response" title={t('laOptResponse')} help={t('laOptResponseHelp')} enabled={form.moveOnResponse.enabled}
          onToggle={(on) => patch({moveOnResponse: {...form.moveOnResponse, enabled: on}})}>
          <ProgressionFields id="la-response" value={form.moveOnResponse} events={RESPONSE_EVENTS} onChange={(v) => patch({moveOnResponse: v})} />
        </Automation>
        <Automation id="la-create" title={t('laOptCreate')} help={t('laOptCreateHelp')} enabled={form.createOnLifecycleEnabled}
          onToggle={(on) => patch({createOnLifecycleEnabled: on})}>
          <Checks legend={t('laOptLifecycleStages')} name="la-lifecycle" options={LIFECYCLE_STAGES} label={lifecycleText} selected={form.createOnLifecycleStages}
            disabled={!form.createOnLifecycleEnabled} onChange={(v) => patch({createOnLifecycleStages: v})} />
        </Automation>
        <Automation id="la-followup" title={t('laOptFollowUp')} help={t('laOptFollowUpHelp')} enabled={form.followUp.enabled}
          onToggle={(on) => patch({followUp: {...form.followUp, enabled: on}})}>
          <label class="la-field">
            <span>{t('laOptReasons')}</span>
            <textarea rows={3} value={reasons} disabled={!form.followUp.enabled} onInput={(e) => setReasons(e.currentTarget.value)} />
          </label>
          <label class="la-field">
            <span>{t('laOptLeadType')}</span>
            <input type="text" value={form.followUp.leadType ?? ''} disabled={!form.followUp.enabled}
              onInput={(e) => patch({followUp: {...form.followUp, leadType: e.currentTarget.value || undefined}})} />
          </label>
        </Automation>
      </div>
      <label class="la-field la-actions">
        <span>{t('laOptStageActions')}</span>
        <textarea rows={6} value={actions} aria-describedby="la-actions-help" spellcheck={false} onInput={(e) => setActions(e.currentTarget.value)} />
      </label>
      <p class="muted" id="la-actions-help">{t('laOptStageActionsHelp')}</p>
      <button type="submit" class="btn primary">{t('laOptSave')}</button>
      <p role="status" class="la-status">{status?.ok ? status.text : ''}</p>
      {status && !status.ok && <p role="alert" class="note bad">{status.text}</p>}
    </form>
  );
}
