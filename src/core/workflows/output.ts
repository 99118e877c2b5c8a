/**
 * SCENARIO.md "Output" for workflows, plus keys it leaves to the project:
 * - `workflows.<id>.countedByDay`: WG-15 trend, counted contacts per UTC day of counting
 *   (`{"2026-01-03": 1}`); `weeklySeries` folds it into ISO weeks for the report.
 * - `workflows.<id>.goalMetUnenrolled`: WG-7, contacts unenrolled because they met the goal.
 * - `workflows.<id>.goalResets`: IDEA-4, the figures each WG-17 reset wiped.
 * - `enrollments.<wf>.<contact>.reason` / `goalMetAt`: the unenrollment reason and when the goal was met.
 * - `contactHistory.<contact>`: WG-16, "met the goal of workflow W" entries with time and criterion.
 */
import type {Id, Instant} from '../model';
import {conversionRate} from './enrollment';
import type {EnrollmentOutput, WorkflowOutput, WorkflowOutputEntry, WorkflowSnapshot} from './types';

const iso = (at: Instant) => new Date(at).toISOString();

export function buildOutput(s: WorkflowSnapshot): WorkflowOutput {
  const workflows: Record<Id, WorkflowOutputEntry> = {};
  const enrollments: WorkflowOutput['enrollments'] = {};
  for (const run of s.runs) {
    const st = run.stats;
    workflows[run.def.id] = {
      enrolled: st.enrolled,
      goalMet: st.goalMet,
      goalMetCounted: st.goalMetCounted,
      conversionRate: conversionRate(run.def, st),
      notEnrolledAlreadyMetGoal: st.notEnrolledAlreadyMetGoal,
      active: st.active,
      completed: st.completed,
      unenrolled: {...st.unenrolled},
      countedByDay: {...run.countedByDay},
      goalMetUnenrolled: [...run.goalMetUnenrolled],
      goalResets: run.goalResets.map((r) => ({...r, clearedAt: iso(r.clearedAt), countedContactIds: [...r.countedContactIds]})),
    };
    const rows: Record<Id, EnrollmentOutput> = {};
    for (const [contactId, e] of run.enrollments) {
      const row: EnrollmentOutput = {status: e.status, counted: e.counted, stepsRun: [...e.stepsRun], why: e.why};
      if (e.reason !== null) row.reason = e.reason;
      if (e.goalMetAt !== null) row.goalMetAt = iso(e.goalMetAt);
      rows[contactId] = row;
    }
    enrollments[run.def.id] = rows;
  }
  const contactHistory: WorkflowOutput['contactHistory'] = {};
  for (const [contactId, entries] of s.history) {
    contactHistory[contactId] = entries.map((h) => ({workflowId: h.workflowId, at: iso(h.at), criterion: h.criterion}));
  }
  return {workflows, enrollments, contactHistory};
}

/** WG-15 weekly trend: counted contacts per ISO week, keyed by the week's Monday (YYYY-MM-DD). */
export function weeklySeries(countedByDay: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [day, n] of Object.entries(countedByDay)) {
    const t = Date.parse(`${day}T00:00:00Z`);
    const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday = 0
    const monday = new Date(t - weekday * 86_400_000).toISOString().slice(0, 10);
    out[monday] = (out[monday] ?? 0) + n;
  }
  return out;
}
