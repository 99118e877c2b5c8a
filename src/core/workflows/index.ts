export {createWorkflowEngine, WorkflowEngine} from './engine';
export {goalWarnings, goalMetFilter, workflowGoalError, type GoalWarning} from './guidance';
export {conversionRate, hasMarketingEmail} from './enrollment';
export {weeklySeries} from './output';
export type * from './types';
