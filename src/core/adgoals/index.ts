/** Ad goals (SPEC §3): the engine, and the pure functions the goal editor and goals list call. */
export {createAdGoalEngine, type AdGoalEngine} from './engine';
export type {AdGoalsOutput, AdGoalResult, AdGoalPeriodOutput, AdGoalFiguresOutput} from './output';
export type {AdGoalSnapshot} from './state';
export type {AdGoalNotifyEffect, AdGoalNotificationType} from './notify';
export {buildPeriods, type Period} from './periods';
export {validateAdGoal, notificationTypesFor, isLifecycleTemplate, type AdGoalFieldError} from './validate';
export {periodTarget, goalTarget, campaignTargetsTable, applyTargetToRows, goalTargetsFromTable, type CampaignTargets} from './targets';
export {progressOf, finalStatus} from './status';
export {filterAdGoals, clearAllFilters, hasActiveFilters, type AdGoalFilters, type AdGoalListRow} from './filters';
export {editAdGoal, EDITABLE_FIELDS, requestDeleteAdGoals, resolveDeleteAdGoals, type EditResult, type DeleteRequest} from './manage';
export {campaignView, MAX_CAMPAIGN_DAYS, type CampaignView, type CampaignDay, type CampaignQuery} from './campaign';
export {creatorOf, validatePeople, goalTeam, type People, type Person, type Team, type PeopleError} from './people';
