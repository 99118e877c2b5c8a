import {describe, expect, test} from 'vitest';
import {resolveLeadSettings} from './settings';

describe('lead automation settings', () => {
  test('LA-3 without settings both progressions are on with their defaults (open point: default from-stages)', () => {
    const s = resolveLeadSettings(undefined);
    expect(s.moveOnOutreach).toEqual({enabled: true, from: ['new'], to: 'attempting', events: ['emailSent', 'linkedinMessageSent', 'callLogged', 'meetingScheduled']});
    expect(s.moveOnResponse).toEqual({enabled: true, from: ['new', 'attempting'], to: 'connected', events: ['emailReplied', 'meetingBooked', 'callConnected']});
    expect(s.createOnLifecycle.enabled).toBe(false);
    expect(s.followUp.enabled).toBe(false);
  });

  test('LA-12 a progression given in part keeps the defaults for what is left out', () => {
    const s = resolveLeadSettings({moveOnResponse: {to: 'qualified'} as never});
    expect(s.moveOnResponse).toEqual({enabled: true, from: ['new', 'attempting'], to: 'qualified', events: ['emailReplied', 'meetingBooked', 'callConnected']});
  });

  test('LA-11 create-on-lifecycle is on only with a stage selected and not switched off', () => {
    expect(resolveLeadSettings({createOnLifecycleStages: ['customer']}).createOnLifecycle.enabled).toBe(true);
    expect(resolveLeadSettings({createOnLifecycleStages: []}).createOnLifecycle.enabled).toBe(false);
    expect(resolveLeadSettings({createOnLifecycleStages: ['customer'], createOnLifecycleEnabled: false}).createOnLifecycle.enabled).toBe(false);
  });

  test.each([
    [{moveOnOutreach: {to: 'won'}}, 'leadAutomation.moveOnOutreach.to: unknown lead stage "won"'],
    [{moveOnOutreach: {from: ['new', 'x']}}, 'leadAutomation.moveOnOutreach.from[1]: unknown lead stage "x"'],
    [{moveOnResponse: {events: ['emailSent']}}, 'leadAutomation.moveOnResponse.events[0]: unknown event "emailSent"'],
    [{createOnLifecycleStages: ['prospect']}, 'leadAutomation.createOnLifecycleStages[0]: unknown lifecycle stage "prospect"'],
  ])('LA-12 bad settings are refused with the path of the problem (%#)', (raw, message) => {
    expect(() => resolveLeadSettings(raw as never)).toThrow(message);
  });
});
