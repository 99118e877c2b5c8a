/**
 * Progress over the latest measured period as an inline SVG: the cumulative actual per day as a share of
 * the period target, the pacing line (where a steady pace would be; flat at 100% for cost per contact,
 * which is not pro-rated) and the 100% target line. Built with JSX, never innerHTML.
 */
import {progressOf} from '../../core/adgoals';
import type {AdGoal} from '../../core/model';
import {t} from '../../shared/i18n';
import type {AdGoalResultView} from '../../shared/protocol/adgoals';
import {percent} from './format';

const W = 560;
const H = 180;
const PAD = {left: 44, right: 12, top: 12, bottom: 24};

export function ProgressChart({goal, result}: {goal: AdGoal; result: AdGoalResultView}) {
  const series = result.series[result.series.length - 1];
  const period = series && result.periods.find((p) => p.start === series.start);
  if (!series || !period) return <p class="muted">{t('agChartEmpty')}</p>;
  const days = Math.max(1, Math.round((Date.parse(period.end) - Date.parse(period.start)) / 864e5) + 1);
  const points = series.values.map((value, i) => ({i, p: value === null ? null : progressOf(goal.template, value, period.target)}));
  const top = Math.max(1.2, ...points.map(({p}) => (p === null ? 1.2 : Math.min(p, 3))));
  const x = (day: number) => PAD.left + (day / days) * (W - PAD.left - PAD.right);
  const y = (p: number) => H - PAD.bottom - (Math.min(p, top) / top) * (H - PAD.top - PAD.bottom);
  const line = points.filter((pt) => pt.p !== null).map((pt) => `${x(pt.i + 1).toFixed(1)},${y(pt.p ?? top).toFixed(1)}`).join(' ');
  const cpc = goal.template === 'costPerContactInStage';
  const last = points[points.length - 1]?.p;
  const summary = t('agChartSummary', period.start, period.end, percent(last ?? 0));
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} data-testid="ag-chart">
        <title>{summary}</title>
        {[0, 0.5, 1].map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} class={tick === 1 ? 'target-line' : 'grid'} />
            <text x={PAD.left - 6} y={y(tick) + 4} text-anchor="end" class="axis">{percent(tick)}</text>
          </g>
        ))}
        <line x1={x(0)} y1={cpc ? y(1) : y(0)} x2={x(days)} y2={y(1)} class="pace-line" />
        {line && <polyline points={`${x(0)},${y(0)} ${line}`} class="actual-line" />}
        <text x={PAD.left} y={H - 6} class="axis">{period.start}</text>
        <text x={W - PAD.right} y={H - 6} text-anchor="end" class="axis">{period.end}</text>
      </svg>
      <figcaption class="legend">
        <span><i class="key actual" /> {t('agChartActual')}</span>
        <span><i class="key pace" /> {t('agChartPacing')}</span>
        <span><i class="key target" /> {t('agChartTarget')}</span>
      </figcaption>
    </figure>
  );
}
