/** Public API of the data-driven custom CRM adapter. */
export {validateCustomCrm, type DescriptionError, type ValidationResult} from './validate';
export {createCustomAdapter, type CustomAdapterOptions} from './adapter';
export {testSelectors, type SelectorCount, type SelectorTest} from './test-selectors';
export {CustomCrmSchema, type CustomCrm, type ReadSpec, type RecordSpec, type ListSpec} from './schema';
