/**
 * One lead's badge: a stage pill (a button: Enter/Space opens the details), a "why" tip on hover and
 * focus, and in the details the reasons with their rule ids, the LA-7 lock with re-arm, a manual move and a
 * call outcome to log (LA-4, LA-5).
 */
import {useSignal} from '@preact/signals';
import {useId, useLayoutEffect, useRef} from 'preact/hooks';
import {CALL_OUTCOMES, LEAD_STAGES, type CallOutcome} from '../../core/model';
import {formatDateTime, t, type MessageKey} from '../../shared/i18n';
import {send} from '../messaging';
import type {LeadView} from '../../shared/protocol/leads';

type Stage = LeadView['stage'];
export const stageText = (stage: Stage) => t(`laStage${stage.charAt(0).toUpperCase()}${stage.slice(1)}` as MessageKey);

/** A history entry as a sentence, for rows (no trail) and as a fallback. */
export function historyText(h: LeadView['history'][number]): string {
  const from = h.from ? stageText(h.from) : '';
  switch (h.cause) {
    case 'automation':
      return t('laWhyAuto', from, stageText(h.to), h.rule ?? '');
    case 'manual':
      return t('laWhyManual', from, stageText(h.to));
    case 'disqualified':
      return t('laWhyDisqualified', from);
    case 'creation':
      return t('laWhyCreated', stageText(h.to), h.rule ?? '');
    default:
      return t('laWhyImport', stageText(h.to));
  }
}

/**
 * The latest reason: the rule trail's last sentence (it names the trigger) unless the stage history has
 * a newer change the trail does not explain (a capture, a forward move by hand). Trail entries are in
 * recording order; activity times come from the CRM, so times alone cannot order the two.
 */
export const outcomeText = (outcome: CallOutcome) => t(`outcome${outcome.charAt(0).toUpperCase()}${outcome.slice(1)}` as MessageKey);

export function latestWhy(lead: LeadView): string {
  const trail = lead.why.at(-1);
  const history = lead.history.at(-1);
  const explained = history?.eventId !== undefined && lead.why.some((w) => w.eventId === history.eventId);
  if (trail && (!history || explained || trail.at >= Date.parse(history.at))) return `${trail.rule}: ${trail.message}`;
  return history ? historyText(history) : t('laWhyNone');
}

