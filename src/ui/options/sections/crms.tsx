/**
 * Options "CRMs": host access per built-in CRM (requested from the click, the user gesture), the
 * user's own CRM descriptions (JSON, checked with validateCustomCrm here and again in the background,
 * access asked for the CRM's own site at save), "Test on a tab", and the per-CRM and per-feature kill
 * switches.
 */
import {useEffect, useState} from 'preact/hooks';
import {validateCustomCrm} from '../../../adapters/custom';
import {t, type MessageKey} from '../../../shared/i18n';
import {send} from '../../../shared/messaging';
import {permissionOrigin, type CrmsState, type CrmStatus} from '../../../shared/protocol/crms';
import {CrmTester} from './crms-test';
import './crms.css';

type Note = {ok: boolean; text: string; problems?: Array<{path: string; message: string}>};

const FEATURE_LABELS: Record<string, MessageKey> = {
  'activity-capture': 'crmFeatureActivityCapture',
  'company-panel': 'crmFeatureCompanyPanel',
  'goal-indicator': 'crmFeatureGoalIndicator',
  'lead-stage-badge': 'crmFeatureLeadStageBadge',
};

export function CrmsOptionsSection() {
  const [state, setState] = useState<CrmsState | null>(null);
  const [note, setNote] = useState<Note | null>(null);
  const [json, setJson] = useState('');
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [testing, setTesting] = useState<string | null>(null);
  const fail = (e: unknown) => setNote({ok: false, text: t('crmError', (e as Error)?.message ?? String(e))});

  useEffect(() => {
    send('crms/list', {}).then(setState, fail);
  }, []);

  const grant = async (crm: CrmStatus) => {
    try {
      // First call in the click handler: the request needs the user gesture.
      const ok = await chrome.permissions.request({origins: crm.origins});
      setState(await send('crms/sync', {}));
      setNote({ok, text: t(ok ? 'crmGrantDone' : 'crmGrantRefused', crm.name)});
    } catch (e) {
      fail(e);
    }
  };
  const revoke = async (crm: CrmStatus) => {
    try {
      await chrome.permissions.remove({origins: crm.origins});
      setState(await send('crms/sync', {}));
      setNote({ok: true, text: t('crmRevokeDone', crm.name)});
    } catch (e) {
      fail(e);
    }
  };
  const toggle = async (target: 'crm' | 'feature', id: string, enabled: boolean) => {
    try {
      setState(await send('crms/switch', {target, id, enabled}));
    } catch (e) {
      fail(e);
    }
  };
  const save = async () => {
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch (e) {
      return setNote({ok: false, text: t('crmJsonInvalid', (e as Error).message)});
    }
    const checked = validateCustomCrm(raw);
    if (!checked.ok) return setNote({ok: false, text: t('crmProblems'), problems: checked.errors});
    const matches = typeof checked.value.match === 'string' ? [checked.value.match] : checked.value.match;
    try {
      // Access for this CRM's own site only, asked from the click (the user gesture) before anything else.
      const granted = await chrome.permissions.request({origins: [...new Set(matches.map(permissionOrigin))]});
      const answer = await send('crms/save', {description: raw, ...(editing ? {replaces: editing} : {})});
      if (!answer.ok) return setNote({ok: false, text: t('crmProblems'), problems: answer.problems});
      setState(await send('crms/sync', {}));
      setNote({ok: granted, text: t(granted ? 'crmSaved' : 'crmSavedNoAccess', checked.value.name)});
      setJson('');
      setEditing(undefined);
    } catch (e) {
      fail(e);
    }
  };
  const edit = (crm: CrmStatus) => {
    setEditing(crm.id);
    setJson(JSON.stringify(crm.description, null, 2));
    setNote(null);
    requestAnimationFrame(() => document.getElementById('crm-json')?.focus());
  };
  const remove = async (crm: CrmStatus) => {
    if (!confirm(t('crmRemoveConfirm', crm.name))) return;
    try {
      setState(await send('crms/remove', {id: crm.id}));
      setNote({ok: true, text: t('crmRemoved', crm.name)});
      if (testing === crm.id) setTesting(null);
    } catch (e) {
      fail(e);
    }
  };

  const builtIns = state?.crms.filter((c) => c.kind !== 'custom') ?? [];
  const customs = state?.crms.filter((c) => c.kind === 'custom') ?? [];

  const row = (crm: CrmStatus) => (
    <li key={crm.id} class="crm-row" data-testid="crm-row" data-crm={crm.id}>
      <div class="crm-name">
        <strong>{crm.name}</strong>
        <span class="muted crm-origins">{crm.origins.join(', ')}</span>
      </div>
      <span class={crm.granted ? 'badge ok' : 'badge bad'}>
        {crm.kind === 'demo' ? t('crmAccessLocal') : crm.granted ? t('crmAccessGranted') : t('crmAccessMissing')}
      </span>
      <div class="row crm-actions">
        {crm.kind !== 'demo' && !crm.granted && <button type="button" class="btn" onClick={() => void grant(crm)}>{t('crmGrant')}</button>}
        {crm.kind === 'builtIn' && crm.granted && <button type="button" class="btn" onClick={() => void revoke(crm)}>{t('crmRevoke')}</button>}
        {crm.kind === 'custom' && (
          <>
            <button type="button" class="btn" onClick={() => edit(crm)}>{t('crmEdit')}</button>
            <button type="button" class="btn" aria-expanded={testing === crm.id} onClick={() => setTesting(testing === crm.id ? null : crm.id)}>{t('crmTest')}</button>
            <button type="button" class="btn danger" onClick={() => void remove(crm)}>{t('crmRemove')}</button>
          </>
        )}
        <label class="crm-switch">
          <input type="checkbox" checked={crm.enabled} onChange={(e) => void toggle('crm', crm.id, e.currentTarget.checked)} aria-label={t('crmSwitchLabel', crm.name)} />
          {' '}{t('crmEnabled')}
        </label>
      </div>
      {testing === crm.id && <CrmTester crm={crm} />}
    </li>
  );

  return (
    <>
      <h2>{t('crmOptionsTitle')}</h2>
      <p class="muted">{t('crmIntro')}</p>
      <h3 class="crm-h3">{t('crmBuiltInHeading')}</h3>
      <ul class="crm-list" aria-label={t('crmBuiltInHeading')}>{builtIns.map(row)}</ul>

      <h3 class="crm-h3">{t('crmCustomHeading')}</h3>
      <p class="muted">{t('crmCustomIntro')}</p>
      {state && customs.length === 0 && <p>{t('crmCustomEmpty')}</p>}
      {customs.length > 0 && <ul class="crm-list" aria-label={t('crmCustomHeading')}>{customs.map(row)}</ul>}
      <div class="crm-editor">
        <label for="crm-json">{t('crmJsonLabel')}</label>
        <p class="muted" id="crm-json-help">{t('crmJsonHelp')}</p>
        <textarea id="crm-json" rows={12} spellcheck={false} value={json} aria-describedby="crm-json-help" onInput={(e) => setJson(e.currentTarget.value)} />
        <div class="row">
          <button type="button" class="btn primary" onClick={() => void save()} disabled={!json.trim()}>{t('crmSave')}</button>
          {editing && <button type="button" class="btn" onClick={() => (setEditing(undefined), setJson(''))}>{t('crmCancel')}</button>}
        </div>
      </div>

      <h3 class="crm-h3">{t('crmFeaturesHeading')}</h3>
      <p class="muted">{t('crmFeaturesIntro')}</p>
      <ul class="crm-features">
        {state?.features.map((f) => (
          <li key={f.id}>
            <label>
              <input type="checkbox" data-feature={f.id} checked={f.enabled} onChange={(e) => void toggle('feature', f.id, e.currentTarget.checked)} />
              {' '}{FEATURE_LABELS[f.id] ? t(FEATURE_LABELS[f.id]) : f.id}
            </label>
          </li>
        ))}
      </ul>

      <div aria-live="polite">
        {note && (
          <div class={note.ok ? 'note ok' : 'note bad'} role={note.ok ? 'status' : 'alert'} data-testid="crm-note">
            <p>{note.text}</p>
            {note.problems && <ul>{note.problems.map((p) => <li key={p.path + p.message}><code>{p.path}</code>: {p.message}</li>)}</ul>}
          </div>
        )}
      </div>
    </>
  );
}
