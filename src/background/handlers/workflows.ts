/**
 * Handlers of the workflows capability's messages (src/shared/protocol/workflows.ts).
 *
 * Goal edits of a saved workflow are log events, not settings rewrites: the settings keep the goal
 * the workflow started with and each edit is a `goalChanged` event at the time of saving. A rules
 * change replays the log, so WG-17 (clearing resets the figures, kept for IDEA-4) and WG-18 (an edit
 * keeps what was counted) hold across rebuilds, as they would not if the new goal replaced the old
 * one from the start.
 */
import type {Criteria, ScenarioEvent, TrailEntry, Workflow} from '../../core/model';
import {createEngines, EngineRunner} from '../../core/scenario/run';
import type {WorkflowEngine, WorkflowOutput} from '../../core/workflows';
import type {workflowsProtocol, WorkflowDraft} from '../../shared/protocol/workflows';
import {settingsWorld, type Settings} from '../../shared/settings';
import {db} from '../db';
import {readEngines, recordUserEvents, rulesChanged} from '../engine-host';
import type {HandlersFor} from '../router';
import {readSettings, writeSettings} from '../settings-store';
import {listWebhooks, retryWebhook} from '../webhooks';
import type {HandlerDeps} from './deps';
import {checkSettings, contactWorkflows, membershipChanges, restoreRefusal, upsert, workflowStats, type Invalid} from './workflows-view';

