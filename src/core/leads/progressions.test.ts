import {describe, expect, test} from 'vitest';
import type {LeadStage, ScenarioEvent} from '../model';
import {activitySignals, planMove} from './progressions';
import {resolveLeadSettings} from './settings';
import {at} from './test-world';

const defaults = resolveLeadSettings(undefined);
const base = {id: 'e1', at: at(0), contactId: 'c1'};
const emailSent = {...base, type: 'emailSent', userId: 'u1'} as const;
const linkedin = {...base, type: 'linkedinMessageSent', userId: 'u1'} as const;
const meetingScheduled = {...base, type: 'meetingScheduled', userId: 'u1', startsAt: at(24)} as const;
const callNoAnswer = {...base, type: 'callLogged', userId: 'u1', outcome: 'noAnswer'} as const;
const callConnected = {...base, type: 'callLogged', userId: 'u1', outcome: 'connected'} as const;
const replied = {...base, type: 'emailReplied'} as const;
const booked = {...base, type: 'meetingBooked', startsAt: at(24)} as const;

const moveFor = (event: ScenarioEvent, stage: LeadStage, settings = defaults) => {
  const signals = activitySignals(event);
  return signals && planMove(stage, signals, settings);
};

describe('progressions', () => {
  test.each([
    ['LA-4 an email sent moves a New lead to Attempting', emailSent],
    ['LA-4 a LinkedIn message moves a New lead to Attempting', linkedin],
    ['LA-4 a scheduled meeting moves a New lead to Attempting', meetingScheduled],
    ['LA-4 a call logged with any outcome moves a New lead to Attempting', callNoAnswer],
  ] as const)('%s', (_name, event) => {
    expect(moveFor(event, 'new')).toMatchObject({rule: 'LA-4', to: 'attempting'});
  });

  test.each([
    ['LA-5 an email reply moves an Attempting lead to Connected', replied, 'attempting'],
    ['LA-5 a booked meeting moves a New lead to Connected (open point: default from {New, Attempting})', booked, 'new'],
    ['LA-5 a call logged Connected moves an Attempting lead to Connected', callConnected, 'attempting'],
  ] as const)('%s', (_name, event, stage) => {
    expect(moveFor(event, stage)).toMatchObject({rule: 'LA-5', to: 'connected'});
  });

  test('LA-4/LA-5 a call logged Connected on a New lead goes to Connected (open point: default the later to-stage wins)', () => {
    expect(moveFor(callConnected, 'new')).toEqual({rule: 'LA-5', to: 'connected', trigger: 'callConnected', alsoQualified: 'LA-4'});
  });

  test('LA-6 an outreach event leaves a lead outside the from-stage where it is', () => {
    expect(moveFor(emailSent, 'attempting')).toBeNull();
    expect(moveFor(emailSent, 'connected')).toBeNull();
  });

  test('LA-6 an event that is not selected moves nothing', () => {
    const settings = resolveLeadSettings({moveOnOutreach: {enabled: true, from: ['new'], to: 'attempting', events: ['emailSent']}});
    expect(moveFor(callNoAnswer, 'new', settings)).toBeNull();
    expect(moveFor(emailSent, 'new', settings)).toMatchObject({to: 'attempting'});
  });

  test('LA-11 a progression switched off has no effect', () => {
    const settings = resolveLeadSettings({moveOnResponse: {enabled: false, from: ['new', 'attempting'], to: 'connected', events: ['emailReplied']}});
    expect(moveFor(replied, 'attempting', settings)).toBeNull();
    // The outreach half of a connected call still applies.
    expect(moveFor(callConnected, 'new', settings)).toMatchObject({rule: 'LA-4', to: 'attempting'});
  });

  test('LA-12 an edited to-stage is used, and a lead only ever moves forward', () => {
    const settings = resolveLeadSettings({moveOnOutreach: {enabled: true, from: ['new', 'qualified'], to: 'connected', events: ['emailSent']}});
    expect(moveFor(emailSent, 'new', settings)).toMatchObject({to: 'connected'});
    expect(moveFor(emailSent, 'qualified', settings)).toBeNull();
  });

  test('LA-4 events that are not lead activity signal nothing', () => {
    expect(activitySignals({...base, type: 'pageViewed'})).toBeNull();
  });
});
