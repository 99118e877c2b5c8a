/**
 * Lead automation settings (SPEC §2, LA-3, LA-8, LA-10..13): the four templated automations with their
 * toggles, from/to stages and events, lifecycle stages, disqualification reasons, and the stage actions.
 * Saved through 'leads/saveSettings' → settings.leadAutomation → the engines rebuild (rulesChanged).
 */
import {useEffect, useState} from 'preact/hooks';
import {LIFECYCLE_STAGES} from '../../../core/model';
import {OUTREACH_EVENTS, RESPONSE_EVENTS} from '../../../core/leads/settings';
import {parseStageActions, type StageActionSettings} from '../../../core/leads/stage-actions';
import {t} from '../../../shared/i18n';
import {send} from '../../../shared/messaging';
import type {LeadAutomationForm} from '../../../shared/protocol/leads';
import {StageActionsEditor} from './leads-actions';
import {Automation, Checks, lifecycleText, ProgressionFields} from './leads-fields';
import './leads.css';

type Status = {ok: boolean; text: string} | null;
/** The stage actions as the editor holds them; `json` only when the stored ones do not validate. */
type Actions = {settings: StageActionSettings; json: null} | {settings: null; json: string; error: string};

function actionsOf(raw: unknown): Actions {
  try {
    return {settings: parseStageActions(raw), json: null};
  } catch (e) {
    return {settings: null, json: JSON.stringify(raw, null, 2), error: (e as Error).message};
  }
}

const reasonsOf = (text: string) => text.split('\n').map((r) => r.trim()).filter(Boolean);

export function LeadsOptionsSection() {
  const [form, setForm] = useState<LeadAutomationForm | null>(null);
  const [actions, setActions] = useState<Actions>({settings: {}, json: null});
  const [dirty, setDirty] = useState(false);
  const [reasons, setReasons] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const load = (f: LeadAutomationForm) => {
    setForm(f);
    setReasons(f.followUp.reasons.join('\n'));
    setActions(actionsOf(f.stageActions));
    setDirty(false);
  };
  useEffect(() => {
    send('leads/settings', {}).then((v) => load(v.form), (e: Error) => setStatus({ok: false, text: t('laOptError', e.message)}));
  }, []);
  if (!form) return <><h2>{t('laOptionsTitle')}</h2>{status && <p role="alert">{status.text}</p>}</>;

  const patch = (next: Partial<LeadAutomationForm>) => setForm({...form, ...next});
  const save = async (e: Event) => {
    e.preventDefault();
    let stageActions: unknown = actions.settings;
    if (actions.json !== null) {
      try {
        stageActions = actions.json.trim() ? JSON.parse(actions.json) : undefined;
      } catch {
        setStatus({ok: false, text: t('laOptError', t('laOptBadJson'))});
        return;
      }
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
    <div class="la-options">
      <form id="la-form" class="la-form" onSubmit={(e) => void save(e)}>
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
            <div class="la-field">
              <label for="la-followup-reasons">{t('laOptReasons')}</label>
              <textarea id="la-followup-reasons" rows={3} value={reasons} disabled={!form.followUp.enabled} onInput={(e) => setReasons(e.currentTarget.value)} />
            </div>
            <div class="la-field">
              <label for="la-followup-type">{t('laOptLeadType')}</label>
              <input id="la-followup-type" type="text" value={form.followUp.leadType ?? ''} disabled={!form.followUp.enabled}
                onInput={(e) => patch({followUp: {...form.followUp, leadType: e.currentTarget.value || undefined}})} />
            </div>
          </Automation>
        </div>
      </form>
      {actions.json === null ? (
        <StageActionsEditor value={actions.settings} onChange={(settings) => { setActions({settings, json: null}); setDirty(true); setStatus(null); }} />
      ) : (
        <div class="la-field la-actions">
          <p role="alert" class="note bad">{t('laSaInvalidStored', actions.error)}</p>
          <label for="la-actions-json">{t('laOptStageActions')}</label>
          <textarea id="la-actions-json" rows={6} value={actions.json} aria-describedby="la-actions-help" spellcheck={false}
            onInput={(e) => setActions({...actions, json: e.currentTarget.value})} />
          <p class="muted" id="la-actions-help">{t('laOptStageActionsHelp')}</p>
        </div>
      )}
      {dirty && <p class="la-dirty" data-testid="la-dirty">{t('laSaUnsaved')}</p>}
      <button type="submit" form="la-form" class="btn primary">{t('laOptSave')}</button>
      <p role="status" class="la-status">{status?.ok ? status.text : ''}</p>
      {status && !status.ok && <p role="alert" class="note bad">{status.text}</p>}
    </div>
  );
}
