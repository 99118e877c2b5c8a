/**
 * Carries out the engines' effects in the background:
 * - webhook: queued and delivered with retries (./webhooks.ts), the alarm driving the retries;
 * - notify without a goal (workflow and lead-automation notifications): a browser notification. Ad-goal
 *   notifications (they name a goal) are ./alarms.ts's (AG-14), so none is shown twice;
 * - createTask / propertySet from workflow steps: the engines already see them as events; the local
 *   records (a task activity on the contact, the property on the contact record) are ./workflow-records.ts's.
 */
import type {Effect} from '../core/model';
import browser from '../shared/browser';
import {t} from '../shared/i18n';
import {onEffects} from './engine-host';
import {deliverDue, enqueueWebhooks, WEBHOOK_ALARM} from './webhooks';
import {applyWorkflowRecords} from './workflow-records';

type NotifyEffect = Extract<Effect, {kind: 'notify'}>;

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === WEBHOOK_ALARM) void deliverDue(Date.now()).catch((error: unknown) => console.warn('goalpost: webhook retry failed', error));
});

const isPlainNotify = (effect: Effect): effect is NotifyEffect => effect.kind === 'notify' && !('goalId' in effect && effect.goalId !== undefined);

/** Same source and text → same id: a repeated effect replaces the notification instead of adding one. */
function notificationId(effect: NotifyEffect): string {
  let hash = 0;
  for (const ch of `${effect.source}\n${effect.message}`) hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0;
  return `notify:${(hash >>> 0).toString(36)}`;
}

export async function handleEffects(effects: Effect[], now: number): Promise<void> {
  // Nothing here may fail the ingest that produced the effects.
  for (const effect of effects.filter(isPlainNotify)) {
    await browser.notifications
      .create(notificationId(effect), {type: 'basic', iconUrl: browser.runtime.getURL('icons/icon-128.png'), title: t('extName'), message: effect.message})
      .catch((error: unknown) => console.warn('goalpost: notification failed', error));
  }
  await applyWorkflowRecords(effects, now).catch((error: unknown) => console.warn('goalpost: workflow records failed', error));
  if (!effects.some((e) => e.kind === 'webhook')) return;
  // Queued (and the alarm set) before the ingest returns; sent after it, not holding up the engines.
  const queued = await enqueueWebhooks(effects, now).then(
    () => true,
    (error: unknown) => void console.warn('goalpost: webhook queue failed', error),
  );
  if (queued) void deliverDue(now).catch((error: unknown) => console.warn('goalpost: webhook delivery failed', error));
}

onEffects(handleEffects);
