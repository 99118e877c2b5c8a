/**
 * What a criterion reads, and an index from each fact to the criteria that read it, so an event
 * re-evaluates only the workflows that reference what changed (DESIGN.md "Incremental").
 */
import type {Criteria} from '../model';

export interface CriteriaDeps {
  properties: Set<string>;
  events: Set<string>;
  lists: Set<string>;
  workflows: Set<string>;
  /** Some leaf counts events within a window, so its value can change with time alone. */
  timed: boolean;
}

export function criteriaDeps(c: Criteria | null, into: CriteriaDeps = emptyDeps()): CriteriaDeps {
  if (c === null) return into;
  if ('all' in c) c.all.forEach((x) => criteriaDeps(x, into));
  else if ('any' in c) c.any.forEach((x) => criteriaDeps(x, into));
  else if ('not' in c) criteriaDeps(c.not, into);
  else if ('property' in c) into.properties.add(c.property);
  else if ('event' in c) {
    into.events.add(c.event);
    if (c.withinDays !== undefined) into.timed = true;
  } else if ('listMember' in c) into.lists.add(c.listMember);
  else into.workflows.add(c.workflow);
  return into;
}

export function emptyDeps(): CriteriaDeps {
  return {properties: new Set(), events: new Set(), lists: new Set(), workflows: new Set(), timed: false};
}

/** What kind of fact changed; with a name (property, event type, list id, workflow id) it keys the index. */
export type FactKind = 'property' | 'event' | 'list' | 'workflow';

/**
 * (kind, name) → subscribers (e.g. a workflow's trigger). Rebuilt from the criteria whenever a goal
 * changes, which is rare; lookups happen on every event, so they return a shared array, never a copy,
 * and build no key strings.
 */
export class DependencyIndex<T> {
  private readonly maps: Record<FactKind, Map<string, T[]>> = {property: new Map(), event: new Map(), list: new Map(), workflow: new Map()};

  add(deps: CriteriaDeps, subscriber: T): void {
    const put = (kind: FactKind, name: string) => {
      const list = this.maps[kind].get(name);
      if (list === undefined) this.maps[kind].set(name, [subscriber]);
      else if (!list.includes(subscriber)) list.push(subscriber);
    };
    deps.properties.forEach((p) => put('property', p));
    deps.events.forEach((e) => put('event', e));
    deps.lists.forEach((l) => put('list', l));
    deps.workflows.forEach((w) => put('workflow', w));
  }

  get(kind: FactKind, name: string): readonly T[] {
    return this.maps[kind].get(name) ?? NONE;
  }
}
const NONE: readonly never[] = Object.freeze([]);
