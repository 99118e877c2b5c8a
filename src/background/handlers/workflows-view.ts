/**
 * Pure helpers of the workflows handlers: settings edits validated through the engines' own parser,
 * and engine output shaped for the popup and the goal indicator.
 */
import type {TrailEntry, Workflow} from '../../core/model';
import {hasMarketingEmail, weeklySeries, type WorkflowOutput} from '../../core/workflows';
import {settingsWorld, type Settings} from '../../shared/settings';
import type {ContactWorkflow, SuppressionList, WorkflowAction, WorkflowStats} from '../../shared/protocol/workflows';

type TrailLine = ContactWorkflow['trail'][number];

export type Invalid = {ok: false; path: string; message: string};

/** Validate settings as the engines will read them; paths into `workflows[i]` / `lists[i]` are renamed. */
export function checkSettings(settings: Settings, now: number, rename?: {index: number; from: 'workflows' | 'lists'; to: string}): Invalid | null {
  const parsed = settingsWorld(settings, now);
  if (parsed.ok) return null;
  let path = parsed.error.path;
  if (rename) {
    const prefix = `${rename.from}[${rename.index}]`;
    if (path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`)) path = rename.to + path.slice(prefix.length);
  }
  return {ok: false, path, message: parsed.error.message};
}

export function upsert<T extends {id: string}>(items: T[], item: T): {items: T[]; index: number} {
  const at = items.findIndex((x) => x.id === item.id);
  const next = [...items];
  if (at === -1) next.push(item);
  else next[at] = item;
  return {items: next, index: at === -1 ? next.length - 1 : at};
}

/** listChanged events that bring the engines' list membership in line with an edited list. */
export function membershipChanges(before: SuppressionList | undefined, after: SuppressionList): Array<{contactId: string; member: boolean}> {
  const old = new Set(before?.contactIds ?? []);
  const next = new Set(after.contactIds);
  return [
    ...[...next].filter((id) => !old.has(id)).map((contactId) => ({contactId, member: true})),
    ...[...old].filter((id) => !next.has(id)).map((contactId) => ({contactId, member: false})),
  ];
}

/**
 * IDEA-4: why a restore request cannot be done, or null. `restored` holds, per WG-17 reset of the
 * workflow (oldest first), whether it was restored already; null when there is no such workflow.
 */
export function restoreRefusal(restored: boolean[] | null, index?: number): Invalid | null {
  if (restored === null) return {ok: false, path: 'workflowId', message: 'no such workflow'};
  const i = index ?? restored.length - 1;
  if (i < 0 || i >= restored.length) return {ok: false, path: 'index', message: 'IDEA-4: the goal of this workflow was never cleared (WG-17), so there is nothing to restore'};
  if (restored[i]) return {ok: false, path: 'index', message: 'IDEA-4: these goal figures were restored already'};
  return null;
}

const WEEK_MS = 7 * 86_400_000;
const TREND_WEEKS = 8;

/** WG-15: the last weeks of counted contacts, ending with the week of `now`, gaps as 0. */
export function weeklyTrend(countedByDay: Record<string, number>, now: number, weeks = TREND_WEEKS): WorkflowStats['weekly'] {
  const series = weeklySeries(countedByDay);
  const today = new Date(now);
  const weekday = (today.getUTCDay() + 6) % 7;
  const monday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - weekday * 86_400_000;
  const out: WorkflowStats['weekly'] = [];
  for (let i = weeks - 1; i >= 0; i--) {
    const week = new Date(monday - i * WEEK_MS).toISOString().slice(0, 10);
    out.push({week, counted: series[week] ?? 0});
  }
  return out;
}

export function workflowStats(defs: Workflow[], output: WorkflowOutput, now: number): WorkflowStats[] {
  return defs.map((def) => {
    const o = output.workflows[def.id];
    return {
      id: def.id,
      name: def.name ?? def.id,
      hasMarketingEmail: hasMarketingEmail(def),
      hasGoal: def.goal !== null,
      enrolled: o?.enrolled ?? 0,
      goalMet: o?.goalMet ?? 0,
      goalMetCounted: o?.goalMetCounted ?? 0,
      conversionRate: o?.conversionRate ?? null,
      active: o?.active ?? 0,
      notEnrolledAlreadyMetGoal: o?.notEnrolledAlreadyMetGoal ?? 0,
      weekly: weeklyTrend(o?.countedByDay ?? {}, now),
      goalResets: (o?.goalResets ?? []).map((r) => ({clearedAt: r.clearedAt, goalMet: r.goalMet, goalMetCounted: r.goalMetCounted, conversionRate: r.conversionRate, restored: r.restored})),
    };
  });
}

const TRAIL_SHOWN = 8;

/** Every workflow the contact is in (or was kept out of), with its "why" trail, newest last. */
export function contactWorkflows(defs: Workflow[], output: WorkflowOutput, contactId: string, trail: TrailEntry[]): ContactWorkflow[] {
  const out: ContactWorkflow[] = [];
  for (const def of defs) {
    const e = output.enrollments[def.id]?.[contactId];
    if (!e) continue;
    const subject = `workflow:${def.id}/contact:${contactId}`;
    const seen = new Set<string>();
    const all = trail
      .filter((x) => x.subject === subject)
      .filter((x) => {
        const key = `${x.rule}|${x.at}|${x.message}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort((a, b) => a.at - b.at)
      .map(({rule, message, at}) => ({rule, message, at}));
    const lines = all.slice(-TRAIL_SHOWN);
    out.push({
      workflowId: def.id,
      name: def.name ?? def.id,
      status: e.status,
      ...(e.reason ? {reason: e.reason} : {}),
      counted: e.counted,
      stepsRun: e.stepsRun.length,
      steps: def.steps.length,
      why: e.why,
      trail: lines,
      actions: workflowActions(def, e.stepsRun.length, all),
    });
  }
  return out;
}

/**
 * The createTask / setProperty steps the workflow ran for the contact (steps run in order, so step i
 * ran when i < stepsRun), each with the trail lines that explain it: the WG-6 "ran step i" entry (its
 * time is the step's) and the WG-5 enrollment that led there.
 */
export function workflowActions(def: Workflow, stepsRun: number, trail: TrailLine[]): WorkflowAction[] {
  const enrolled = [...trail].reverse().find((x) => x.rule === 'WG-5' && /^WG-5: enrolled/.test(x.message));
  const out: WorkflowAction[] = [];
  def.steps.slice(0, stepsRun).forEach((step, i) => {
    if (step.type !== 'createTask' && step.type !== 'setProperty') return;
    const ran = [...trail].reverse().find((x) => x.rule === 'WG-6' && x.message.includes(`; ran step ${i + 1} (`));
    const why = [ran, enrolled].filter((x): x is TrailLine => x !== undefined);
    const at = ran?.at;
    out.push(
      step.type === 'createTask'
        ? {kind: 'task', step: i + 1, title: step.title, ...(at !== undefined ? {at} : {}), why}
        : {kind: 'property', step: i + 1, title: step.property, value: step.value, ...(at !== undefined ? {at} : {}), why},
    );
  });
  return out;
}
