/**
 * LA-4..6: which progression an activity triggers for a lead in a given stage. Pure; the engine adds the
 * LA-1 pipeline check and the LA-7 lock, so it can explain a skipped move in the trail.
 */
import type {LeadOutreachEvent, LeadResponseEvent, LeadStage, Progression, ScenarioEvent} from '../model';
import type {ResolvedLeadSettings} from './settings';
import {isLaterStage, stageIndex} from './stages';

/** What an activity counts as: user outreach (LA-4), the lead's response (LA-5), or both. */
export interface ActivitySignals {
  outreach?: LeadOutreachEvent;
  response?: LeadResponseEvent;
}

// Shared per type: this runs for every activity event, so it allocates nothing.
const SIGNALS: Record<string, ActivitySignals> = {
  emailSent: {outreach: 'emailSent'},
  linkedinMessageSent: {outreach: 'linkedinMessageSent'},
  meetingScheduled: {outreach: 'meetingScheduled'},
  // LA-4 counts a logged call whatever its outcome; LA-5 only one with outcome Connected.
  callLogged: {outreach: 'callLogged'},
  callConnected: {outreach: 'callLogged', response: 'callConnected'},
  emailReplied: {response: 'emailReplied'},
  meetingBooked: {response: 'meetingBooked'},
};
for (const signals of Object.values(SIGNALS)) Object.freeze(signals);

/** Returns null for events that are not lead activity. */
export function activitySignals(event: ScenarioEvent): Readonly<ActivitySignals> | null {
  if (event.type === 'callLogged') return event.outcome === 'connected' ? SIGNALS.callConnected : SIGNALS.callLogged;
  return Object.hasOwn(SIGNALS, event.type) ? SIGNALS[event.type] : null;
}

export interface PlannedMove {
  rule: 'LA-4' | 'LA-5';
  to: LeadStage;
  /** The selected event that triggered it, e.g. "callConnected". */
  trigger: string;
  /** Set when the other progression qualified too but its to-stage was not later. */
  alsoQualified?: 'LA-4' | 'LA-5';
}

function qualifies<E extends string>(p: Progression<E>, event: E | undefined, stage: LeadStage): boolean {
  // LA-6: only a selected event, only from a from-stage; LA-11: off means no effect; and a lead only
  // ever moves forward, so a to-stage at or before the current one does nothing.
  return event !== undefined && p.enabled && p.events.includes(event) && p.from.includes(stage) && isLaterStage(p.to, stage);
}

export function planMove(stage: LeadStage, signals: ActivitySignals, settings: ResolvedLeadSettings): PlannedMove | null {
  const outreach = qualifies(settings.moveOnOutreach, signals.outreach, stage)
    ? ({rule: 'LA-4', to: settings.moveOnOutreach.to, trigger: signals.outreach as string} as const)
    : null;
  const response = qualifies(settings.moveOnResponse, signals.response, stage)
    ? ({rule: 'LA-5', to: settings.moveOnResponse.to, trigger: signals.response as string} as const)
    : null;
  if (outreach && response) {
    // Open point "one activity can qualify for both": default — apply the move whose to-stage is later
    // (on a tie, the response: it says more about the lead).
    return stageIndex(outreach.to) > stageIndex(response.to) ? {...outreach, alsoQualified: 'LA-5'} : {...response, alsoQualified: 'LA-4'};
  }
  return outreach ?? response;
}

const TRIGGER_TEXT: Record<string, string> = {
  emailSent: 'an email was sent',
  linkedinMessageSent: 'a LinkedIn message was sent',
  callLogged: 'a call was logged',
  meetingScheduled: 'a meeting was scheduled',
  emailReplied: 'the lead replied to an email',
  meetingBooked: 'the lead booked a meeting',
  callConnected: 'a call was logged with outcome Connected',
};

export function describeTrigger(trigger: string): string {
  return TRIGGER_TEXT[trigger] ?? trigger;
}
