/** Target accounts (SPEC §4): the engine and the pure read functions the UI uses. */
export {createAccountEngine, type AccountEngine, type AccountSnapshot} from './engine';
export {queryAccounts, SORT_KEYS, type AccountQuery, type AccountQueryResult, type SortKey} from './query';
export {recommendAccounts, prospectAccounts, type Recommendation, type Prospect, type Reason, type RecommendOptions} from './recommend';
export {accountContacts, accountOverview, type AccountOverview, type Stakeholder} from './overview';
export {CATEGORIES, CATEGORY_RULES, type Category} from './categories';
export {activityRecord, TOUCH_TYPES, ENGAGEMENT_TYPES} from './activities';
export type {AccountRow} from './row';
export type {AccountMetrics} from './metrics';
export type {AccountsOutput, OutputRow} from './output';
export type {AccountState, ActivityRecord} from './state';
