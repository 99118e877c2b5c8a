/**
 * Options: the stage actions editor (LA-13..16). Per lead stage an ordered list of actions that can be
 * added, edited, reordered and commented on (author and text shown under the action), deleted with the
 * LA-15 choice, and opened as a full workflow (LA-16, saved through 'workflows/save'). Edits change the
 * section's draft; "Save lead automation" saves them with the rest of the settings.
 *
 * A branch (LA-13) shows its two arms, "If yes" and "If no", as nested lists with the same controls, so
 * a branch is built like the stage's own list: the "if" in the branch's form, the actions in its arms.
 */
import {useEffect, useState} from 'preact/hooks';
import {commentOnStageAction, deleteStageAction, type DeleteMode, type StageAction, type StageActionSettings} from '../../../core/leads';
import {canOpenAsWorkflow, type ActionParent, type BranchArm} from '../../../core/leads/stage-actions';
import {LEAD_STAGES, type LeadStage} from '../../../core/model';
import {t} from '../../../shared/i18n';
import {send} from '../../../shared/messaging';
import {ActionForm} from './leads-action-form';
import {CommentForm, Comments} from './leads-action-comments';
import {draftOf, emptyDraft, moveStageAction, saveAction, stageWorkflow, summaryOf} from './leads-actions-model';
import {DeleteDialog} from './leads-delete-dialog';
import {stageText} from './leads-fields';

interface Props {
  value: StageActionSettings;
  onChange: (next: StageActionSettings) => void;
}

type Editing = {stage: LeadStage; actionId?: string; parent?: ActionParent} | null;
type Opened = {ok: true; id: string; name: string} | {ok: false; error: string};

/** LA-16: saves the stage's actions as a new workflow; answers its id and name, or why not. */
export async function openAsWorkflow(stage: LeadStage, actions: readonly StageAction[]): Promise<Opened> {
  try {
    const {workflows} = await send('workflows/list', {});
    const name = t('laSaWorkflowName', stageText(stage));
    const workflow = stageWorkflow(stage, actions, workflows.map((w) => w.id), name);
    const answer = await send('workflows/save', {workflow});
    return answer.ok ? {ok: true, id: answer.id, name} : {ok: false, error: `${answer.path}: ${answer.message}`};
  } catch (e) {
    return {ok: false, error: (e as Error).message};
  }
}

const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

