/**
 * Options: workflows with goals. A list of workflows, an editor (enrollment and goal criteria, steps,
 * suppression lists, the unenroll setting), editor guidance (WG-25/26), a what-if run over the stored
 * log (IDEA-3) and, after a WG-17 reset, the figures it wiped (IDEA-4).
 */
import {useEffect, useState} from 'preact/hooks';
import type {Criteria, Workflow, WorkflowStep} from '../../../core/model';
import {goalWarnings} from '../../../core/workflows';
import {formatNumber, t, type MessageKey} from '../../../shared/i18n';
import {send} from '../../../shared/messaging';
import type {ResponseOf} from '../../../shared/protocol';
import type {SuppressionList, WorkflowDraft, WorkflowStats} from '../../../shared/protocol/workflows';
import {CriteriaBuilder, criteriaToGroups, groupsToCriteria, type Groups} from './workflows-criteria';
import {ListsEditor} from './workflows-lists';
import {StepsEditor} from './workflows-steps';
import {WebhookDeliveries} from './workflows-webhooks';
import './workflows.css';

interface Draft {
  isNew: boolean;
  id: string;
  name: string;
  enrollment: Groups | null;
  enrollmentJson: string;
  goal: Groups | null;
  goalJson: string;
  steps: WorkflowStep[];
  suppressionLists: string[];
  unenroll: boolean;
  /** Had goal criteria when opened: clearing them all resets the figures (WG-17). */
  hadGoal: boolean;
}

export const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'workflow';

function toDraft(w: WorkflowDraft | null): Draft {
  const def = (w ?? {}) as Partial<Workflow>;
  return {
    isNew: w === null,
    id: def.id ?? '',
    name: def.name ?? '',
    enrollment: criteriaToGroups(def.enrollment),
    enrollmentJson: JSON.stringify(def.enrollment ?? null, null, 2),
    goal: criteriaToGroups(def.goal),
    goalJson: JSON.stringify(def.goal ?? null, null, 2),
    steps: def.steps ?? [],
    suppressionLists: def.suppressionLists ?? [],
    unenroll: def.unenrollWhenTriggerNoLongerMet ?? false,
    hadGoal: (def.goal ?? null) !== null,
  };
}

function criteriaOf(groups: Groups | null, json: string): {value: Criteria | null} | {error: string} {
  if (groups !== null) return {value: groupsToCriteria(groups)};
  try {
    return {value: JSON.parse(json) as Criteria | null};
  } catch (e) {
    return {error: (e as Error).message};
  }
}

export function draftToWorkflow(d: Draft): WorkflowDraft | {path: string; message: string} {
  const enrollment = criteriaOf(d.enrollment, d.enrollmentJson);
  if ('error' in enrollment) return {path: 'workflow.enrollment', message: enrollment.error};
  const goal = criteriaOf(d.goal, d.goalJson);
  if ('error' in goal) return {path: 'workflow.goal', message: goal.error};
  return {
    id: d.id || slug(d.name),
    ...(d.name.trim() ? {name: d.name.trim()} : {}),
    objectType: 'contact',
    enrollment: enrollment.value,
    goal: goal.value,
    suppressionLists: d.suppressionLists,
    unenrollWhenTriggerNoLongerMet: d.unenroll,
    steps: d.steps,
  };
}

const WARNING_KEYS: Record<string, MessageKey> = {'WG-1': 'wgWarnWg1', 'WG-25': 'wgWarnWg25', 'WG-26': 'wgWarnWg26'};
type WhatIf = ResponseOf<'workflows/whatIf'>;

