/** Lead pipeline automation (SPEC.md §2, LA-1..16). */
export {createLeadEngine, REARM_EVENT_TYPE, type EngineResult, type LeadEngine} from './engine';
export {resolveLeadSettings, DEFAULT_MOVE_ON_OUTREACH, DEFAULT_MOVE_ON_RESPONSE, OUTREACH_EVENTS, RESPONSE_EVENTS, type ResolvedLeadSettings, type LeadAutomationInput} from './settings';
export {
  addStageAction,
  commentOnStageAction,
  deleteStageAction,
  editStageAction,
  parseStageActions,
  stageActionsAsWorkflowSteps,
  LeadSettingsError,
  STAGE_ACTION_TYPES,
  type DeleteMode,
  type StageAction,
  type StageActionComment,
  type StageActionSettings,
  type StageActionStep,
} from './stage-actions';
export {DEFAULT_PIPELINE_ID, stageIndex, isOpenStage} from './stages';
export {createdLeadId} from './creation';
export type {LeadCreatedBy, LeadLock, LeadOutput, LeadsOutput, LeadSnapshot, LeadState, StageChange} from './state';
