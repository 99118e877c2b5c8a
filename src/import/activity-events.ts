/**
 * Imported activities → scenario events, where an event exists for them:
 * call → callLogged, meeting → meetingScheduled, email → emailSent (a 1:1 email by the rep),
 * note → noteLogged, task → taskCreated. Event ids are the activity's namespaced id, so importing the
 * same export again yields the same ids, which the event log ignores.
 * A call without an outcome (Pipedrive has none) is logged as noAnswer: see below.
 * An activity with several contacts is logged against the first one (the primary in every export we
 * read); events that need a contact are skipped, with a warning, when the activity names none.
 */
import type {Id, ScenarioEvent} from '../core/model';
import type {RawActivity} from './types';

export function activityEvent(activity: RawActivity, contactId: Id | undefined, companyId: Id | undefined, namespace: string): ScenarioEvent | string {
  const {id, at} = activity;
  const userId = `${namespace}:user:${activity.owner ?? 'unassigned'}`;
  switch (activity.kind) {
    case 'call':
      if (!contactId) return 'call names no contact; skipped';
      // LA-4 and TA-16/TA-23 count any logged call, so a call without a (readable) outcome is kept; it
      // is logged as noAnswer because only a known "Connected" may move a lead on (LA-5).
      return {type: 'callLogged', id, at, contactId, userId, outcome: activity.outcome ?? 'noAnswer'};
    case 'meeting':
      if (!contactId) return 'meeting names no contact; skipped';
      return {type: 'meetingScheduled', id, at, contactId, userId, startsAt: at};
    case 'email':
      if (!contactId) return 'email names no contact; skipped';
      return {type: 'emailSent', id, at, contactId, userId};
    case 'note':
      return {type: 'noteLogged', id, at, userId, ...(contactId ? {contactId} : {}), ...(companyId ? {companyId} : {})};
    case 'task':
      return {
        type: 'taskCreated',
        id,
        at,
        taskId: id.replace(':activity:', ':task:'),
        due: at,
        userId,
        ...(contactId ? {contactId} : {}),
        ...(companyId ? {companyId} : {}),
      };
  }
}