const userEventId = () => `user:${crypto.randomUUID()}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const goalOf = (w: unknown): Criteria | null => ((w as {goal?: Criteria | null}).goal ?? null);

/** The workflows as the engines run them now: settings plus every goal edit in the log. */
function currentDefs(engines: {workflows: unknown}): Workflow[] {
  return (engines.workflows as WorkflowEngine).definitions();
}

async function save(settings: Settings, now: number, events: ScenarioEvent[] = [], subject = 'settings'): Promise<void> {
  await writeSettings(settings);
  await rulesChanged(now);
  if (events.length) await recordUserEvents(events, subject, now);
}

async function whatIf(draft: WorkflowDraft, now: number) {
  const {settings} = await readSettings();
  const {items, index} = upsert(settings.workflows as WorkflowDraft[], draft);
  const trial = {...settings, workflows: items};
  const invalid = checkSettings(trial, now, {index, from: 'workflows', to: 'workflow'});
  if (invalid) return invalid;
  const parsed = settingsWorld(trial, now);
  if (!parsed.ok) return {ok: false as const, path: parsed.error.path, message: parsed.error.message};
  const runner = new EngineRunner(createEngines(parsed.world));
  const events = await (await db()).getAllFromIndex('events', 'by-at');
  let count = 0;
  for (const stored of events) {
    const e = stored.engine;
    // The draft's goal applies from the start: its earlier goal edits are what is being replaced.
    if (!e || ((e.type === 'goalChanged' || e.type === 'goalResetRestored') && e.workflowId === draft.id)) continue;
    runner.apply(e);
    count++;
  }
  runner.advanceTo(now);
  const out = (runner.output() as unknown as WorkflowOutput).workflows[draft.id];
  return {
    ok: true as const,
    enrolled: out?.enrolled ?? 0,
    goalMet: out?.goalMet ?? 0,
    goalMetCounted: out?.goalMetCounted ?? 0,
    conversionRate: out?.conversionRate ?? null,
    notEnrolledAlreadyMetGoal: out?.notEnrolledAlreadyMetGoal ?? 0,
    events: count,
  };
}

export function workflowsHandlers({now}: HandlerDeps): HandlersFor<typeof workflowsProtocol> {
  return {
    async 'workflows/list'() {
      const {settings} = await readSettings();
      const current = new Map((await readEngines(now(), ({engines}) => currentDefs(engines))).map((d) => [d.id, d]));
      // Show the goal in force (after edits), not the one the workflow started with.
      const workflows = (settings.workflows as WorkflowDraft[]).map((w) => (current.has(w.id) ? {...w, goal: current.get(w.id)!.goal} : w));
      return {workflows, lists: settings.lists};
    },

    async 'workflows/save'({workflow}) {
      const at = now();
      const {settings} = await readSettings();
      const {items, index} = upsert(settings.workflows as WorkflowDraft[], workflow);
      const invalid = checkSettings({...settings, workflows: items}, at, {index, from: 'workflows', to: 'workflow'});
      if (invalid) return invalid;
      const stored = (settings.workflows as WorkflowDraft[]).find((w) => w.id === workflow.id);
      if (!stored) {
        await save({...settings, workflows: items}, at);
        return {ok: true, id: workflow.id};
      }
      const inForce = (await readEngines(at, ({engines}) => currentDefs(engines))).find((d) => d.id === workflow.id);
      const goal = goalOf(workflow);
      const kept = upsert(settings.workflows as WorkflowDraft[], {...workflow, goal: goalOf(stored)}).items;
      const events: ScenarioEvent[] = inForce && !same(inForce.goal, goal) ? [{id: userEventId(), at, type: 'goalChanged', workflowId: workflow.id, goal}] : [];
      await save({...settings, workflows: kept}, at, events, `workflow:${workflow.id}`);
      return {ok: true, id: workflow.id};
    },

    async 'workflows/delete'({id}) {
      const at = now();
      const {settings} = await readSettings();
      const next = {...settings, workflows: (settings.workflows as WorkflowDraft[]).filter((w) => w.id !== id)};
      const invalid = checkSettings(next, at);
      if (invalid) return invalid;
      await save(next, at);
      return {ok: true, id};
    },

    async 'workflows/stats'() {
      const at = now();
      return readEngines(at, ({engines}) => workflowStats(currentDefs(engines), engines.workflows.output() as WorkflowOutput, at));
    },

    async 'workflows/whatIf'({workflow}) {
      return whatIf(workflow, now());
    },

    async 'workflows/restoreGoal'({workflowId, index}) {
      const at = now();
      const resets = await readEngines(at, ({engines}) => {
        const engine = engines.workflows as WorkflowEngine;
        return engine.definitions().some((d) => d.id === workflowId) ? engine.goalResets(workflowId).map((r) => r.restored) : null;
      });
      const refused = restoreRefusal(resets, index);
      if (refused) return refused;
      const event: ScenarioEvent = {id: userEventId(), at, type: 'goalResetRestored', workflowId, ...(index === undefined ? {} : {index})};
      await recordUserEvents([event], `workflow:${workflowId}`, at);
      return {ok: true, id: workflowId};
    },

    async 'workflows/contact'({contactId}) {
      const at = now();
      const {defs, output, recent} = await readEngines(at, ({engines, runner}) => ({
        defs: currentDefs(engines),
        output: engines.workflows.output() as WorkflowOutput,
        recent: runner.trail.filter((x) => x.subject.endsWith(`/contact:${contactId}`)),
      }));
      const database = await db();
      const stored: TrailEntry[] = [];
      for (const def of defs) {
        if (!output.enrollments[def.id]?.[contactId]) continue;
        stored.push(...(await database.getAllFromIndex('trail', 'by-subject', `workflow:${def.id}/contact:${contactId}`)));
      }
      return contactWorkflows(defs, output, contactId, [...stored, ...recent]);
    },

    'webhooks/list': () => listWebhooks(),

    'webhooks/retry': ({idempotencyKey}) => retryWebhook(idempotencyKey, now()),

    async 'suppressionLists/save'({list}) {
      const at = now();
      const {settings} = await readSettings();
      const {items, index} = upsert(settings.lists, list);
      const next = {...settings, lists: items};
      const invalid: Invalid | null = checkSettings(next, at, {index, from: 'lists', to: 'list'});
      if (invalid) return invalid;
      const before = settings.lists.find((l) => l.id === list.id);
      const events: ScenarioEvent[] = membershipChanges(before, list).map(({contactId, member}) => ({id: userEventId(), at, type: 'listChanged', listId: list.id, contactId, member}));
      await save(next, at, events, `list:${list.id}`);
      return {ok: true, id: list.id};
    },

    async 'suppressionLists/delete'({id}) {
      const at = now();
      const {settings} = await readSettings();
      const next = {...settings, lists: settings.lists.filter((l) => l.id !== id)};
      // A list a workflow still uses cannot go: the parser names the workflow's reference.
      const invalid = checkSettings(next, at);
      if (invalid) return invalid;
      await save(next, at);
      return {ok: true, id};
    },
  };
}
