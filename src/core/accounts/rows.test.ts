import {describe, expect, test} from 'vitest';
import {ev, engineFor, t, world} from './test-world';

const w = (gdprMode = false) =>
  world({
    gdprMode,
    users: [{id: 'u1'}],
    companies: [{id: 'co1', targetAccount: true}, {id: 'co2', targetAccount: true}],
    contacts: [
      {id: 'c1', companyIds: ['co1']},
      {id: 'c2', companyIds: ['co2', 'co1']},
      {id: 'c3', companyIds: ['co1'], lawfulBasis: false},
    ],
  });
const row = (events: Parameters<typeof engineFor>[1], gdpr = false, now = '2026-03-31T00:00:00Z') =>
  engineFor(w(gdpr), events, t(now)).output().targetAccounts.rows.co1;

describe('table columns', () => {
  test('TA-13 Contacts counts every associated contact, primary or not', () => {
    expect(row([]).contacts).toBe(3);
  });
  test('TA-16 Last touch is the latest 1:1 email, call or meeting with any associated contact', () => {
    const r = row([
      ev('2026-03-01T10:00:00Z', {type: 'emailSent', contactId: 'c1', userId: 'u1'}),
      ev('2026-03-02T10:00:00Z', {type: 'callLogged', contactId: 'c2', userId: 'u1', outcome: 'noAnswer'}),
      ev('2026-03-05T10:00:00Z', {type: 'noteLogged', contactId: 'c1', userId: 'u1'}),
      ev('2026-03-06T10:00:00Z', {type: 'formSubmitted', contactId: 'c1', formId: 'f'}),
    ]);
    expect(r.lastTouch).toBe('2026-03-02T10:00:00Z');
  });
  test('TA-16 Last touch is empty when no user-initiated activity exists', () => {
    expect(row([ev('2026-03-06T10:00:00Z', {type: 'pageViewed', contactId: 'c1'})]).lastTouch).toBeNull();
  });
  test('TA-16 a meeting scheduled by a user counts as a touch when it was scheduled', () => {
    const r = row([ev('2026-03-03T10:00:00Z', {type: 'meetingScheduled', contactId: 'c1', userId: 'u1', startsAt: t('2026-04-02T09:00:00Z')})]);
    expect(r.lastTouch).toBe('2026-03-03T10:00:00Z');
  });
  test('TA-17 Last engagement is the latest form, document view or page view; marketing email opens do not count', () => {
    const r = row([
      ev('2026-03-01T10:00:00Z', {type: 'formSubmitted', contactId: 'c1', formId: 'demo'}),
      ev('2026-03-04T10:00:00Z', {type: 'documentViewed', contactId: 'c2'}),
      ev('2026-03-09T10:00:00Z', {type: 'emailOpened', contactId: 'c1', emailId: 'm'}),
    ]);
    expect(r.lastEngagement).toBe('2026-03-04T10:00:00Z');
  });
  test('TA-18 with GDPR mode on, a contact without lawful basis does not count for Last engagement', () => {
    const events = () => [
      ev('2026-03-01T10:00:00Z', {type: 'pageViewed', contactId: 'c1'}),
      ev('2026-03-08T10:00:00Z', {type: 'pageViewed', contactId: 'c3'}),
    ];
    expect(row(events(), true).lastEngagement).toBe('2026-03-01T10:00:00Z');
    expect(row(events(), false).lastEngagement).toBe('2026-03-08T10:00:00Z');
  });
  test('TA-18 granting lawful basis later brings that contact\'s engagement back', () => {
    const r = row(
      [
        ev('2026-03-08T10:00:00Z', {type: 'pageViewed', contactId: 'c3'}),
        ev('2026-03-09T10:00:00Z', {type: 'recordUpserted', record: {kind: 'contact', id: 'c3', lawfulBasis: true}}),
      ],
      true,
    );
    expect(r.lastEngagement).toBe('2026-03-08T10:00:00Z');
  });
  test('TA-19 Upcoming is the earliest future meeting or open task due, relative to the clock', () => {
    const events = [
      ev('2026-03-01T10:00:00Z', {type: 'meetingScheduled', contactId: 'c1', userId: 'u1', startsAt: t('2026-04-05T09:00:00Z')}),
      ev('2026-03-01T11:00:00Z', {type: 'taskCreated', taskId: 't1', companyId: 'co1', due: t('2026-04-02T09:00:00Z')}),
      ev('2026-03-01T12:00:00Z', {type: 'meetingBooked', contactId: 'c2', startsAt: t('2026-03-20T09:00:00Z')}),
    ];
    expect(row(events).upcoming).toBe('2026-04-02T09:00:00Z'); // the 20 March meeting is past at now
    expect(row(events, false, '2026-03-10T00:00:00Z').upcoming).toBe('2026-03-20T09:00:00Z');
    expect(row(events, false, '2026-04-03T00:00:00Z').upcoming).toBe('2026-04-05T09:00:00Z');
    expect(row(events, false, '2026-04-06T00:00:00Z').upcoming).toBeNull();
  });
  test('TA-19 a completed task is no longer upcoming', () => {
    const r = row([
      ev('2026-03-01T11:00:00Z', {type: 'taskCreated', taskId: 't1', contactId: 'c1', due: t('2026-04-02T09:00:00Z')}),
      ev('2026-03-02T11:00:00Z', {type: 'taskCompleted', taskId: 't1'}),
    ]);
    expect(r.upcoming).toBeNull();
  });
  test('TA-19 a task logged directly on the company counts too (open point: default company activities count)', () => {
    const r = row([ev('2026-03-01T11:00:00Z', {type: 'taskCreated', taskId: 't1', companyId: 'co1', due: t('2026-04-01T09:00:00Z')})]);
    expect(r.upcoming).toBe('2026-04-01T09:00:00Z');
  });
});
