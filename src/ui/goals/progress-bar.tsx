/** A goal's status badge and its progress bar with the pacing mark (where progress should be by now). */
import type {AdGoalStatus} from '../../core/model';
import {t} from '../../shared/i18n';
import type {AdGoalResultView} from '../../shared/protocol/adgoals';
import {percent, STATUS_KEY, statusClass} from './format';
import './progress.css';

export function StatusBadge({status}: {status: AdGoalStatus}) {
  return <span class={`badge ${statusClass(status)}`} data-testid="ag-status">{t(STATUS_KEY[status])}</span>;
}

export function ProgressBar({result, label}: {result: AdGoalResultView | undefined; label: string}) {
  const progress = result?.progress ?? 0;
  const fill = progress === null ? 100 : Math.min(100, Math.max(0, progress * 100));
  const pacing = result?.pacing;
  const expected = pacing ? Math.min(100, pacing.expectedProgress * 100) : null;
  const paceText = pacing ? t(pacing.pace === 'ahead' ? 'agPaceAhead' : pacing.pace === 'behind' ? 'agPaceBehind' : 'agPaceOn') : '';
  return (
    <div class="progress">
      <div class="bar" role="progressbar" aria-label={t('agProgressOf', label)} aria-valuemin={0} aria-valuemax={100}
        aria-valuenow={Math.round(fill)} aria-valuetext={percent(progress)}>
        <span class={`fill ${result ? statusClass(result.status) : ''}`} style={{width: `${fill}%`}} />
        {expected !== null && <span class="pace-mark" style={{insetInlineStart: `${expected}%`}} title={t('agPacingMark')} />}
      </div>
      <span class="pct">{percent(progress)}{paceText && <span class="muted"> · {paceText}</span>}</span>
    </div>
  );
}
