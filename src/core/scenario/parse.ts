/**
 * Scenario file → World. Every problem is reported as the JSON path of the first bad node and a
 * sentence, e.g. `events[3].contactId: unknown contact "c9"` (SCENARIO.md: replay exits 2 with it).
 */
import * as v from 'valibot';
import {validateAdGoal} from '../adgoals/validate';
import {validateCriteria} from '../criteria/validate';
import type {Criteria, LeadAutomationSettings, ScenarioEvent, World} from '../model';
import {Scenario, type ScenarioInput} from './schema';

export interface ScenarioError {
  path: string;
  message: string;
}
export type ParseResult = {ok: true; world: World} | {ok: false; error: ScenarioError};

export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out || '(root)';
}

function firstIssue(issues: readonly v.BaseIssue<unknown>[]): ScenarioError {
  // valibot reports the deepest issue it could; for a union/variant the nested issues say more.
  let issue = issues[0];
  while (issue.issues?.length && issue.type !== 'variant') issue = issue.issues[0];
  const path = (issue.path ?? []).map((item) => item.key as string | number);
  let message = issue.message;
  if (issue.kind === 'schema' && issue.input === undefined && issue.type !== 'variant') message = 'is missing';
  else if (issue.type === 'strict_object' && path.length) message = `unknown field "${String(path.at(-1))}"`;
  return {path: formatPath(path), message};
}

class RefError extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
  }
}

export function parseScenario(json: unknown): ParseResult {
  const parsed = v.safeParse(Scenario, json);
  if (!parsed.success) return {ok: false, error: firstIssue(parsed.issues)};
  try {
    return {ok: true, world: toWorld(parsed.output)};
  } catch (error) {
    if (error instanceof RefError) return {ok: false, error: {path: error.path, message: error.message}};
    throw error;
  }
}

export function parseScenarioText(text: string, file = 'scenario'): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {ok: false, error: {path: '(root)', message: `${file} is not valid JSON: ${(error as Error).message}`}};
  }
  return parseScenario(json);
}

