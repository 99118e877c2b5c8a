/** Editor guidance for goals (WG-1, WG-21, WG-25, WG-26): pure functions the options page calls. */
import type {Criteria, Workflow} from '../model';
import {hasMarketingEmail} from './enrollment';

export interface GoalWarning {
  rule: string;
  message: string;
}

function usesEvent(c: Criteria, type: string): boolean {
  if ('all' in c) return c.all.some((x) => usesEvent(x, type));
  if ('any' in c) return c.any.some((x) => usesEvent(x, type));
  if ('not' in c) return usesEvent(c.not, type);
  return 'event' in c && c.event === type;
}

export function goalWarnings(workflow: Pick<Workflow, 'goal' | 'steps' | 'objectType'>): GoalWarning[] {
  const out: GoalWarning[] = [];
  const goal = workflow.goal;
  if (goal === null) return out;
  if (workflow.objectType !== 'contact') {
    out.push({rule: 'WG-1', message: `Only contact-based workflows can have a goal; in a ${workflow.objectType}-based workflow use an unenrollment trigger instead.`});
  }
  if (usesEvent(goal, 'emailOpened')) {
    out.push({
      rule: 'WG-25',
      message: 'Email opens can look higher than they are because of mail privacy features (Apple Mail Privacy Protection, iOS 15). Consider email clicks or replies instead.',
    });
  }
  if (!hasMarketingEmail(workflow)) {
    out.push({
      rule: 'WG-26',
      message: 'Goals are meant for workflows that send marketing email; without one no conversion rate is shown. To keep contacts out, use a suppression list instead.',
    });
  }
  return out;
}

/** WG-1 at save time: the path-and-message error for a goal on a non-contact workflow, or null. */
export function workflowGoalError(workflow: Pick<Workflow, 'goal' | 'objectType'>, path: string): {path: string; message: string} | null {
  if (workflow.goal === null || workflow.objectType === 'contact') return null;
  return {path: `${path}.goal`, message: `WG-1: a goal can be set only on a contact-based workflow, not a ${workflow.objectType}-based one`};
}

/**
 * WG-20/21: "met goal of W" never matches when W sends no marketing email; the substitute filter is
 * "enrolled in W" (ever, open point default) AND W's goal criteria. Null when W has no goal.
 */
export function goalMetFilter(workflow: Pick<Workflow, 'id' | 'goal' | 'steps'>): Criteria | null {
  if (hasMarketingEmail(workflow)) return {workflow: workflow.id, state: 'goalMet'};
  if (workflow.goal === null) return null;
  return {all: [{workflow: workflow.id, state: 'enrolled'}, workflow.goal]};
}
