/**
 * Activity events → rollup deltas. One activity touches its contact's summary and the rollups of that
 * contact's companies (plus the company it names directly): O(companies of the contact), whatever the
 * size of the history.
 */
import type {EventType, Id, Instant, ScenarioEvent} from '../model';
import {ensureCompany, ensureContact, type Touch} from './records';
import {countsEngagement, rollupOf} from './rollup';
import {insertScheduled, later, removeScheduled} from './summary';
import {ACTIVITY_TYPES, type AccountState, type ActivityRecord, type ActivitySummary, type ActivityType} from './state';

/**
 * TA-16 "user-initiated": a 1:1 email sent by a user, a call, a meeting scheduled by a user. Decision: the
 * SPEC list is followed literally, so notes, tasks and LinkedIn messages are not touches, and a meeting
 * counts at the moment it was scheduled/logged (event time), not at its start time.
 */
export const TOUCH_TYPES: ReadonlySet<EventType> = new Set<EventType>(['emailSent', 'callLogged', 'meetingScheduled']);
/** TA-17 "contact-initiated": form submission, document view, website visit (marketing email opens are not). */
export const ENGAGEMENT_TYPES: ReadonlySet<EventType> = new Set<EventType>(['formSubmitted', 'documentViewed', 'pageViewed']);

type ActivityEvent = Extract<ScenarioEvent, {type: ActivityType}>;
const isActivity = (event: ScenarioEvent): event is ActivityEvent => (ACTIVITY_TYPES as readonly string[]).includes(event.type);

/** Returns false for event types that are not account activity. */
export function applyActivity(state: AccountState, event: ScenarioEvent, touch: Touch): boolean {
  if (event.type === 'taskCompleted') {
    completeTask(state, event.taskId, touch);
    return true;
  }
  if (!isActivity(event)) return false;
  const record = activityRecord(event)!;
  if (!record.contactId && !record.companyId) {
    throw new Error(`event "${event.id}" (${event.type}): needs a contactId or a companyId`);
  }
  if (event.type === 'taskCreated') {
    const old = state.tasks.get(event.taskId);
    if (old?.open) completeTask(state, event.taskId, touch); // re-captured task: replace, don't double count
    state.tasks.set(event.taskId, {id: event.taskId, contactId: record.contactId, companyId: record.companyId, due: record.due, open: true});
  }
  if (record.contactId) {
    const contact = ensureContact(state, record.contactId);
    bump(state.contactActivity.get(contact.id)!, record, true, state.clock);
    const engagement = countsEngagement(state, contact.id);
    contact.companyIds.forEach((companyId, i) => {
      if (contact.companyIds.indexOf(companyId) !== i) return; // listed twice: count once
      touch(companyId);
      bump(rollupOf(state, companyId), record, engagement, state.clock);
    });
  }
  if (record.companyId) {
    ensureCompany(state, record.companyId);
    touch(record.companyId);
    const rollup = rollupOf(state, record.companyId);
    bump(rollup.direct, record, true, state.clock);
    bump(rollup, record, true, state.clock);
  }
  return true;
}

function bump(summary: ActivitySummary, record: ActivityRecord, engagement: boolean, clock: Instant): void {
  if (TOUCH_TYPES.has(record.type)) summary.lastTouch = later(summary.lastTouch, record.at);
  if (engagement && ENGAGEMENT_TYPES.has(record.type)) summary.lastEngagement = later(summary.lastEngagement, record.at);
  if (record.type === 'callLogged') summary.calls++;
  if (record.type === 'meetingScheduled' || record.type === 'meetingBooked') {
    summary.meetings++;
    if (record.startsAt !== undefined) insertScheduled(summary.scheduled, {at: record.startsAt, key: `meeting:${record.id}`}, clock);
  }
  if (record.type === 'taskCreated') {
    summary.openTasks++;
    if (record.due !== undefined) insertScheduled(summary.scheduled, {at: record.due, key: `task:${record.taskId}`}, clock);
  }
}

function completeTask(state: AccountState, taskId: Id, touch: Touch): void {
  const task = state.tasks.get(taskId);
  if (!task?.open) return; // unknown or already completed: nothing to undo
  task.open = false;
  const key = `task:${taskId}`;
  const undo = (summary: ActivitySummary) => {
    summary.openTasks--;
    removeScheduled(summary.scheduled, key);
  };
  if (task.contactId) {
    const contact = state.contacts.get(task.contactId);
    undo(state.contactActivity.get(task.contactId)!);
    for (const companyId of new Set(contact?.companyIds ?? [])) {
      touch(companyId);
      undo(rollupOf(state, companyId));
    }
  }
  if (task.companyId) {
    touch(task.companyId);
    const rollup = rollupOf(state, task.companyId);
    undo(rollup.direct);
    undo(rollup);
  }
}

/** The account-activity view of an event, or undefined for events that are not account activity. */
export function activityRecord(event: ScenarioEvent): ActivityRecord | undefined {
  if (!isActivity(event)) return undefined;
  const record: ActivityRecord = {id: event.id, type: event.type, at: event.at};
  if ('contactId' in event && event.contactId) record.contactId = event.contactId;
  if ('companyId' in event && event.companyId) record.companyId = event.companyId;
  if ('userId' in event && event.userId) record.userId = event.userId;
  if ('startsAt' in event) record.startsAt = event.startsAt;
  if ('due' in event && event.due !== undefined) record.due = event.due;
  if ('taskId' in event) record.taskId = event.taskId;
  if ('url' in event && event.url !== undefined) record.url = event.url;
  if ('outcome' in event) record.outcome = event.outcome;
  return record;
}
