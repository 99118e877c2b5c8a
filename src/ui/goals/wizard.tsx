/**
 * The goal wizard (AG-11..16): template → name and stage → accounts and campaigns → duration → targets
 * → notifications. Each step checks its own fields with validateAdGoal before moving on; Save checks all
 * and jumps to the first step with an error. Editing (AG-24) walks only the name, targets and
 * notifications steps.
 */
import {useMemo, useState} from 'preact/hooks';
import {validateAdGoal, type AdGoalFieldError} from '../../core/adgoals';
import type {AdGoal} from '../../core/model';
import {t, type MessageKey} from '../../shared/i18n';
import {send} from '../../shared/messaging';
import type {AdCatalog} from '../../shared/protocol/adgoals';
import {BasicsStep, CampaignsStep, DurationStep, NotificationsStep, TemplateStep} from './wizard-steps';
import {TargetsStep} from './targets-table';
import {asRequest, draftFromGoal, emptyDraft, periodsOf, STEP_OF_FIELD, STEPS, toGoalDraft, type Step, type WizardDraft} from './wizard-state';

const STEP_KEY: Record<Step, MessageKey> = {
  template: 'agStepTemplate',
  basics: 'agStepBasics',
  campaigns: 'agStepCampaigns',
  duration: 'agStepDuration',
  targets: 'agStepTargets',
  notifications: 'agStepNotifications',
};
const EDIT_STEPS: Step[] = ['basics', 'targets', 'notifications'];

export interface StepProps {
  draft: WizardDraft;
  update: (patch: Partial<WizardDraft>) => void;
  errors: AdGoalFieldError[];
  catalog: AdCatalog;
  fiscal: number;
  editing: boolean;
}

interface Props {
  goal: AdGoal | null;
  catalog: AdCatalog;
  fiscalYearStartMonth: number;
  onClose: (savedId: string | null) => void;
}

export function GoalWizard({goal, catalog, fiscalYearStartMonth: fiscal, onClose}: Props) {
  const editing = goal !== null;
  const steps = editing ? EDIT_STEPS : [...STEPS];
  const [draft, setDraft] = useState<WizardDraft>(() => (goal ? draftFromGoal(goal, fiscal) : emptyDraft(new Date())));
  const [index, setIndex] = useState(0);
  const [errors, setErrors] = useState<AdGoalFieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const step = steps[index];
  const update = (patch: Partial<WizardDraft>) => setDraft((d) => ({...d, ...patch}));
  const periods = useMemo(() => periodsOf(draft, fiscal), [draft.duration, draft.start, draft.end, draft.alignToFiscalYear, fiscal]);

  const check = (only?: Step): AdGoalFieldError[] => {
    const found = validateAdGoal(toGoalDraft(draft, fiscal), fiscal).filter((e) => !only || STEP_OF_FIELD[e.field] === only);
    setErrors(found);
    return found;
  };
  const next = () => {
    if (check(step).length === 0) setIndex(index + 1);
  };
  const save = async () => {
    const found = check();
    if (found.length) {
      const first = steps.findIndex((s) => found.some((e) => STEP_OF_FIELD[e.field] === s));
      if (first >= 0) setIndex(first);
      return;
    }
    setBusy(true);
    try {
      const answer = await send('adGoals/save', {...(goal ? {id: goal.id} : {}), goal: asRequest(toGoalDraft(draft, fiscal))});
      if (answer.goalId) return onClose(answer.goalId);
      setErrors(answer.errors.map((e) => ({...e, field: e.field as AdGoalFieldError['field']})));
    } catch (e) {
      setErrors([{field: 'name', rule: '', message: (e as Error).message}]);
    } finally {
      setBusy(false);
    }
  };

  const props: StepProps = {draft, update, errors, catalog, fiscal, editing};
  const last = index === steps.length - 1;
  return (
    <section class="card wizard" aria-labelledby="ag-wizard-title" data-testid="ag-wizard">
      <h2 id="ag-wizard-title">{editing ? t('agEditGoal', goal.name) : t('agCreateGoal')}</h2>
      <ol class="steps">
        {steps.map((s, i) => (
          <li key={s} aria-current={i === index ? 'step' : undefined} class={i < index ? 'done' : ''}>
            <span class="step-no">{i + 1}</span> {t(STEP_KEY[s])}
          </li>
        ))}
      </ol>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (last) void save();
          else next();
        }}
      >
        <fieldset class="step">
          <legend>{t(STEP_KEY[step])}</legend>
          {step === 'template' && <TemplateStep {...props} />}
          {step === 'basics' && <BasicsStep {...props} />}
          {step === 'campaigns' && <CampaignsStep {...props} />}
          {step === 'duration' && <DurationStep {...props} />}
          {step === 'targets' && <TargetsStep {...props} periods={periods} />}
          {step === 'notifications' && <NotificationsStep {...props} />}
        </fieldset>
        {errors.some((e) => !STEP_OF_FIELD[e.field]) && (
          <p role="alert" class="note bad">{errors.filter((e) => !STEP_OF_FIELD[e.field]).map((e) => e.message).join(' ')}</p>
        )}
        <div class="row actions">
          {index > 0 && <button type="button" class="btn" onClick={() => { setErrors([]); setIndex(index - 1); }}>{t('agBack')}</button>}
          {last ? (
            <button type="submit" class="btn primary" disabled={busy}>{t('agSaveGoal')}</button>
          ) : (
            <button type="submit" class="btn primary">{t('agNext')}</button>
          )}
          <button type="button" class="btn" onClick={() => onClose(null)}>{t('agCancel')}</button>
        </div>
      </form>
    </section>
  );
}

/** The inline error of one field, linked to its control by id (`aria-describedby`). */
export function FieldError({errors, field, id}: {errors: AdGoalFieldError[]; field: string; id: string}) {
  const mine = errors.filter((e) => e.field === field);
  if (!mine.length) return null;
  return <p id={id} class="field-error" role="alert">{mine.map((e) => `${e.message} (${e.rule})`).join(' ')}</p>;
}