export function LeadBadge({lead, detail = false, onChange}: {lead: LeadView; detail?: boolean; onChange: (v: LeadView) => void}) {
  const open = useSignal(false);
  const busy = useSignal(false);
  const status = useSignal('');
  const error = useSignal<string | null>(null);
  const target = useSignal<Stage>(lead.stage);
  const outcome = useSignal<CallOutcome>('connected');
  const uid = useId();
  const tipId = `${uid}-tip`;
  const panelId = `${uid}-panel`;
  const locked = lead.automationLocked;
  const pill = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // A row badge's details float in the top layer beside the pill: in a list cell they would be cut off
  // by the CRM table's own overflow. Placed under the pill (above it when there is no room), inside the
  // viewport, and kept there while the page scrolls.
  useLayoutEffect(() => {
    const el = panel.current;
    if (detail || !open.value || !el?.showPopover) return;
    const place = () => {
      const r = pill.current!.getBoundingClientRect();
      const below = r.bottom + 6;
      const up = r.top - 6 - el.offsetHeight;
      el.style.left = `${Math.max(8, Math.min(r.right - el.offsetWidth, innerWidth - el.offsetWidth - 8))}px`;
      el.style.top = `${below + el.offsetHeight > innerHeight - 8 && up >= 8 ? up : below}px`;
    };
    el.showPopover();
    place();
    addEventListener('scroll', place, true);
    addEventListener('resize', place);
    return () => {
      removeEventListener('scroll', place, true);
      removeEventListener('resize', place);
    };
  }, [open.value]);

  const act = async (work: () => Promise<LeadView>, done: (v: LeadView) => string) => {
    busy.value = true;
    error.value = null;
    try {
      const view = await work();
      onChange(view);
      status.value = done(view);
    } catch (e) {
      error.value = t('laError', (e as Error).message);
    } finally {
      busy.value = false;
    }
  };

  const reasons = !detail && !open.value ? [] : lead.why.length > 0 ? lead.why.map((w) => ({key: `${w.at}-${w.rule}-${w.message}`, rule: w.rule, text: w.message})) : lead.history.map((h) => ({key: `${h.at}-${h.to}`, rule: h.rule ?? '', text: historyText(h)}));

  return (
    <div class={`lead stage-${lead.stage}${locked ? ' locked' : ''}`} data-lead-id={lead.id} data-stage={lead.stage} onKeyDown={(e) => {
      // Escape closes the details and gives focus back to the pill.
      if (e.key !== 'Escape' || !open.value) return;
      open.value = false;
      (e.currentTarget as HTMLElement).querySelector<HTMLButtonElement>('.pill')?.focus();
    }}>
      <button type="button" ref={pill} class="pill" aria-expanded={open.value} aria-controls={detail || open.value ? panelId : undefined} aria-describedby={tipId} onClick={() => (open.value = !open.value)}>
        <span class="dot" aria-hidden="true" />
        <span class="k">{t('laLead')}</span>
        <span class="stage" data-testid="gp-lead-stage">{stageText(lead.stage)}</span>
        {locked && <span class="lock" data-testid="gp-lead-lock">{t('laLocked')}</span>}
      </button>
      <span role="tooltip" id={tipId} class="tip" data-testid="gp-lead-why">{latestWhy(lead)}</span>
      {/* Row badges (no `detail`) build their details only once opened: a 1,000-row list stays light. */}
      {(detail || open.value) && <div id={panelId} ref={panel} popover={detail ? undefined : 'manual'} class="details" role="group" aria-label={t('laDetails', stageText(lead.stage))} hidden={!open.value}>
        {lead.pipelineId !== 'default' && <p class="note">{t('laOtherPipeline')}</p>}
        {locked && lead.lock && (
          <div class="lockline">
            <p data-testid="gp-lead-lock-reason">{t('laLockReason', formatDateTime(Date.parse(lead.lock.at)))}</p>
            <button type="button" class="btn" disabled={busy.value} onClick={() => void act(() => send('leads/rearm', {leadId: lead.id}), () => {
              pill.current?.focus(); // the re-arm button leaves with the lock: keep keyboard users in the badge
              return t('laRearmed');
            })}>{t('laRearm')}</button>
          </div>
        )}
        {(detail || reasons.length > 0) && (
          <>
            <h2>{t('laWhyTitle')}</h2>
            {reasons.length === 0 ? <p class="muted">{t('laWhyNone')}</p> : (
              <ol class="why" data-testid="gp-lead-reasons">
                {reasons.slice(-6).map((r) => <li key={r.key}>{r.rule && <span class="rule">{r.rule}</span>} {r.text}</li>)}
              </ol>
            )}
          </>
        )}
        <div class="move">
          <label>
            <span>{t('laMoveTo')}</span>
            <select value={target.value} onChange={(e) => (target.value = (e.currentTarget as HTMLSelectElement).value as Stage)}>
              {LEAD_STAGES.map((s) => <option key={s} value={s}>{stageText(s)}</option>)}
            </select>
          </label>
          {/* aria-disabled, not disabled: after a move the button would turn disabled under the keyboard
              user's focus and drop it (Escape would then no longer reach the badge). */}
          <button type="button" class="btn" aria-disabled={busy.value || target.value === lead.stage}
            onClick={() => !busy.value && target.value !== lead.stage && void act(() => send('leads/move', {leadId: lead.id, stage: target.value}), (v) => t('laMoved', stageText(v.stage)))}>{t('laMove')}</button>
        </div>
        {lead.contactId.includes(':contact:') && (
          <div class="move call">
            <label>
              <span>{t('laCallOutcome')}</span>
              <select value={outcome.value} onChange={(e) => (outcome.value = (e.currentTarget as HTMLSelectElement).value as CallOutcome)}>
                {CALL_OUTCOMES.map((o) => <option key={o} value={o}>{outcomeText(o)}</option>)}
              </select>
            </label>
            {/* Not disabled while busy: a disabled button drops the keyboard user's focus. */}
            <button type="button" class="btn" aria-busy={busy.value}
              onClick={() => !busy.value && void act(() => send('leads/logCall', {leadId: lead.id, contactId: lead.contactId, outcome: outcome.value}), () => t('laCallLogged', outcomeText(outcome.value)))}>{t('laLogCall')}</button>
          </div>
        )}
        <p class="status" role="status">{status.value}</p>
        {error.value && <p class="error" role="alert">{error.value}</p>}
      </div>}
    </div>
  );
}