export function WorkflowsOptionsSection() {
  const [data, setData] = useState<{workflows: WorkflowDraft[]; lists: SuppressionList[]} | null>(null);
  const [stats, setStats] = useState<WorkflowStats[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState('');
  const reload = () => {
    send('workflows/list', {}).then(setData, (e: Error) => setError(e.message));
    send('workflows/stats', {}).then(setStats, () => undefined);
  };
  useEffect(reload, []);
  const remove = async (id: string) => {
    const answer = await send('workflows/delete', {id});
    if (answer.ok) setStatus(t('wgDeleted', id));
    else setError(`${answer.path}: ${answer.message}`);
    reload();
  };
  return (
    <div class="wg-options">
      <h2 id="gp-wg-options">{t('wgOptionsTitle')}</h2>
      <p class="muted">{t('wgOptionsIntro')}</p>
      {error && <p role="alert" class="wg-error">{error}</p>}
      <p role="status" class="wg-status">{status}</p>
      {data && data.workflows.length === 0 && !draft && <p>{t('wgNoWorkflows')}</p>}
      {data && data.workflows.length > 0 && (
        <ul class="wg-wf-list" data-testid="wg-workflow-list">
          {data.workflows.map((w) => (
            <li key={w.id}>
              <span class="wg-name">{(w as {name?: string}).name ?? w.id}</span>
              <span class="muted">{w.id}</span>
              <button type="button" class="btn small" onClick={() => setDraft(toDraft(w))}>{t('wgEdit')}</button>
              <button type="button" class="btn small danger" onClick={() => void remove(w.id)}>{t('wgDelete')}</button>
            </li>
          ))}
        </ul>
      )}
      {!draft && <button type="button" class="btn primary" onClick={() => setDraft(toDraft(null))}>{t('wgNew')}</button>}
      {draft && data && (
        <Editor
          key={draft.id || 'new'}
          initial={draft}
          lists={data.lists.map((l) => l.id)}
          workflows={data.workflows.map((w) => w.id).filter((id) => id !== draft.id)}
          stats={stats.find((s) => s.id === draft.id) ?? null}
          onClose={(saved) => {
            setDraft(null);
            if (saved) setStatus(t('wgSaved', saved));
            reload();
          }}
          onRestored={() => {
            setStatus(t('wgRestoredStatus'));
            reload();
          }}
        />
      )}
      {data && <ListsEditor lists={data.lists} onChanged={reload} />}
      <WebhookDeliveries />
    </div>
  );
}

interface EditorProps {
  initial: Draft;
  lists: string[];
  workflows: string[];
  stats: WorkflowStats | null;
  onClose(saved?: string): void;
  onRestored(): void;
}

const percent = (rate: number | null) => (rate === null ? '–' : formatNumber(rate, {style: 'percent', maximumFractionDigits: 1}));

/** IDEA-4: the read-only figures each WG-17 reset wiped, each with a button that restores it (a logged event). */
function GoalResets({workflowId, resets, onRestored}: {workflowId: string; resets: WorkflowStats['goalResets']; onRestored(): void}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const restore = async (index: number) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await send('workflows/restoreGoal', {workflowId, index});
      if (answer.ok) onRestored();
      else setError(answer.message);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="wg-snapshot" data-testid="wg-snapshot">
      <h4>{t('wgSnapshotTitle')}</h4>
      <ul>
        {resets.map((r, i) => (
          <li key={i} data-restored={r.restored}>
            <span id={`wg-reset-${i}`}>{t('wgSnapshotLine', r.clearedAt.slice(0, 10), formatNumber(r.goalMet), formatNumber(r.goalMetCounted), percent(r.conversionRate))}</span>{' '}
            {r.restored ? (
              <span class="wg-restored">{t('wgSnapshotRestored')}</span>
            ) : (
              <button type="button" class="btn small" disabled={busy} aria-describedby={`wg-reset-${i}`} onClick={() => void restore(i)}>{t('wgRestoreGoal')}</button>
            )}
          </li>
        ))}
      </ul>
      {error && <p class="wg-error" role="alert">{error}</p>}
    </div>
  );
}