function toWorld(input: ScenarioInput): World {
  const ids = {
    user: new Set(input.users.map((u) => u.id)),
    company: new Set(input.companies.map((c) => c.id)),
    contact: new Set(input.contacts.map((c) => c.id)),
    list: new Set(input.lists.map((l) => l.id)),
    workflow: new Set(input.workflows.map((w) => w.id)),
    lead: new Set(input.leads.map((l) => l.id)),
  };
  const duplicates = (kind: string, items: Array<{id: string}>, at: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) throw new RefError(`${at}[${i}].id`, `duplicate ${kind} id "${item.id}"`);
      seen.add(item.id);
    });
  };
  duplicates('user', input.users, 'users');
  duplicates('company', input.companies, 'companies');
  duplicates('contact', input.contacts, 'contacts');
  duplicates('deal', input.deals, 'deals');
  duplicates('list', input.lists, 'lists');
  duplicates('workflow', input.workflows, 'workflows');
  duplicates('lead', input.leads, 'leads');
  duplicates('ad goal', input.adGoals, 'adGoals');

  const need = (kind: keyof typeof ids, id: string | undefined, path: string) => {
    if (id !== undefined && !ids[kind].has(id)) throw new RefError(path, `unknown ${kind} "${id}"`);
  };
  input.companies.forEach((c, i) => need('user', c.ownerId, `companies[${i}].ownerId`));
  input.contacts.forEach((c, i) => c.companyIds.forEach((id, j) => need('company', id, `contacts[${i}].companyIds[${j}]`)));
  input.deals.forEach((d, i) => d.companyIds.forEach((id, j) => need('company', id, `deals[${i}].companyIds[${j}]`)));
  input.lists.forEach((l, i) => l.contactIds.forEach((id, j) => need('contact', id, `lists[${i}].contactIds[${j}]`)));
  input.leads.forEach((l, i) => need('contact', l.contactId, `leads[${i}].contactId`));
  input.adGoals.forEach((g, i) => {
    need('user', g.ownerId, `adGoals[${i}].ownerId`);
    // AG-9/11/15: the same checks the goal editor runs, so replay exits 2 instead of the engine throwing.
    const [problem] = validateAdGoal(g as World['adGoals'][number], input.fiscalYearStartMonth);
    if (problem) throw new RefError(`adGoals[${i}].${problem.field}`, `${problem.rule}: ${problem.message}`);
  });

  const criteria = (node: unknown, path: string): Criteria | null => {
    if (node === null || node === undefined) return null;
    const result = validateCriteria(node, path);
    if (!result.ok) throw new RefError(result.path, result.message);
    checkCriteriaRefs(result.criteria, path);
    return result.criteria;
  };
  const checkCriteriaRefs = (node: Criteria, path: string): void => {
    if ('all' in node) node.all.forEach((c, i) => checkCriteriaRefs(c, `${path}.all[${i}]`));
    else if ('any' in node) node.any.forEach((c, i) => checkCriteriaRefs(c, `${path}.any[${i}]`));
    else if ('not' in node) checkCriteriaRefs(node.not, `${path}.not`);
    else if ('listMember' in node) need('list', node.listMember, `${path}.listMember`);
    else if ('workflow' in node) need('workflow', node.workflow, `${path}.workflow`);
  };

  const workflows = input.workflows.map((w, i) => {
    w.suppressionLists.forEach((id, j) => need('list', id, `workflows[${i}].suppressionLists[${j}]`));
    const goal = criteria(w.goal, `workflows[${i}].goal`);
    if (goal && w.objectType !== 'contact') {
      throw new RefError(`workflows[${i}].goal`, `WG-1: a goal can be set only on a contact-based workflow, not a ${w.objectType}-based one`);
    }
    return {...w, enrollment: criteria(w.enrollment, `workflows[${i}].enrollment`), goal};
  });

  // Leads and contacts can also arrive through recordUpserted events; those count as known from then on.
  const events: ScenarioEvent[] = input.events.map((event, i) => {
    const at = `events[${i}]`;
    const e = event as Record<string, unknown> & {type: string};
    if (e.type === 'recordUpserted') {
      const record = e.record as {kind: string; id: string; contactId?: string; companyIds?: string[]};
      if (record.kind === 'lead') need('contact', record.contactId, `${at}.record.contactId`);
      record.companyIds?.forEach((id, j) => need('company', id, `${at}.record.companyIds[${j}]`));
      if (record.kind === 'contact' || record.kind === 'company' || record.kind === 'lead') ids[record.kind].add(record.id);
      return event as ScenarioEvent;
    }
    need('contact', e.contactId as string | undefined, `${at}.contactId`);
    need('company', e.companyId as string | undefined, `${at}.companyId`);
    need('list', e.listId as string | undefined, `${at}.listId`);
    need('workflow', e.workflowId as string | undefined, `${at}.workflowId`);
    need('lead', e.leadId as string | undefined, `${at}.leadId`);
    need('user', ids.user.size ? (e.userId as string | undefined) : undefined, `${at}.userId`);
    if (e.type === 'propertyChanged' && !e.contactId === !e.companyId) {
      throw new RefError(at, 'propertyChanged needs exactly one of contactId or companyId');
    }
    if ((e.type === 'taskCreated' || e.type === 'noteLogged') && !e.contactId && !e.companyId) {
      throw new RefError(at, `${e.type} needs a contactId or a companyId`);
    }
    if (e.type === 'goalChanged') return {...event, goal: criteria(e.goal, `${at}.goal`)} as ScenarioEvent;
    return event as ScenarioEvent;
  });
  const seenEventIds = new Set<string>();
  // A repeated id is legal (it is ignored at run time), but it must not collide with a different type,
  // which always means a hand-editing mistake.
  input.events.forEach((e, i) => {
    if (seenEventIds.has(e.id) && input.events.findIndex((o) => o.id === e.id && o.type !== e.type) !== -1) {
      throw new RefError(`events[${i}].id`, `event id "${e.id}" is used by events of different types`);
    }
    seenEventIds.add(e.id);
  });
  const order = events.map((e, i) => [e, i] as const).sort((a, b) => a[0].at - b[0].at || a[1] - b[1]);

  return {
    now: input.now,
    fiscalYearStartMonth: input.fiscalYearStartMonth,
    gdprMode: input.gdprMode,
    users: input.users,
    companies: input.companies,
    contacts: input.contacts,
    deals: input.deals,
    lists: input.lists,
    workflows,
    leads: input.leads,
    leadAutomation: input.leadAutomation as LeadAutomationSettings | undefined,
    adMetrics: input.adMetrics,
    adGoals: input.adGoals.map((g) => ({...g, lifecycleStage: g.lifecycleStage as World['adGoals'][number]['lifecycleStage']})),
    events: order.map(([e]) => e),
  };
}
