/**
 * AG-17 on the goals page: when progress was last refreshed, when it is next refreshed by itself, and
 * "Refresh now". The refresh is logged in the background (event adGoalsRefreshed), so what it shows
 * survives a worker restart and a reopened page; the 24-hour cycle restarts from the click.
 */
import {useState} from 'preact/hooks';
import {formatDateTime, t} from '../../shared/i18n';
import {send} from '../../shared/messaging';
import type {GoalsData} from './goals-page';

/** The newest refresh and the soonest next refresh over all goals (ISO strings sort as instants). */
export function refreshTimes(data: GoalsData): {last: string | null; next: string | null} {
  const results = Object.values(data.results);
  const last = results.map((r) => r.refreshedAt).filter((x): x is string => x !== null).sort().at(-1) ?? null;
  const next = results.map((r) => r.nextRefreshAt).filter((x): x is string => x !== null).sort()[0] ?? null;
  return {last, next};
}

export const when = (iso: string) => formatDateTime(Date.parse(iso));

export function RefreshBar({data, onRefreshed}: {data: GoalsData; onRefreshed: () => void | Promise<void>}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const {last, next} = refreshTimes(data);
  const refresh = async () => {
    setBusy(true);
    try {
      await send('adGoals/refresh', {});
      setError(null);
      await onRefreshed();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  if (!data.goals.length) return null;
  return (
    <div class="refresh-bar">
      <p class="muted small" role="status" data-testid="ag-refreshed">
        {last ? (next ? t('agRefreshSummary', when(last), when(next)) : t('agRefreshSummaryLast', when(last))) : t('agNotRefreshed')}
      </p>
      <button type="button" class="btn small" onClick={() => void refresh()} disabled={busy} aria-busy={busy}>
        {busy ? t('agRefreshing') : t('agRefreshNow')}
      </button>
      {error && <p role="alert" class="field-error">{t('errorGeneric', error)}</p>}
    </div>
  );
}
