/**
 * Criteria builder (WG-3/4): OR-connected groups of AND-connected conditions over contact properties,
 * contact activity, list membership and other workflows. Criteria the builder cannot draw (nested
 * `not`, deeper trees) are edited as JSON instead, so nothing the engine accepts is lost.
 */
import type {ComponentChildren} from 'preact';
import {CONTACT_EVENT_FIELDS} from '../../../core/criteria';
import {CRITERIA_OPS, type Criteria} from '../../../core/model';
import {t, type MessageKey} from '../../../shared/i18n';

export type Condition =
  | {kind: 'property'; property: string; op: string; value: string}
  | {kind: 'event'; event: string; whereField: string; whereValue: string; atLeast: number; withinDays: string}
  | {kind: 'list'; listId: string}
  | {kind: 'workflow'; workflowId: string; state: 'enrolled' | 'goalMet'};
export type Groups = Condition[][];

const EVENTS = Object.keys(CONTACT_EVENT_FIELDS) as Array<keyof typeof CONTACT_EVENT_FIELDS>;
const NO_VALUE = new Set(['known', 'unknown']);

function scalar(text: string): string | number | boolean {
  const s = text.trim();
  if (s === 'true' || s === 'false') return s === 'true';
  return s !== '' && Number.isFinite(Number(s)) ? Number(s) : s;
}

export function conditionToCriteria(c: Condition): Criteria {
  switch (c.kind) {
    case 'property': {
      const node: Record<string, unknown> = {property: c.property.trim(), op: c.op};
      if (!NO_VALUE.has(c.op)) node.value = c.op === 'in' || c.op === 'notIn' ? c.value.split(',').map((x) => scalar(x)) : scalar(c.value);
      return node as unknown as Criteria;
    }
    case 'event': {
      const node: Record<string, unknown> = {event: c.event};
      if (c.whereField && c.whereValue.trim() !== '') node.where = {[c.whereField]: scalar(c.whereValue)};
      if (c.atLeast > 1) node.count = {op: 'gte', value: c.atLeast};
      if (c.withinDays.trim() !== '') node.withinDays = Number(c.withinDays);
      return node as unknown as Criteria;
    }
    case 'list':
      return {listMember: c.listId};
    case 'workflow':
      return {workflow: c.workflowId, state: c.state};
  }
}

export function groupsToCriteria(groups: Groups): Criteria | null {
  const kept = groups.filter((g) => g.length > 0);
  if (kept.length === 0) return null;
  return {any: kept.map((g) => ({all: g.map(conditionToCriteria)}))};
}

function leafToCondition(node: Criteria): Condition | null {
  if ('property' in node) {
    const value = node.value === undefined ? '' : Array.isArray(node.value) ? node.value.join(',') : String(node.value);
    return {kind: 'property', property: node.property, op: node.op, value};
  }
  if ('event' in node) {
    const where = Object.entries(node.where ?? {});
    if (where.length > 1 || (node.count && node.count.op !== 'gte')) return null;
    return {kind: 'event', event: node.event, whereField: where[0]?.[0] ?? '', whereValue: where[0] ? String(where[0][1]) : '', atLeast: node.count?.value ?? 1, withinDays: node.withinDays === undefined ? '' : String(node.withinDays)};
  }
  if ('listMember' in node) return {kind: 'list', listId: node.listMember};
  if ('workflow' in node) return {kind: 'workflow', workflowId: node.workflow, state: node.state};
  return null;
}

/** Criteria → groups, or null when the tree does not fit OR-of-AND (then JSON editing is offered). */
export function criteriaToGroups(node: Criteria | null | undefined): Groups | null {
  if (node === null || node === undefined) return [];
  const group = (n: Criteria): Condition[] | null => {
    const items = 'all' in n ? n.all : [n];
    const out = items.map(leafToCondition);
    return out.every((x) => x !== null) ? (out as Condition[]) : null;
  };
  const groups = ('any' in node ? node.any : [node]).map(group);
  return groups.every((g) => g !== null) ? (groups as Groups) : null;
}

export const newCondition = (): Condition => ({kind: 'property', property: 'lifecyclestage', op: 'eq', value: ''});

interface BuilderProps {
  legend: string;
  idBase: string;
  groups: Groups;
  onChange(groups: Groups): void;
  lists: string[];
  workflows: string[];
}

export function CriteriaBuilder({legend, idBase, groups, onChange, lists, workflows}: BuilderProps) {
  const set = (gi: number, ci: number, next: Condition | null) => {
    const copy = groups.map((g) => [...g]);
    if (next === null) copy[gi].splice(ci, 1);
    else copy[gi][ci] = next;
    onChange(copy.filter((g) => g.length > 0));
  };
  return (
    <fieldset class="wg-criteria" data-testid={`${idBase}-criteria`}>
      <legend>{legend}</legend>
      {groups.length === 0 && <p class="muted">{t('wgCriteriaNone')}</p>}
      {groups.map((group, gi) => (
        <div class="wg-group" key={gi} role="group" aria-label={t('wgGroupLabel', gi + 1)}>
          {gi > 0 && <p class="wg-or" aria-hidden="true">{t('wgOr')}</p>}
          {group.map((c, ci) => (
            <div class="wg-cond" key={ci}>
              {ci > 0 && <span class="wg-and" aria-hidden="true">{t('wgAnd')}</span>}
              <ConditionRow id={`${idBase}-${gi}-${ci}`} c={c} onChange={(next) => set(gi, ci, next)} lists={lists} workflows={workflows} />
            </div>
          ))}
          <button type="button" class="btn small" onClick={() => onChange(groups.map((g, i) => (i === gi ? [...g, newCondition()] : g)))}>{t('wgAddAnd')}</button>
        </div>
      ))}
      <button type="button" class="btn small" onClick={() => onChange([...groups, [newCondition()]])}>{groups.length === 0 ? t('wgAddCondition') : t('wgAddOr')}</button>
    </fieldset>
  );
}

