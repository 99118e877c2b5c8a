/**
 * The workflow-goal indicator on contact pages: for each workflow the contact is in (or was kept
 * out of), its status (step i of n, goal met, unenrolled and why, not enrolled) and the "why" trail
 * (IDEA-2) behind a disclosure button, read from the background after the capture stored the record.
 */
import {effect, signal as createSignal, useSignal, type Signal} from '@preact/signals';
import {render} from 'preact';
import theme from '../../ui/components/theme.css?inline';
import {formatDateTime, t} from '../../shared/i18n';
import {send} from '../messaging';
import type {ContactWorkflow, WorkflowAction} from '../../shared/protocol/workflows';
import {captureState} from '../capture-state';
import {mountWidget, widgetContainer} from '../dom/mount';
import {onDomChange, waitFor} from '../dom/observe';
import {defineFeature} from '../feature';
import {reportHealth} from '../health';
import css from './goal-indicator.css?inline';

const ANCHOR_TIMEOUT_MS = 8000;
const ID = 'goal-indicator';

export default defineFeature(ID, {
  include: (page) => page.type === 'record' && page.kind === 'contact',
  async init({signal, adapter, page, url}) {
    const findAnchor = () => adapter.findAnchor(document, page, 'indicator') ?? adapter.findAnchor(document, page, 'panel');
    const anchor = await waitFor(findAnchor, signal, ANCHOR_TIMEOUT_MS);
    if (signal.aborted) return;
    if (!anchor) {
      reportHealth(adapter, page, 'indicator', false, [], ['indicator anchor'], url);
      return;
    }
    reportHealth(adapter, page, 'indicator', true, ['indicator anchor'], [], url);
    // One model per widget: answers update it; the widget is rendered once per mount.
    const model = createSignal<Model>({rows: [], failed: false});
    const draw = (at: Element) => {
      const root = mountWidget(at, {id: ID, signal, css: theme + css, place: (a, host) => adapter.place(a, host, 'indicator')});
      const container = widgetContainer(root);
      if (!container.hasChildNodes()) render(<Bound model={model} />, container);
    };
    draw(anchor);
    let asked = 0;
    // Every capture (first visit, a newly logged activity) may change the contact's workflows.
    const stop = effect(() => {
      const state = captureState.value;
      if (!state?.recordId) return;
      const key = ++asked;
      send('workflows/contact', {contactId: state.recordId}).then(
        (answer) => {
          if (signal.aborted || asked !== key) return;
          model.value = {rows: answer, failed: false};
        },
        () => {
          if (signal.aborted) return;
          model.value = {rows: model.value.rows, failed: true};
        },
      );
    });
    signal.addEventListener('abort', stop, {once: true});
    onDomChange(document.body, () => {
      if (document.querySelector(`[data-goalpost="${ID}"]`)) return;
      const next = findAnchor();
      if (next) draw(next);
    }, signal);
  },
});

interface Model {
  rows: ContactWorkflow[];
  failed: boolean;
}

function Bound({model}: {model: Signal<Model>}) {
  // Always an element: the mount checks for content before rendering again.
  return <div class="gi-wrap"><GoalIndicator rows={model.value.rows} failed={model.value.failed} /></div>;
}

export function statusText(row: ContactWorkflow): string {
  switch (row.status) {
    case 'active':
      return t('wgIndicatorActive', Math.min(row.stepsRun + 1, Math.max(row.steps, 1)), Math.max(row.steps, 1));
    case 'completed':
      return t('wgIndicatorCompleted');
    case 'goalMet':
      return row.counted ? t('wgIndicatorGoalMetCounted') : t('wgIndicatorGoalMet');
    case 'unenrolled':
      return t('wgIndicatorUnenrolled', reasonText(row.reason));
    default:
      return row.why.startsWith('WG-5') ? t('wgIndicatorNotEnrolledGoal') : t('wgIndicatorNotEnrolledSuppressed');
  }
}

export function reasonText(reason: string | undefined): string {
  if (reason === 'goal') return t('wgReasonGoal');
  if (reason === 'suppression') return t('wgReasonSuppression');
  if (reason === 'triggerNoLongerMet') return t('wgReasonTrigger');
  return t('wgReasonManual');
}

export function GoalIndicator({rows, failed}: {rows: ContactWorkflow[]; failed: boolean}) {
  if (failed) return <p class="gi-error" role="status">{t('wgIndicatorError')}</p>;
  if (rows.length === 0) return null;
  return (
    <section class="gi" aria-label={t('wgIndicatorLabel')}>
      <ul>{rows.map((row) => <Row key={row.workflowId} row={row} />)}</ul>
    </section>
  );
}

function Row({row}: {row: ContactWorkflow}) {
  const open = useSignal(false);
  const base = `gp-gi-${row.workflowId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <li class={`gi-row s-${row.status}`} data-workflow={row.workflowId} data-status={row.status}>
      <span class="dot" aria-hidden="true" />
      <span class="name">{row.name}</span>
      <span class="status">{statusText(row)}</span>
      <button
        type="button"
        class="why"
        aria-expanded={open.value}
        aria-controls={`${base}-trail`}
        aria-describedby={`${base}-why`}
        onClick={() => (open.value = !open.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') open.value = false;
        }}
      >
        {t('wgIndicatorWhy')}
      </button>
      <span id={`${base}-why`} class="visually-hidden">{row.why}</span>
      {row.actions.length > 0 && <Actions row={row} />}
      <div id={`${base}-trail`} class="trail" hidden={!open.value} role="region" aria-label={t('wgIndicatorTrail', row.name)}>
        {row.trail.length === 0 ? (
          <p>{row.why}</p>
        ) : (
          <ol>
            {row.trail.map((line, i) => (
              <li key={i}>
                <span class="rule">{line.rule}</span> <span>{line.message.replace(/^WG-\d+:\s*/, '')}</span>{' '}
                <time dateTime={new Date(line.at).toISOString()}>{formatDateTime(line.at)}</time>
              </li>
            ))}
          </ol>
        )}
      </div>
    </li>
  );
}

const shownValue = (value: WorkflowAction['value']) => (value === null || value === undefined || value === '' ? '—' : String(value));

export function actionText(action: WorkflowAction): string {
  return action.kind === 'task' ? t('wgActionTask', action.title) : t('wgActionProperty', action.title, shownValue(action.value));
}

/** Tasks created and properties set by the workflow, each a disclosure with its "why" (keyboard: Tab, Enter). */
function Actions({row}: {row: ContactWorkflow}) {
  return (
    <ul class="acts" aria-label={t('wgActionsLabel', row.name)}>
      {row.actions.map((action) => (
        <li key={action.step} data-kind={action.kind}>
          <details class="act">
            <summary>
              <span class="act-text">{actionText(action)}</span>
              {action.at !== undefined && <time dateTime={new Date(action.at).toISOString()}>{formatDateTime(action.at)}</time>}
            </summary>
            <div class="act-why">
              <p>{t('wgActionWhy', String(action.step), row.name)}</p>
              {action.why.length > 0 && (
                <ol>
                  {action.why.map((line, i) => (
                    <li key={i}>
                      <span class="rule">{line.rule}</span> <span>{line.message.replace(/^WG-\d+:\s*/, '')}</span>
                    </li>
                  ))}
                </ol>
              )}
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
