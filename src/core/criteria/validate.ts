/**
 * Criteria validation at save/parse time (DESIGN.md "Engine": unknown operators or keys are an error
 * when saved, never a silent `false` at run time). The returned path names the bad node, e.g.
 * `workflows[0].goal.all[2].op`, so the parser can print `<path>: <message>`.
 */
import {COUNT_OPS, CRITERIA_OPS, type Criteria, type CountOp, type CriteriaOp, type PropertyValue} from '../model';
import {CONTACT_EVENT_FIELDS, isContactEventType} from './vocabulary';

export type ValidationResult = {ok: true; criteria: Criteria} | {ok: false; path: string; message: string};

/** Ids the criteria may reference; when given, a reference to anything else is an error. */
export interface KnownRefs {
  lists?: ReadonlySet<string>;
  workflows?: ReadonlySet<string>;
}

class Invalid extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

export function validateCriteria(node: unknown, path: string, refs: KnownRefs = {}): ValidationResult {
  try {
    return {ok: true, criteria: check(node, path, refs)};
  } catch (error) {
    if (error instanceof Invalid) return {ok: false, path: error.path, message: error.message};
    throw error;
  }
}

const SHAPES: Record<string, readonly string[]> = {
  all: ['all'],
  any: ['any'],
  not: ['not'],
  property: ['property', 'op', 'value'],
  event: ['event', 'where', 'count', 'withinDays'],
  listMember: ['listMember'],
  workflow: ['workflow', 'state'],
};

function check(node: unknown, path: string, refs: KnownRefs): Criteria {
  if (!isPlainObject(node)) throw new Invalid(path, `expected a criteria object, got ${describe(node)}`);
  const keys = Object.keys(node);
  const kind = keys.find((k) => k in SHAPES);
  if (kind === undefined) {
    throw new Invalid(path, `unknown criterion: expected one of ${Object.keys(SHAPES).join(', ')}; got keys ${quoteAll(keys)}`);
  }
  for (const key of keys) {
    if (!SHAPES[kind].includes(key)) throw new Invalid(`${path}.${key}`, `unknown key "${key}" in a "${kind}" criterion`);
  }
  switch (kind) {
    case 'all':
    case 'any': {
      const list = node[kind];
      if (!Array.isArray(list)) throw new Invalid(`${path}.${kind}`, `"${kind}" must be an array`);
      if (list.length === 0) throw new Invalid(`${path}.${kind}`, `"${kind}" must list at least one criterion`);
      const children = list.map((child, i) => check(child, `${path}.${kind}[${i}]`, refs));
      return kind === 'all' ? {all: children} : {any: children};
    }
    case 'not':
      return {not: check(node.not, `${path}.not`, refs)};
    case 'property':
      return checkProperty(node, path);
    case 'event':
      return checkEvent(node, path);
    case 'listMember': {
      const id = requireId(node.listMember, `${path}.listMember`);
      if (refs.lists && !refs.lists.has(id)) throw new Invalid(`${path}.listMember`, `unknown list "${id}"`);
      return {listMember: id};
    }
    default: {
      const id = requireId(node.workflow, `${path}.workflow`);
      if (refs.workflows && !refs.workflows.has(id)) throw new Invalid(`${path}.workflow`, `unknown workflow "${id}"`);
      if (node.state !== 'enrolled' && node.state !== 'goalMet') {
        throw new Invalid(`${path}.state`, `unknown workflow state ${describe(node.state)}; expected "enrolled" or "goalMet"`);
      }
      return {workflow: id, state: node.state};
    }
  }
}

