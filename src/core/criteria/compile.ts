/**
 * Criteria compiled once into closures over per-contact facts (DESIGN.md "Engine"), plus an explainer
 * that names the leaves that made a criterion true, for the trail's `criterion` text.
 *
 * Compiled closures are never stored in snapshots: engines cache them beside state, keyed by the
 * criteria object (see `compileCached`).
 */
import type {CountOp, Criteria, PropertyCondition, PropertyValue} from '../model';
import {describeCriterion} from './describe';
import {type ContactFacts, timestampsFor, whereKey} from './facts';
import {countBetween} from './sorted';
import {DAY_MS} from './vocabulary';

/** What a criterion needs besides the contact's own facts. */
export interface EvalEnv {
  now: number;
  lists: ReadonlyMap<string, ReadonlySet<string>>;
  /** WG-19/21: `enrolled` = ever enrolled (open point default), `goalMet` = counted in the conversion. */
  workflowState(workflowId: string, state: 'enrolled' | 'goalMet', contactId: string): boolean;
}

export type Test = (facts: ContactFacts, contactId: string, env: EvalEnv) => boolean;

export interface CompiledCriteria {
  readonly source: Criteria;
  test: Test;
  /** The leaves that make it true right now (criterion text), or null when it is false. */
  explain(facts: ContactFacts, contactId: string, env: EvalEnv): string[] | null;
}

export function compileCriteria(c: Criteria): CompiledCriteria {
  const test = compileTest(c);
  const why = compileExplain(c);
  return {source: c, test, explain: why};
}

const cache = new WeakMap<Criteria, CompiledCriteria>();
/** Compile each criteria object once; the same object (e.g. a workflow's goal) reuses its closures. */
export function compileCached(c: Criteria): CompiledCriteria {
  let hit = cache.get(c);
  if (!hit) {
    hit = compileCriteria(c);
    cache.set(c, hit);
  }
  return hit;
}

type Explain = (f: ContactFacts, id: string, env: EvalEnv) => string[] | null;

/** Like compileTest, but returns the criterion text of the leaves that decided (texts built once). */
function compileExplain(c: Criteria): Explain {
  if ('all' in c) {
    const parts = c.all.map(compileExplain);
    return (f, id, env) => {
      const out: string[] = [];
      for (const part of parts) {
        const why = part(f, id, env);
        if (why === null) return null;
        for (const w of why) out.push(w);
      }
      return out;
    };
  }
  if ('any' in c) {
    const parts = c.any.map(compileExplain);
    return (f, id, env) => {
      for (const part of parts) {
        const why = part(f, id, env);
        if (why !== null) return why;
      }
      return null;
    };
  }
  // A `not` or a leaf: its own text, when true.
  const test = compileTest(c);
  const text = [describeCriterion(c)];
  return (f, id, env) => (test(f, id, env) ? text : null);
}

function compileTest(c: Criteria): Test {
  if ('all' in c) {
    const parts = c.all.map(compileTest);
    if (parts.length === 1) return parts[0];
    return (f, id, env) => {
      for (let i = 0; i < parts.length; i++) if (!parts[i](f, id, env)) return false;
      return true;
    };
  }
  if ('any' in c) {
    const parts = c.any.map(compileTest);
    if (parts.length === 1) return parts[0];
    return (f, id, env) => {
      for (let i = 0; i < parts.length; i++) if (parts[i](f, id, env)) return true;
      return false;
    };
  }
  if ('not' in c) {
    const inner = compileTest(c.not);
    return (f, id, env) => !inner(f, id, env);
  }
  if ('property' in c) {
    const name = c.property;
    const check = valueCheck(c);
    return (f) => check(f.props[name]);
  }
  if ('event' in c) {
    const type = c.event;
    const key = c.where && Object.keys(c.where).length > 0 ? whereKey(c.where) : '';
    const window = c.withinDays === undefined ? Infinity : c.withinDays * DAY_MS;
    const countOk = countCheck(c.count?.op ?? 'gte', c.count?.value ?? 1);
    return (f, _id, env) => {
      const times = timestampsFor(f, type, key);
      return countOk(countBetween(times, env.now - window, env.now));
    };
  }
  if ('listMember' in c) {
    const listId = c.listMember;
    return (_f, id, env) => env.lists.get(listId)?.has(id) === true;
  }
  const {workflow, state} = c;
  return (_f, id, env) => env.workflowState(workflow, state, id);
}

function countCheck(op: CountOp, n: number): (count: number) => boolean {
  switch (op) {
    case 'eq':
      return (x) => x === n;
    case 'neq':
      return (x) => x !== n;
    case 'gt':
      return (x) => x > n;
    case 'gte':
      return (x) => x >= n;
    case 'lt':
      return (x) => x < n;
    default:
      return (x) => x <= n;
  }
}

const isUnknown = (v: PropertyValue | undefined) => v === undefined || v === null || v === '';

/** CRM pages give numbers as text ("1200"), so a number and its decimal text compare equal. */
function same(a: PropertyValue | undefined, b: PropertyValue): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'number') return a.trim() !== '' && Number(a) === b;
  if (typeof a === 'number' && typeof b === 'string') return b.trim() !== '' && Number(b) === a;
  return false;
}

/** -1/0/1, or NaN when the two cannot be ordered (then every ordering test is false). */
function order(a: PropertyValue | undefined, b: PropertyValue): number {
  if (isUnknown(a) || typeof a === 'boolean' || typeof b === 'boolean' || b === null) return NaN;
  const x = typeof a === 'number' ? a : Number(a);
  const y = typeof b === 'number' ? b : Number(b);
  if (!Number.isNaN(x) && !Number.isNaN(y) && (typeof a === 'number' || typeof b === 'number' || (a as string).trim() !== '')) {
    return x < y ? -1 : x > y ? 1 : 0;
  }
  // Both non-numeric text: ISO dates sort as text.
  const s = String(a);
  const t = String(b);
  return s < t ? -1 : s > t ? 1 : 0;
}

function valueCheck(c: PropertyCondition): (v: PropertyValue | undefined) => boolean {
  const value = c.value as PropertyValue;
  const list = (Array.isArray(c.value) ? c.value : [c.value]) as PropertyValue[];
  switch (c.op) {
    case 'eq':
      return typeof value === 'string' ? (v) => v === value || (typeof v === 'number' && same(v, value)) : (v) => same(v, value);
    case 'neq':
      return (v) => !same(v, value);
    case 'in':
      return (v) => list.some((x) => same(v, x));
    case 'notIn':
      return (v) => !list.some((x) => same(v, x));
    case 'gt':
      return (v) => order(v, value) > 0;
    case 'gte':
      return (v) => order(v, value) >= 0;
    case 'lt':
      return (v) => order(v, value) < 0;
    case 'lte':
      return (v) => order(v, value) <= 0;
    case 'contains': {
      const needle = String(value).toLowerCase();
      return (v) => !isUnknown(v) && String(v).toLowerCase().includes(needle);
    }
    case 'known':
      return (v) => !isUnknown(v);
    default:
      return isUnknown;
  }
}
