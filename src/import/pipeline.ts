/**
 * The import pipeline: bytes → encoding → text → table (papaparse) → header + format → columns →
 * validated rows → normalized records. Pure: no storage, no clock, no DOM, so it runs in Node (the CLI)
 * and in an extension page or web worker alike. The background commits what it returns.
 *
 * All or nothing per file: a file with any error yields its errors and no records, unless the caller
 * sets `skipInvalidRows`, which keeps the valid rows and drops the listed ones.
 */
import {mergeAdMetrics} from './ad-keys';
import {readAdRows} from './ad-rows';
import {resolveCrm} from './associations';
import {bindColumns, has} from './columns';
import {readCrmRows} from './crm-rows';
import {detectFormat} from './detect';
import {decodeText} from './encoding';
import type {FormatDef} from './formats/index';
import {dataRows} from './rows';
import {shapeKey} from './shape';
import {parseTable} from './table';
import type {CrmName, FileImport, ImportIssue, ImportOptions, ImportResult} from './types';

export interface ImportInput {
  /** File name as shown to the user; errors and previews refer to it. */
  name: string;
  data: Uint8Array | ArrayBuffer | string;
}

export function importFile(input: ImportInput, options: ImportOptions = {}): FileImport {
  const {text, encoding} = decodeText(input.data);
  const table = parseTable(text, options.onProgress);
  const {def, headerIndex} = detectFormat(table.rows, options);
  const headers = (table.rows[headerIndex] ?? []).map((h) => h.trim());
  const headerLine = table.rows.length ? table.lines[headerIndex] : 0;
  const result: FileImport = {
    file: input.name,
    format: def?.id ?? 'generic',
    kind: def?.kind ?? 'unknown',
    encoding,
    delimiter: table.delimiter,
    headerLine,
    headers,
    shapeKey: shapeKey(headers),
    rows: 0,
    errors: [...table.issues],
    warnings: [],
    adMetrics: [],
    campaignNames: {},
  };
  const binding = def ? bindColumns(def, table.rows[headerIndex]) : undefined;
  const {indexes, issues} = dataRows(table, headerIndex, def, binding);
  result.rows = indexes.length;
  result.errors.push(...issues);
  if (!def || !binding) {
    result.errors.push({
      line: headerLine,
      column: null,
      message: `no known export has these columns; map them to fields (file shape ${result.shapeKey})`,
    });
    return finish(result, options);
  }
  const missing = missingColumns(def, binding, headerLine);
  if (missing.length) {
    result.errors.push(...missing);
    return finish(result, options);
  }
  const decimal = options.decimalSeparator ?? (table.delimiter === ';' ? ',' : '.');
  if (def.kind === 'ad') {
    const ads = readAdRows({table, indexes, def, binding, decimal, defaultAccount: options.defaultAdAccount ?? 'default'});
    result.errors.push(...ads.issues);
    Object.assign(result, {adMetrics: ads.rows, campaignNames: ads.campaignNames, currency: ads.currency});
  } else {
    const crm: CrmName = def.crm ?? 'generic';
    const namespace = options.namespaces?.[crm] ?? `${crm === 'generic' ? 'custom' : crm}:import`;
    const read = readCrmRows({table, indexes, def, binding, decimal, namespace});
    result.errors.push(...read.issues);
    result.warnings.push(...read.warnings);
    result.crmRows = read.rows;
  }
  return finish(result, options);
}

function missingColumns(def: FormatDef, binding: ReturnType<typeof bindColumns>, line: number): ImportIssue[] {
  return def.required
    .filter(({field}) => !has(binding, field))
    .map(({field, hint}) => {
      const name = def.columns[field]?.find((p): p is string => typeof p === 'string') ?? field;
      const label = name.charAt(0).toUpperCase() + name.slice(1);
      return {line, column: label, message: `missing column "${label}"${hint ? `: ${hint}` : ''}`};
    });
}

function finish(result: FileImport, options: ImportOptions): FileImport {
  result.errors.sort((a, b) => a.line - b.line);
  if (result.errors.length && !options.skipInvalidRows) {
    result.adMetrics = [];
    result.campaignNames = {};
    if (result.crmRows) result.crmRows = {...result.crmRows, companies: [], contacts: [], deals: [], activities: []};
  }
  return result;
}

/** Several files imported together: CRM associations resolve across them; ad rows merge by key. */
export function importFiles(inputs: readonly ImportInput[], options: ImportOptions = {}): ImportResult {
  const files = inputs.map((input) => importFile(input, options));
  const crm = resolveCrm(files.flatMap((f) => (f.crmRows ? [{file: f.file, rows: f.crmRows}] : [])));
  return {files, adMetrics: mergeAdMetrics(...files.map((f) => f.adMetrics)), crm};
}
