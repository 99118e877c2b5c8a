/**
 * LA-3, LA-6, LA-11, LA-12: the four templated automations' settings with their defaults filled, read from
 * `world.leadAutomation` (absent → defaults). Validated here too, since the options page saves settings
 * without going through the scenario parser.
 */
import {
  LIFECYCLE_STAGES,
  type LeadAutomationSettings,
  type LeadOutreachEvent,
  type LeadResponseEvent,
  type LifecycleStage,
  type Progression,
} from '../model';
import {allActions, LeadSettingsError, parseStageActions, type StageActionSettings} from './stage-actions';
import {isLeadStage} from './stages';

export const OUTREACH_EVENTS = ['emailSent', 'linkedinMessageSent', 'callLogged', 'meetingScheduled'] as const satisfies readonly LeadOutreachEvent[];
export const RESPONSE_EVENTS = ['emailReplied', 'meetingBooked', 'callConnected'] as const satisfies readonly LeadResponseEvent[];

// Open point "default from-stages are not given": a set is allowed; Attempting from {New}, Connected from
// {New, Attempting}, every event selected.
export const DEFAULT_MOVE_ON_OUTREACH: Progression<LeadOutreachEvent> = {enabled: true, from: ['new'], to: 'attempting', events: [...OUTREACH_EVENTS]};
export const DEFAULT_MOVE_ON_RESPONSE: Progression<LeadResponseEvent> = {enabled: true, from: ['new', 'attempting'], to: 'connected', events: [...RESPONSE_EVENTS]};

export interface ResolvedLeadSettings {
  /** LA-8/LA-11: on when not switched off and at least one lifecycle stage is selected. */
  createOnLifecycle: {enabled: boolean; stages: ReadonlySet<LifecycleStage>};
  /** LA-10: off by default. */
  followUp: {enabled: boolean; reasons: ReadonlySet<string>; leadType?: string};
  moveOnOutreach: Progression<LeadOutreachEvent>;
  moveOnResponse: Progression<LeadResponseEvent>;
  /** LA-13 (see stage-actions.ts for the format). */
  stageActions: StageActionSettings;
  /** Some stage has a branch: the engine then keeps the contact facts its criteria read. */
  usesFacts: boolean;
}

/** What `world.leadAutomation` may carry beyond the model's type (passed through by the parser). */
export type LeadAutomationInput = Partial<LeadAutomationSettings> & {stageActions?: unknown};

function progression<E extends string>(
  raw: Partial<Progression<E>> | undefined,
  defaults: Progression<E>,
  allowed: readonly E[],
  path: string,
): Progression<E> {
  if (raw === undefined) return defaults;
  const from = raw.from ?? defaults.from;
  if (!Array.isArray(from)) throw new LeadSettingsError(`${path}.from`, 'must be an array of lead stages');
  from.forEach((stage, i) => {
    if (!isLeadStage(stage)) throw new LeadSettingsError(`${path}.from[${i}]`, `unknown lead stage ${JSON.stringify(stage)}`);
  });
  const to = raw.to ?? defaults.to;
  if (!isLeadStage(to)) throw new LeadSettingsError(`${path}.to`, `unknown lead stage ${JSON.stringify(to)}`);
  const events = raw.events ?? defaults.events;
  if (!Array.isArray(events)) throw new LeadSettingsError(`${path}.events`, 'must be an array of events');
  events.forEach((event, i) => {
    if (!allowed.includes(event)) throw new LeadSettingsError(`${path}.events[${i}]`, `unknown event ${JSON.stringify(event)} (expected one of: ${allowed.join(', ')})`);
  });
  return {enabled: raw.enabled ?? defaults.enabled, from: [...from], to, events: [...events]};
}

export function resolveLeadSettings(raw: LeadAutomationInput | undefined, path = 'leadAutomation'): ResolvedLeadSettings {
  const input = raw ?? {};
  const stages = input.createOnLifecycleStages ?? [];
  if (!Array.isArray(stages)) throw new LeadSettingsError(`${path}.createOnLifecycleStages`, 'must be an array of lifecycle stages');
  stages.forEach((stage, i) => {
    if (!LIFECYCLE_STAGES.includes(stage)) throw new LeadSettingsError(`${path}.createOnLifecycleStages[${i}]`, `unknown lifecycle stage ${JSON.stringify(stage)}`);
  });
  const followUp = input.followUp;
  const reasons = followUp?.reasons ?? [];
  if (!Array.isArray(reasons)) throw new LeadSettingsError(`${path}.followUp.reasons`, 'must be an array of reasons');
  const stageActions = parseStageActions(input.stageActions, `${path}.stageActions`);
  return {
    createOnLifecycle: {enabled: input.createOnLifecycleEnabled !== false && stages.length > 0, stages: new Set(stages)},
    followUp: {enabled: followUp?.enabled === true, reasons: new Set(reasons), leadType: followUp?.leadType},
    moveOnOutreach: progression(input.moveOnOutreach, DEFAULT_MOVE_ON_OUTREACH, OUTREACH_EVENTS, `${path}.moveOnOutreach`),
    moveOnResponse: progression(input.moveOnResponse, DEFAULT_MOVE_ON_RESPONSE, RESPONSE_EVENTS, `${path}.moveOnResponse`),
    stageActions,
    usesFacts: Object.values(stageActions).some((list) => allActions(list ?? []).some((a) => a.type === 'branch')),
  };
}
