/**
 * Time in the worker (STYLE §1: chrome.alarms, nothing timed lives in memory): an alarm wakes the
 * worker so the engines do the timed work that is due (AG-17's 24-hour ad-goal refreshes, goal
 * milestones, workflow delays). The engines schedule those refreshes themselves (goal start + k × 24 h),
 * so the alarm only has to come often enough: hourly puts each refresh within the hour it falls due,
 * where a bare 24-hour alarm, out of phase with the goal's start, could delay it by up to a day.
 *
 * Also delivers the ad-goal engine's notify effects as browser notifications (AG-14).
 */
import type {AdGoalNotifyEffect} from '../core/adgoals';
import browser from '../shared/browser';
import {t, type MessageKey} from '../shared/i18n';
import {readSettings} from './settings-store';
import {advanceEngines, onEffects} from './engine-host';
import {CURRENT_USER} from './handlers/adgoals';

export const REFRESH_ALARM = 'goalpost-refresh';
const PERIOD_MINUTES = 60;

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === REFRESH_ALARM) void advanceEngines(Date.now()).catch((error: unknown) => console.warn('goalpost: timed refresh failed', error));
});

void browser.alarms.get(REFRESH_ALARM).then((existing) => {
  if (!existing) void browser.alarms.create(REFRESH_ALARM, {periodInMinutes: PERIOD_MINUTES, delayInMinutes: 1});
});

const isAdGoalNotify = (effect: {kind: string}): effect is AdGoalNotifyEffect => effect.kind === 'notify' && 'goalId' in effect && 'userId' in effect;

const MESSAGE: Record<AdGoalNotifyEffect['notification'], MessageKey> = {
  goalStart: 'agNotifyMsgGoalStart',
  achieved: 'agNotifyMsgAchieved',
  exceeded: 'agNotifyMsgExceeded',
  missed: 'agNotifyMsgMissed',
};

onEffects(async (effects) => {
  // AG-14: only the goal's creator is told; in this single-user extension that is the current user.
  const mine = effects.filter(isAdGoalNotify).filter((effect) => effect.userId === CURRENT_USER);
  if (!mine.length) return;
  const goals = (await readSettings()).settings.adGoals as Array<{id: string; name: string}>;
  // A notification that cannot be shown must not fail the ingest that produced it.
  for (const effect of mine) await notifyCreator(effect, goals).catch((error: unknown) => console.warn('goalpost: notification failed', error));
});

async function notifyCreator(effect: AdGoalNotifyEffect, goals: Array<{id: string; name: string}>): Promise<void> {
  const name = goals.find((g) => g.id === effect.goalId)?.name;
  await browser.notifications.create(`adgoal:${effect.goalId}:${effect.notification}:${effect.periodStart ?? ''}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: t('agNotifyTitle'),
    // The engine's own sentence is English; say it in the UI language when the goal is known.
    message: name ? t(MESSAGE[effect.notification], name, effect.periodStart ?? '') : effect.message,
  });
}

browser.notifications.onClicked.addListener((id) => {
  if (id.startsWith('adgoal:')) void browser.tabs.create({url: browser.runtime.getURL('src/ui/goals/index.html')});
});