export function StageActionsEditor({value, onChange}: Props) {
  const [editing, setEditing] = useState<Editing>(null);
  const [commenting, setCommenting] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<{stage: LeadStage; list: readonly StageAction[]; action: StageAction; addId: string} | null>(null);
  const [author, setAuthor] = useState('');
  const [opened, setOpened] = useState<Partial<Record<LeadStage, Opened>>>({});
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (focus) focusSoon(focus);
  }, [focus, value]);

  const confirmDelete = (mode: DeleteMode) => {
    if (!deleting) return;
    onChange(deleteStageAction(value, deleting.stage, deleting.action.id, mode));
    setFocus(deleting.addId);
    setDeleting(null);
  };

  const sameParent = (a?: ActionParent, b?: ActionParent) => a?.branchId === b?.branchId && a?.arm === b?.arm;

  /** One ordered list: a stage's own, or a branch arm's (`parent`). */
  const renderList = (stage: LeadStage, actions: readonly StageAction[], parent: ActionParent | undefined, addId: string, describedBy: string) => {
    const adding = editing?.stage === stage && editing.actionId === undefined && sameParent(editing.parent, parent);
    return (
      <>
        {actions.length === 0 ? <p class="muted">{parent ? t('laSaArmEmpty') : t('laSaNone')}</p> : (
          <ol class="la-sa-list">
            {actions.map((action, i) => {
              const base = `la-sa-${action.id}`;
              const isEditing = editing?.stage === stage && editing.actionId === action.id;
              return (
                <li key={action.id} data-action-id={action.id} data-type={action.type}>
                  <div class="la-sa-row">
                    <span class="la-sa-summary" id={`${base}-summary`}>{summaryOf(action)}</span>
                    <span class="la-sa-buttons">
                      <button type="button" id={`${base}-up`} class="btn small" disabled={i === 0} aria-describedby={`${base}-summary`}
                        onClick={() => { onChange(moveStageAction(value, stage, action.id, -1)); setFocus(i - 1 === 0 ? `${base}-down` : `${base}-up`); }}>{t('laSaMoveUp')}</button>
                      <button type="button" id={`${base}-down`} class="btn small" disabled={i === actions.length - 1} aria-describedby={`${base}-summary`}
                        onClick={() => { onChange(moveStageAction(value, stage, action.id, 1)); setFocus(i + 1 === actions.length - 1 ? `${base}-up` : `${base}-down`); }}>{t('laSaMoveDown')}</button>
                      <button type="button" id={`${base}-edit`} class="btn small" aria-expanded={isEditing} aria-describedby={`${base}-summary`}
                        onClick={() => setEditing(isEditing ? null : {stage, actionId: action.id})}>{t('laSaEdit')}</button>
                      <button type="button" id={`${base}-comment`} class="btn small" aria-expanded={commenting === action.id} aria-describedby={`${base}-summary`}
                        onClick={() => setCommenting(commenting === action.id ? null : action.id)}>{t('laSaComment')}</button>
                      <button type="button" class="btn small danger" aria-describedby={`${base}-summary`}
                        onClick={() => setDeleting({stage, list: actions, action, addId})}>{t('laSaDelete')}</button>
                    </span>
                  </div>
                  <Comments action={action} />
                  {isEditing && (
                    <ActionForm id={`${base}-form`} initial={draftOf(action)} label={`${t('laSaEdit')}: ${summaryOf(action)}`}
                      onCancel={() => { setEditing(null); setFocus(`${base}-edit`); }}
                      onSubmit={(step) => {
                        const saved = saveAction(value, stage, step, action.id);
                        if (!saved.ok) return saved.error;
                        onChange(saved.settings);
                        setEditing(null);
                        setFocus(`${base}-edit`);
                        return null;
                      }} />
                  )}
                  {commenting === action.id && (
                    <CommentForm id={`${base}-c`} author={author} onAuthor={setAuthor} onCancel={() => { setCommenting(null); setFocus(`${base}-comment`); }}
                      onSubmit={(comment) => {
                        onChange(commentOnStageAction(value, stage, action.id, comment));
                        setCommenting(null);
                        setFocus(`${base}-comment`);
                      }} />
                  )}
                  {action.type === 'branch' && (
                    <div class="la-sa-arms" data-testid="la-sa-arms">
                      {(['yes', 'no'] as BranchArm[]).map((arm) => {
                        const headId = `${base}-${arm}-title`;
                        return (
                          <section key={arm} class={`la-sa-arm la-sa-arm-${arm}`} data-arm={arm} aria-labelledby={headId}>
                            <h5 id={headId}>{t(arm === 'yes' ? 'laSaBranchYes' : 'laSaBranchNo')}</h5>
                            {renderList(stage, action[arm], {branchId: action.id, arm}, `${base}-${arm}-add`, `${headId} ${base}-summary`)}
                          </section>
                        );
                      })}
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        )}
        {adding ? (
          <ActionForm id={`${addId}-new`} initial={emptyDraft()} label={`${t('laSaAdd')}: ${parent ? t(parent.arm === 'yes' ? 'laSaBranchYes' : 'laSaBranchNo') : stageText(stage)}`}
            onCancel={() => { setEditing(null); setFocus(addId); }}
            onSubmit={(step) => {
              const saved = saveAction(value, stage, step, undefined, parent);
              if (!saved.ok) return saved.error;
              onChange(saved.settings);
              setEditing(null);
              setFocus(addId);
              return null;
            }} />
        ) : (
          <div class="la-sa-stage-buttons">
            <button type="button" id={addId} class="btn small" aria-describedby={describedBy}
              onClick={() => setEditing({stage, parent})}>{t('laSaAdd')}</button>
            {!parent && actions.length > 0 && canOpenAsWorkflow(actions) && (
              <button type="button" class="btn small" aria-describedby={`la-sa-${stage}-title la-sa-wf-help`}
                onClick={() => void openAsWorkflow(stage, actions).then((r) => setOpened({...opened, [stage]: r}))}>{t('laSaOpenWorkflow')}</button>
            )}
          </div>
        )}
        {!parent && !canOpenAsWorkflow(actions) && <p class="muted la-sa-help">{t('laSaNoWorkflow')}</p>}
      </>
    );
  };

  return (
    <section class="la-sa" aria-labelledby="la-sa-title" data-testid="la-stage-actions">
      <h3 id="la-sa-title">{t('laSaTitle')}</h3>
      <p class="muted">{t('laSaIntro')}</p>
      <p class="muted" id="la-sa-wf-help">{t('laSaOpenWorkflowHelp')}</p>
      {LEAD_STAGES.map((stage) => {
        const result = opened[stage];
        return (
          <section key={stage} class="la-stage" data-stage={stage} aria-labelledby={`la-sa-${stage}-title`}>
            <h4 id={`la-sa-${stage}-title`}>{stageText(stage)}</h4>
            {renderList(stage, value[stage] ?? [], undefined, `la-sa-${stage}-add`, `la-sa-${stage}-title`)}
            {result?.ok && <p role="status"><a href={`?workflow=${encodeURIComponent(result.id)}#workflows`} data-testid="la-sa-workflow-link">{t('laSaWorkflowLink', result.name)}</a></p>}
            {result && !result.ok && <p role="alert" class="note bad">{t('laSaWorkflowError', result.error)}</p>}
          </section>
        );
      })}
      <DeleteDialog target={deleting && {actions: deleting.list, action: deleting.action}} onConfirm={confirmDelete}
        onClose={() => { if (deleting) setFocus(`la-sa-${deleting.action.id}-comment`); setDeleting(null); }} />
    </section>
  );
}
