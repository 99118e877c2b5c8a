/**
 * `npm run import-preview -- <file>... [--skip-invalid] [--mapping <json or file>]`
 *
 * Runs the import pipeline on CSV exports without storing anything and prints the preview JSON of
 * DESIGN.md "Contracts". Exit 0 when every file is valid; 2 when any has errors, when a file cannot be
 * read, or when no file is given (with a message on stderr for the last two).
 */
import {existsSync, readFileSync} from 'node:fs';
import {buildPreview, importFiles, parseMapping, type GenericMapping, type ImportInput, type ImportOptions} from '../import/index';

const USAGE = 'usage: npm run import-preview -- <file.csv>... [--skip-invalid] [--mapping <json | mapping.json>]';

function fail(message: string): never {
  process.stderr.write(`import-preview: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): {paths: string[]; options: ImportOptions} {
  const paths: string[] = [];
  const options: ImportOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--skip-invalid') options.skipInvalidRows = true;
    else if (arg === '--mapping') options.mapping = readMapping(argv[++i]);
    else if (arg === '--help' || arg === '-h') fail(USAGE);
    else if (arg.startsWith('--')) fail(`unknown option ${arg}\n${USAGE}`);
    else paths.push(arg);
  }
  if (!paths.length) fail(`no file given\n${USAGE}`);
  return {paths, options};
}

function readMapping(value: string | undefined): GenericMapping {
  if (!value) fail('--mapping needs a JSON object or a JSON file');
  const text = value.trim().startsWith('{') ? value : existsSync(value) ? readFileSync(value, 'utf8') : fail(`mapping file not found: ${value}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(`--mapping is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = parseMapping(json);
  return parsed.ok ? parsed.mapping : fail(`--mapping: ${parsed.error}`);
}

const {paths, options} = parseArgs(process.argv.slice(2));
const inputs: ImportInput[] = paths.map((path) => {
  if (!existsSync(path)) fail(`file not found: ${path}`);
  try {
    return {name: path, data: new Uint8Array(readFileSync(path))};
  } catch (error) {
    return fail(`cannot read ${path}: ${(error as Error).message}`);
  }
});
const preview = buildPreview(importFiles(inputs, options));
process.stdout.write(`${JSON.stringify(preview, null, 2)}\n`);
process.exitCode = preview.files.some((f) => f.errors.length > 0) ? 2 : 0;
