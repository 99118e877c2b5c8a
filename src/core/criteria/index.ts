export {validateCriteria, type KnownRefs, type ValidationResult} from './validate';
export {compileCriteria, compileCached, type CompiledCriteria, type EvalEnv, type Test} from './compile';
export {describeCriterion} from './describe';
export {criteriaDeps, emptyDeps, DependencyIndex, type CriteriaDeps, type FactKind} from './deps';
export {
  EMPTY_FACTS,
  eventFields,
  newFacts,
  recordEvent,
  timestampsFor,
  whereKey,
  type ContactFacts,
  type EventFields,
  type EventLog,
} from './facts';
export {CONTACT_EVENT_FIELDS, isContactEventType, DAY_MS, type ContactEventType} from './vocabulary';