function checkProperty(node: Record<string, unknown>, path: string): Criteria {
  const property = requireId(node.property, `${path}.property`);
  const op = node.op;
  if (typeof op !== 'string' || !(CRITERIA_OPS as readonly string[]).includes(op)) {
    throw new Invalid(`${path}.op`, `unknown operator ${describe(op)}; expected one of ${CRITERIA_OPS.join(', ')}`);
  }
  const valuePath = `${path}.value`;
  const value = node.value;
  switch (op as CriteriaOp) {
    case 'known':
    case 'unknown':
      if ('value' in node) throw new Invalid(valuePath, `operator "${op}" takes no value`);
      return {property, op: op as CriteriaOp};
    case 'in':
    case 'notIn':
      if (!Array.isArray(value) || value.length === 0) throw new Invalid(valuePath, `operator "${op}" needs a non-empty array`);
      value.forEach((v, i) => requireScalar(v, `${valuePath}[${i}]`));
      return {property, op: op as CriteriaOp, value: [...(value as PropertyValue[])]};
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      if (typeof value !== 'number' && typeof value !== 'string') {
        throw new Invalid(valuePath, `operator "${op}" needs a number or a date string, got ${describe(value)}`);
      }
      return {property, op: op as CriteriaOp, value};
    case 'contains':
      if (typeof value !== 'string' || value === '') throw new Invalid(valuePath, `operator "contains" needs a non-empty string`);
      return {property, op: 'contains', value};
    default:
      if (!('value' in node)) throw new Invalid(valuePath, `operator "${op}" needs a value`);
      return {property, op: op as CriteriaOp, value: requireScalar(value, valuePath)};
  }
}

function checkEvent(node: Record<string, unknown>, path: string): Criteria {
  const event = node.event;
  if (typeof event !== 'string' || !isContactEventType(event)) {
    throw new Invalid(`${path}.event`, `unknown event type ${describe(event)}; expected a contact event: ${Object.keys(CONTACT_EVENT_FIELDS).join(', ')}`);
  }
  const out: {event: typeof event; where?: Record<string, PropertyValue>; count?: {op: CountOp; value: number}; withinDays?: number} = {event};
  if (node.where !== undefined) {
    if (!isPlainObject(node.where)) throw new Invalid(`${path}.where`, `"where" must be an object of field values`);
    const fields: readonly string[] = CONTACT_EVENT_FIELDS[event];
    const where: Record<string, PropertyValue> = {};
    for (const [field, v] of Object.entries(node.where)) {
      if (!fields.includes(field)) {
        throw new Invalid(`${path}.where.${field}`, `event "${event}" has no field "${field}"; it has ${fields.join(', ') || 'none'}`);
      }
      where[field] = requireScalar(v, `${path}.where.${field}`);
    }
    out.where = where;
  }
  if (node.count !== undefined) {
    const count = node.count;
    if (!isPlainObject(count)) throw new Invalid(`${path}.count`, `"count" must be {op, value}`);
    for (const key of Object.keys(count)) {
      if (key !== 'op' && key !== 'value') throw new Invalid(`${path}.count.${key}`, `unknown key "${key}" in "count"`);
    }
    if (typeof count.op !== 'string' || !(COUNT_OPS as readonly string[]).includes(count.op)) {
      throw new Invalid(`${path}.count.op`, `unknown count operator ${describe(count.op)}; expected one of ${COUNT_OPS.join(', ')}`);
    }
    if (typeof count.value !== 'number' || !Number.isInteger(count.value) || count.value < 0) {
      throw new Invalid(`${path}.count.value`, `count value must be a whole number >= 0, got ${describe(count.value)}`);
    }
    out.count = {op: count.op as CountOp, value: count.value};
  }
  if (node.withinDays !== undefined) {
    const days = node.withinDays;
    if (typeof days !== 'number' || !Number.isFinite(days) || days <= 0) {
      throw new Invalid(`${path}.withinDays`, `"withinDays" must be a number of days > 0, got ${describe(days)}`);
    }
    out.withinDays = days;
  }
  return out;
}

function requireId(v: unknown, path: string): string {
  if (typeof v !== 'string' || v === '') throw new Invalid(path, `expected a non-empty string, got ${describe(v)}`);
  return v;
}

function requireScalar(v: unknown, path: string): PropertyValue {
  if (v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) return v;
  throw new Invalid(path, `expected a string, number, boolean or null, got ${describe(v)}`);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'object' && v !== null) return 'an object';
  return String(v);
}

const quoteAll = (keys: string[]) => (keys.length ? keys.map((k) => `"${k}"`).join(', ') : 'none');
