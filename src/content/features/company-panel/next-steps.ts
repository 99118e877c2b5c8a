/** "What to do next" on an account: plain sentences from its rollup (no decision maker, no touch, …). */
import {t} from '../../../shared/i18n';
import type {AccountRowData} from '../../../shared/protocol/accounts';

const DAY = 86_400_000;
/** After this long without a call, 1:1 email or meeting, the account counts as going cold. */
export const STALE_DAYS = 21;

export function nextSteps(row: AccountRowData, now: number, blockers: string[], hasDecisionMaker: boolean): string[] {
  const steps: string[] = [];
  if (!hasDecisionMaker && row.categories.includes('noDecisionMaker')) steps.push(t('taNextNoDecisionMaker'));
  if (row.lastTouch === null) steps.push(t('taNextNeverTouched'));
  else if (now - row.lastTouch >= STALE_DAYS * DAY) steps.push(t('taNextNoTouch', Math.floor((now - row.lastTouch) / DAY)));
  for (const name of blockers.slice(0, 3)) steps.push(t('taNextBlocker', name));
  if (row.upcoming === null) steps.push(t('taNextNothingScheduled'));
  return steps.length ? steps : [t('taNextAllGood')];
}
