/**
 * AG-14/15: notifications go only to the goal's creator (`ownerId`), only for the types they chose
 * (`notifications`, none when absent), and each at most once: goal start once per goal, achieved /
 * exceeded / missed once per period milestone (each period has its own status at its end). A
 * cost-per-contact goal can only have chosen "goalStart" (validate.ts).
 */
import type {AdGoalStatus, Effect, Id, Instant, TrailEntry} from '../model';
import type {GoalRuntime, GoalState} from './state';

export type AdGoalNotificationType = 'goalStart' | 'achieved' | 'exceeded' | 'missed';

/**
 * model.ts's notify effect has no recipient field; this adds one (a subtype, so it is still an Effect).
 * The host delivers it to `userId` only.
 */
export type AdGoalNotifyEffect = Extract<Effect, {kind: 'notify'}> & {
  goalId: Id;
  userId: Id;
  notification: AdGoalNotificationType;
  periodStart?: string;
};

export function notify(
  rt: GoalRuntime,
  state: GoalState,
  type: AdGoalNotificationType,
  message: string,
  at: Instant,
  periodStart?: string,
): {effects: AdGoalNotifyEffect[]; trail: TrailEntry[]} {
  const {goal} = rt;
  const key = periodStart ? `${type}:${periodStart}` : type;
  if (!goal.notifications?.includes(type) || state.notified.includes(key)) return {effects: [], trail: []};
  const subject = `adGoal:${goal.id}`;
  if (!goal.ownerId) {
    // Nobody else may receive it (AG-14); mark it handled so a later owner is not sent old news.
    state.notified.push(key);
    return {effects: [], trail: [{rule: 'AG-14', subject, message: `Goal has no creator, so the ${type} notification was not sent.`, at}]};
  }
  state.notified.push(key);
  return {
    effects: [{kind: 'notify', message, source: subject, goalId: goal.id, userId: goal.ownerId, notification: type, ...(periodStart ? {periodStart} : {})}],
    trail: [{rule: 'AG-14', subject, message: `Sent the ${type} notification to the goal's creator ${goal.ownerId}.`, at}],
  };
}

export const statusWord: Record<AdGoalStatus, string> = {
  pending: 'is pending',
  inProgress: 'is in progress',
  achieved: 'achieved its target',
  exceeded: 'exceeded its target',
  missed: 'missed its target',
};
