import {describe, expect, test} from 'vitest';
import type {ScenarioEvent} from '../model';
import {activityRecord} from './activities';
import {accountOverview as overviewOf} from './overview';
import type {AccountState} from './state';
import {ev, engineFor, t, world} from './test-world';

const events: ScenarioEvent[] = [
  ev('2026-03-01T10:00:00Z', {type: 'callLogged', contactId: 'c1', userId: 'u1', outcome: 'connected'}),
  ev('2026-03-02T10:00:00Z', {type: 'noteLogged', companyId: 'co1', userId: 'u2'}),
  ev('2026-03-03T10:00:00Z', {type: 'emailSent', contactId: 'c2', userId: 'u1'}),
  ev('2026-03-04T10:00:00Z', {type: 'pageViewed', contactId: 'c2', url: '/pricing'}),
  ev('2026-03-05T10:00:00Z', {type: 'emailSent', contactId: 'c3', userId: 'u2'}),
  ev('2026-03-05T11:00:00Z', {type: 'propertyChanged', contactId: 'c1', property: 'x', value: 1}),
];
/** The overview is handed every activity of the log (the background hands it the company's contacts' and its own). */
const accountOverview = (state: AccountState, companyId: string, limit?: number) =>
  overviewOf(state, companyId, events.flatMap((e) => activityRecord(e) ?? []), limit);

const e = () =>
  engineFor(
    world({
      users: [{id: 'u1'}, {id: 'u2'}],
      companies: [{id: 'co1', name: 'Acme', targetAccount: true}, {id: 'co2'}],
      contacts: [
        {id: 'c1', companyIds: ['co1']},
        {id: 'c2', companyIds: ['co2', 'co1']},
        {id: 'c3', companyIds: ['co2']},
      ],
      deals: [{id: 'd1', companyIds: ['co1'], amount: 5}],
    }),
    events,
  );

describe('account overview', () => {
  test('TA-32 lists the company\'s activities newest first, its deals and its page views', () => {
    const o = accountOverview(e().state, 'co1');
    expect(o.activities.map((a) => a.type)).toEqual(['pageViewed', 'emailSent', 'noteLogged', 'callLogged']);
    expect(o.deals.map((d) => d.id)).toEqual(['d1']);
    expect(o.pageViews).toEqual([expect.objectContaining({contactId: 'c2', url: '/pricing', at: t('2026-03-04T10:00:00Z')})]);
  });
  test('TA-33 internal stakeholders are the users who created or took part in its activities', () => {
    expect(accountOverview(e().state, 'co1').stakeholders).toEqual([
      {userId: 'u1', activities: 2, lastAt: t('2026-03-03T10:00:00Z')},
      {userId: 'u2', activities: 1, lastAt: t('2026-03-02T10:00:00Z')},
    ]);
  });
  test('TA-34 only primary contacts are listed, and the difference from the Contacts column is explained', () => {
    const o = accountOverview(e().state, 'co1');
    expect(o.primaryContacts).toEqual(['c1']);
    expect(o.associatedContacts).toBe(2);
    expect(o.contactNote).toBe('1 of the 2 associated contacts has another primary company, so it is counted in the Contacts column but not listed here.');
    expect(accountOverview(e().state, 'co2').contactNote).toBeNull();
  });
  test('TA-32 counts activities once even when handed twice, and only those of the company or its associated contacts', () => {
    const once = events.flatMap((e) => activityRecord(e) ?? []);
    const o = overviewOf(e().state, 'co1', [...once, ...once]);
    expect(o.activityCount).toBe(4);
    expect(o.activities.some((a) => a.contactId === 'c3')).toBe(false);
  });
  test('TA-31 the compact overview caps its lists; an unknown company is a clear error', () => {
    expect(accountOverview(e().state, 'co1', 2).activities).toHaveLength(2);
    expect(() => accountOverview(e().state, 'co9')).toThrow('accountOverview: unknown company "co9"');
  });
});
