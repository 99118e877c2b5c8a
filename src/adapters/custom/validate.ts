/**
 * validateCustomCrm: user JSON in, a description or a list of errors out. Each error names the field
 * path ("records.company.urlPattern") and says what is wrong, so the options page can point at it.
 */
import * as v from 'valibot';
import {CustomCrmSchema, type CustomCrm} from './schema';

export interface DescriptionError {
  path: string;
  message: string;
}

export type ValidationResult = {ok: true; value: CustomCrm} | {ok: false; errors: DescriptionError[]};

export function validateCustomCrm(json: unknown): ValidationResult {
  const result = v.safeParse(CustomCrmSchema, json);
  if (result.success) return {ok: true, value: result.output};
  const errors: DescriptionError[] = [];
  for (const issue of result.issues) collect(issue, errors);
  // One message per path and text: union branches can report the same problem twice.
  const seen = new Set<string>();
  return {ok: false, errors: errors.filter((e) => !seen.has(`${e.path}|${e.message}`) && !!seen.add(`${e.path}|${e.message}`)).slice(0, 50)};
}

/**
 * A union's own issue ("must be a selector string or an object") is vague when the input clearly
 * chose a branch: an object with a bad key is reported at that key instead.
 */
function collect(issue: v.BaseIssue<unknown>, out: DescriptionError[], prefix: string[] = []): void {
  const path = [...prefix, ...relativeKeys(issue, prefix)];
  if (issue.type === 'union' && issue.issues?.length) {
    const wantObject = typeof issue.input === 'object' && issue.input !== null;
    const branch = issue.issues.filter((sub) => (sub.type === 'string' || sub.type === 'array') !== wantObject);
    if (branch.length) {
      for (const sub of branch) collect(sub, out, path);
      return;
    }
  }
  out.push({path: path.join('.') || '(description)', message: messageOf(issue)});
}

/** Issue path keys below `prefix` (nested union issues may carry full or relative paths). */
function relativeKeys(issue: v.BaseIssue<unknown>, prefix: string[]): string[] {
  const keys = (issue.path ?? []).map((item) => String(item.key));
  const full = prefix.length > 0 && keys.length >= prefix.length && prefix.every((k, i) => keys[i] === k);
  return full ? keys.slice(prefix.length) : keys;
}

function messageOf(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a known field';
  if (issue.expected && issue.message.startsWith('Invalid')) {
    if (issue.received === 'undefined') return 'is required';
    return `must be ${issue.expected === 'Object' ? 'an object' : issue.expected === 'Array' ? 'a list' : issue.expected}`;
  }
  return issue.message;
}
