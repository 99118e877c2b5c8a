/**
 * LA-2: the default lead pipeline's order, and the helpers every LA rule uses to compare stages.
 */
import {LEAD_STAGES, type Lead, type LeadStage} from '../model';

/** LA-1: a lead without a pipeline id, or with this one, is in the leads (default) pipeline. */
export const DEFAULT_PIPELINE_ID = 'default';

const ORDER: Record<LeadStage, number> = Object.fromEntries(LEAD_STAGES.map((stage, i) => [stage, i])) as Record<LeadStage, number>;

/** LA-2: "earlier stage" means a lower position in New, Attempting, Connected, Qualified, Disqualified. */
export function stageIndex(stage: LeadStage): number {
  return ORDER[stage];
}

export function isLaterStage(a: LeadStage, b: LeadStage): boolean {
  return ORDER[a] > ORDER[b];
}

export function isLeadStage(value: unknown): value is LeadStage {
  return typeof value === 'string' && Object.hasOwn(ORDER, value);
}

/** SCENARIO.md: an event without leadId applies to the contact's open leads (not qualified or disqualified). */
export function isOpenStage(stage: LeadStage): boolean {
  return stage !== 'qualified' && stage !== 'disqualified';
}

export function isDefaultPipeline(lead: Pick<Lead, 'pipelineId'>): boolean {
  return lead.pipelineId === undefined || lead.pipelineId === DEFAULT_PIPELINE_ID;
}

const LABELS: Record<LeadStage, string> = {
  new: 'New',
  attempting: 'Attempting',
  connected: 'Connected',
  qualified: 'Qualified',
  disqualified: 'Disqualified',
};

/** Trail sentences use the pipeline's display names; the UI localizes around them. */
export function stageLabel(stage: LeadStage): string {
  return LABELS[stage];
}