const KINDS: Array<[Condition['kind'], MessageKey]> = [['property', 'wgKindProperty'], ['event', 'wgKindEvent'], ['list', 'wgKindList'], ['workflow', 'wgKindWorkflow']];

function fresh(kind: Condition['kind'], lists: string[], workflows: string[]): Condition {
  if (kind === 'event') return {kind, event: 'callLogged', whereField: '', whereValue: '', atLeast: 1, withinDays: ''};
  if (kind === 'list') return {kind, listId: lists[0] ?? ''};
  if (kind === 'workflow') return {kind, workflowId: workflows[0] ?? '', state: 'goalMet'};
  return newCondition();
}

/** A labelled control with an explicit `<label for>`: the accessible name is the label text alone. */
export function Field({id, label, children}: {id: string; label: string; children: ComponentChildren}) {
  return (
    <div class="wg-f">
      <label for={id}>{label}</label>
      {children}
    </div>
  );
}

function ConditionRow({id, c, onChange, lists, workflows}: {id: string; c: Condition; onChange(c: Condition | null): void; lists: string[]; workflows: string[]}) {
  const f = (name: string) => `${id}-${name}`;
  return (
    <div class="wg-cond-fields">
      <Field id={f('kind')} label={t('wgKind')}>
        <select id={f('kind')} value={c.kind} onChange={(e) => onChange(fresh(e.currentTarget.value as Condition['kind'], lists, workflows))}>
          {KINDS.map(([k, key]) => <option key={k} value={k}>{t(key)}</option>)}
        </select>
      </Field>
      {c.kind === 'property' && (
        <>
          <Field id={f('property')} label={t('wgProperty')}><input id={f('property')} value={c.property} onInput={(e) => onChange({...c, property: e.currentTarget.value})} /></Field>
          <Field id={f('op')} label={t('wgOperator')}>
            <select id={f('op')} value={c.op} onChange={(e) => onChange({...c, op: e.currentTarget.value})}>{CRITERIA_OPS.map((op) => <option key={op} value={op}>{op}</option>)}</select>
          </Field>
          {!NO_VALUE.has(c.op) && <Field id={f('value')} label={t('wgValue')}><input id={f('value')} value={c.value} onInput={(e) => onChange({...c, value: e.currentTarget.value})} /></Field>}
        </>
      )}
      {c.kind === 'event' && (
        <>
          <Field id={f('event')} label={t('wgEvent')}>
            <select id={f('event')} value={c.event} onChange={(e) => onChange({...c, event: e.currentTarget.value, whereField: ''})}>{EVENTS.map((ev) => <option key={ev} value={ev}>{ev}</option>)}</select>
          </Field>
          <Field id={f('where')} label={t('wgWhereField')}>
            <select id={f('where')} value={c.whereField} onChange={(e) => onChange({...c, whereField: e.currentTarget.value})}>
              <option value="">{t('wgWhereAny')}</option>
              {(CONTACT_EVENT_FIELDS[c.event as keyof typeof CONTACT_EVENT_FIELDS] ?? []).map((x) => <option key={x} value={x}>{x}</option>)}
            </select>
          </Field>
          {c.whereField && <Field id={f('equals')} label={t('wgWhereValue')}><input id={f('equals')} value={c.whereValue} onInput={(e) => onChange({...c, whereValue: e.currentTarget.value})} /></Field>}
          <Field id={f('atleast')} label={t('wgAtLeast')}><input id={f('atleast')} type="number" min={1} value={c.atLeast} onInput={(e) => onChange({...c, atLeast: Math.max(1, Number(e.currentTarget.value) || 1)})} /></Field>
          <Field id={f('within')} label={t('wgWithinDays')}><input id={f('within')} type="number" min={1} value={c.withinDays} onInput={(e) => onChange({...c, withinDays: e.currentTarget.value})} /></Field>
        </>
      )}
      {c.kind === 'list' && (
        <Field id={f('list')} label={t('wgList')}>
          <select id={f('list')} value={c.listId} onChange={(e) => onChange({...c, listId: e.currentTarget.value})}>{lists.map((l) => <option key={l} value={l}>{l}</option>)}</select>
        </Field>
      )}
      {c.kind === 'workflow' && (
        <>
          <Field id={f('workflow')} label={t('wgWorkflow')}>
            <select id={f('workflow')} value={c.workflowId} onChange={(e) => onChange({...c, workflowId: e.currentTarget.value})}>{workflows.map((w) => <option key={w} value={w}>{w}</option>)}</select>
          </Field>
          <Field id={f('state')} label={t('wgState')}>
            <select id={f('state')} value={c.state} onChange={(e) => onChange({...c, state: e.currentTarget.value as 'enrolled' | 'goalMet'})}>
              <option value="goalMet">{t('wgStateGoalMet')}</option>
              <option value="enrolled">{t('wgStateEnrolled')}</option>
            </select>
          </Field>
        </>
      )}
      <button type="button" class="btn small danger" aria-label={t('wgRemoveCondition')} onClick={() => onChange(null)}>×</button>
    </div>
  );
}