function Editor({initial, lists, workflows, stats, onClose, onRestored}: EditorProps) {
  const [d, setD] = useState(initial);
  const [error, setError] = useState<{path: string; message: string} | null>(null);
  const [whatIf, setWhatIf] = useState<WhatIf | null>(null);
  const [busy, setBusy] = useState(false);
  const built = draftToWorkflow(d);
  const wf = 'path' in built ? null : (built as unknown as Workflow);
  const warnings = wf ? goalWarnings(wf) : [];
  const clearing = d.hadGoal && wf !== null && wf.goal === null;
  const run = async (kind: 'save' | 'whatIf') => {
    if (!wf) return setError(built as {path: string; message: string});
    if (!d.name.trim()) return setError({path: 'workflow.name', message: t('wgNameRequired')});
    setBusy(true);
    setError(null);
    try {
      if (kind === 'whatIf') {
        const answer = await send('workflows/whatIf', {workflow: wf as unknown as WorkflowDraft});
        if (answer.ok) setWhatIf(answer);
        else setError(answer);
      } else {
        const answer = await send('workflows/save', {workflow: wf as unknown as WorkflowDraft});
        if (answer.ok) onClose(answer.id);
        else setError(answer);
      }
    } catch (e) {
      setError({path: '', message: (e as Error).message});
    } finally {
      setBusy(false);
    }
  };
  const criteria = (which: 'enrollment' | 'goal', legend: string) => {
    const groups = d[which];
    if (groups === null) {
      const key = which === 'goal' ? 'goalJson' : 'enrollmentJson';
      return (
        <label class="wg-json"><span>{legend} ({t('wgJson')})</span>
          <textarea rows={6} value={d[key]} onInput={(e) => setD({...d, [key]: e.currentTarget.value})} />
        </label>
      );
    }
    return <CriteriaBuilder legend={legend} idBase={`wg-${which}`} groups={groups} onChange={(g) => setD({...d, [which]: g})} lists={lists} workflows={workflows} />;
  };
  return (
    <form class="wg-editor" aria-labelledby="gp-wg-editor" data-testid="wg-editor" onSubmit={(e) => { e.preventDefault(); void run('save'); }}>
      <h3 id="gp-wg-editor">{initial.isNew ? t('wgNew') : t('wgEditing', initial.name || initial.id)}</h3>
      <label class="wg-field"><span>{t('wgName')}</span>
        <input value={d.name} required aria-invalid={error?.path === 'workflow.name'} onInput={(e) => setD({...d, name: e.currentTarget.value})} />
      </label>
      {initial.isNew && <p class="muted">{t('wgIdWillBe', d.id || slug(d.name))}</p>}
      {criteria('enrollment', t('wgEnrollment'))}
      {criteria('goal', t('wgGoal'))}
      {clearing && (
        <p class="wg-warn" role="note">{t('wgClearingGoal')}</p>
      )}
      {stats && stats.goalResets.length > 0 && <GoalResets workflowId={initial.id} resets={stats.goalResets} onRestored={onRestored} />}
      {warnings.length > 0 && (
        <ul class="wg-warnings" data-testid="wg-warnings">
          {warnings.map((w) => <li key={w.rule} class="wg-warn"><strong>{w.rule}</strong> {WARNING_KEYS[w.rule] ? t(WARNING_KEYS[w.rule]) : w.message}</li>)}
        </ul>
      )}
      <StepsEditor steps={d.steps} onChange={(steps) => setD({...d, steps})} />
      <fieldset class="wg-suppression">
        <legend>{t('wgSuppressionLists')}</legend>
        {lists.length === 0 && <p class="muted">{t('wgNoLists')}</p>}
        {lists.map((l) => (
          <label key={l} class="wg-check">
            <input type="checkbox" checked={d.suppressionLists.includes(l)} onChange={(e) => setD({...d, suppressionLists: e.currentTarget.checked ? [...d.suppressionLists, l] : d.suppressionLists.filter((x) => x !== l)})} />
            {l}
          </label>
        ))}
      </fieldset>
      <label class="wg-check">
        <input type="checkbox" checked={d.unenroll} onChange={(e) => setD({...d, unenroll: e.currentTarget.checked})} />
        {t('wgUnenrollSetting')}
      </label>
      {error && (
        <p class="wg-error" role="alert" data-testid="wg-error">
          {error.path && <code>{error.path}</code>} {error.message}
        </p>
      )}
      {whatIf?.ok && (
        <div class="wg-whatif" role="status" data-testid="wg-whatif">
          <strong>{t('wgWhatIfTitle')}</strong>{' '}
          {t('wgWhatIfLine', formatNumber(whatIf.enrolled), formatNumber(whatIf.goalMet), formatNumber(whatIf.goalMetCounted), whatIf.conversionRate === null ? '–' : formatNumber(whatIf.conversionRate, {style: 'percent', maximumFractionDigits: 1}), formatNumber(whatIf.events))}
        </div>
      )}
      <div class="wg-actions">
        <button type="submit" class="btn primary" disabled={busy}>{t('wgSave')}</button>
        <button type="button" class="btn" disabled={busy} onClick={() => void run('whatIf')}>{t('wgWhatIf')}</button>
        <button type="button" class="btn" onClick={() => onClose()}>{t('wgCancel')}</button>
      </div>
    </form>
  );
}
