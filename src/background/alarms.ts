/**
 * Time in the worker (STYLE §1: chrome.alarms, nothing timed lives in memory): an alarm wakes the
 * worker so the engines do the timed work that is due (AG-17's 24-hour ad-goal refreshes, goal
 * milestones, workflow delays). The engines schedule those refreshes themselves (goal start + k × 24 h),
 * so the alarm only has to come often enough: hourly puts each refresh within the hour it falls due,
 * where a bare 24-hour alarm, out of phase with the goal's start, could delay it by up to a day.
 *
 * Delays (issue 4, docs/security.md C4): steps must run once, on time, whether the worker was stopped
 * or the browser closed meanwhile. So (a) whenever the worker starts (browser start, any wake) it first
 * catches up: one persisted advance to now runs every step that fell due meanwhile, atomically with the
 * engines' new state, so a step that ran is never run again; and (b) after every change a one-shot
 * alarm is set at the engines' next due time, which wakes a stopped worker to run it.
 *
 * Also delivers the ad-goal engine's notify effects as browser notifications (AG-14).
 */
import type {AdGoalNotifyEffect} from '../core/adgoals';
import browser from '../shared/browser';
import {t, type MessageKey} from '../shared/i18n';
import {readSettings} from './settings-store';
import type {Engines} from '../core/scenario/run';
import {advanceEngines, onEffects, readEngines} from './engine-host';

export const REFRESH_ALARM = 'goalpost-refresh';
/** One-shot, at the engines' next due step (a workflow or lead-action delay). */
export const DUE_ALARM = 'goalpost-due';
const PERIOD_MINUTES = 60;

/**
 * The earliest timed step the engines hold: the workflow engine's due heap (min at index 0) and the
 * lead engine's parked action runs (sorted by due time). Read from the engines' state objects, which
 * is what their snapshots store; alarms.test.ts runs real engines so a change of shape fails there.
 */
export function nextDueAt(engines: Pick<Engines, 'workflows' | 'leads'>): number | undefined {
  const workflows = (engines.workflows as unknown as {s?: {due?: Array<{at: number}>}}).s?.due?.[0]?.at;
  const leads = (engines.leads as unknown as {store?: {runs?: Array<{dueAt: number}>}}).store?.runs?.[0]?.dueAt;
  const all = [workflows, leads].filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return all.length ? Math.min(...all) : undefined;
}

let scheduled: number | undefined;
/** Sets (or clears) the due alarm for the engines' next due step. */
export async function scheduleNextDue(): Promise<number | undefined> {
  const due = await readEngines(Date.now(), ({engines}) => nextDueAt(engines));
  if (due === scheduled) return due;
  scheduled = due;
  if (due === undefined) await browser.alarms.clear(DUE_ALARM);
  // A step already due runs on the next catch-up; an alarm in the past fires at once.
  else await browser.alarms.create(DUE_ALARM, {when: Math.max(due, Date.now() + 500)});
  return due;
}

let caughtUp: Promise<void> | undefined;
/** Runs (once per worker start) every step that fell due while the worker or the browser was down. */
export function catchUp(): Promise<void> {
  // A read advances to now and stores (atomically, with the effects run) whatever fell due; when
  // nothing did it writes nothing, so the many wakes of a busy worker cost one state read each.
  caughtUp ??= readEngines(Date.now(), () => undefined)
    .catch((error: unknown) => console.warn('goalpost: catch-up failed', error));
  return caughtUp;
}

const advance = (why: string) =>
  void advanceEngines(Date.now()).catch((error: unknown) => console.warn(`goalpost: ${why} failed`, error));

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === REFRESH_ALARM) advance('timed refresh');
  else if (alarm.name === DUE_ALARM) {
    scheduled = undefined;
    advance('due step');
  }
});

// A listener for browser start makes Chrome start the worker then, so steps due while it was closed run.
browser.runtime.onStartup.addListener(() => void catchUp());
void catchUp();

// After every ingest (captures, user events, advances): keep the due alarm at the next due step. Not
// awaited: the handler runs inside the ingest's turn, and reading the engines waits for that turn.
onEffects(() => {
  void scheduleNextDue().catch((error: unknown) => console.warn('goalpost: scheduling the next step failed', error));
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
  // AG-14: only the goal's creator is told: the person using this browser (settings.currentUserId).
  const notifies = effects.filter(isAdGoalNotify);
  if (!notifies.length) return;
  const {settings} = await readSettings();
  const mine = notifies.filter((effect) => effect.userId === settings.currentUserId);
  if (!mine.length) return;
  const goals = settings.adGoals as Array<{id: string; name: string}>;
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
