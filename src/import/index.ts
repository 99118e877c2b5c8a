/** Public API of the import pipeline (see pipeline.ts for the flow, ad-keys.ts for idempotency). */
export {importFile, importFiles, type ImportInput} from './pipeline';
export {buildPreview, byCampaignMonth, crmTotals, type CampaignMonth, type CrmTotals, type PreviewFile} from './preview';
export {adMetricKey, adMetricsImportedEvent, mergeAdMetrics} from './ad-keys';
export {recordEvents} from './record-events';
export {shapeKey} from './shape';
export {parseMapping} from './mapping-schema';
export {detectEncoding, decodeText} from './encoding';
export {guessDelimiter} from './delimiter';
export {parseTable} from './table';
export {detectFormat, genericFormat} from './detect';
export {parseNumber} from './numbers';
export {parseDate, parseDateTime, detectDateOrder} from './dates';
export {resolveCrm} from './associations';
export {KNOWN_FORMATS} from './formats/index';
export type * from './types';
