/** Localized words and numbers for ad goals: statuses, templates, durations, stages, progress. */
import type {AdGoalDuration, AdGoalStatus, AdGoalTemplate, LifecycleStage} from '../../core/model';
import {formatNumber, type MessageKey} from '../../shared/i18n';

export const STATUS_KEY: Record<AdGoalStatus, MessageKey> = {
  pending: 'agStatusPending',
  inProgress: 'agStatusInProgress',
  achieved: 'agStatusAchieved',
  exceeded: 'agStatusExceeded',
  missed: 'agStatusMissed',
};
export const TEMPLATE_KEY: Record<AdGoalTemplate, MessageKey> = {
  networkConversions: 'agTemplateNetworkConversions',
  costPerContactInStage: 'agTemplateCostPerContact',
  contactsInStage: 'agTemplateContactsInStage',
  firstFormSubmissions: 'agTemplateFirstForm',
};
export const TEMPLATE_HELP_KEY: Record<AdGoalTemplate, MessageKey> = {
  networkConversions: 'agTemplateNetworkConversionsHelp',
  costPerContactInStage: 'agTemplateCostPerContactHelp',
  contactsInStage: 'agTemplateContactsInStageHelp',
  firstFormSubmissions: 'agTemplateFirstFormHelp',
};
export const DURATION_KEY: Record<AdGoalDuration, MessageKey> = {
  weekly: 'agDurationWeekly',
  monthly: 'agDurationMonthly',
  quarterly: 'agDurationQuarterly',
  yearly: 'agDurationYearly',
  custom: 'agDurationCustom',
};
export const STAGE_KEY: Record<LifecycleStage, MessageKey> = {
  subscriber: 'agStageSubscriber',
  lead: 'agStageLead',
  marketingqualifiedlead: 'agStageMql',
  salesqualifiedlead: 'agStageSql',
  opportunity: 'agStageOpportunity',
  customer: 'agStageCustomer',
  evangelist: 'agStageEvangelist',
  other: 'agStageOther',
};
export const NOTIFY_KEY: Record<'goalStart' | 'achieved' | 'exceeded' | 'missed', MessageKey> = {
  goalStart: 'agNotifyGoalStart',
  achieved: 'agNotifyAchieved',
  exceeded: 'agNotifyExceeded',
  missed: 'agNotifyMissed',
};

export const statusClass = (status: AdGoalStatus) =>
  status === 'achieved' || status === 'exceeded' ? 'ok' : status === 'missed' ? 'bad' : status === 'inProgress' ? 'info' : 'neutral';

/** A fraction as a percentage; null is unbounded progress (a count above a 0 target). */
export const percent = (progress: number | null): string =>
  progress === null ? '∞' : formatNumber(progress, {style: 'percent', maximumFractionDigits: 0});

export const amount = (value: number | null, currency?: string): string => {
  if (value === null) return '—';
  if (!currency) return formatNumber(value, {maximumFractionDigits: 2});
  try {
    return formatNumber(value, {style: 'currency', currency});
  } catch {
    return `${formatNumber(value, {maximumFractionDigits: 2})} ${currency}`;
  }
};
