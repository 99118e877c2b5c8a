/** Localized labels for the vocabulary the CRMs share (activity types, call outcomes, buying roles). */
import {t, type MessageKey} from '../../shared/i18n';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const label = (prefix: string, value: string): string => {
  const key = `${prefix}${cap(value)}` as MessageKey;
  const text = t(key);
  return text === key ? value : text;
};

export const activityLabel = (type: string) => label('activity', type);
export const outcomeLabel = (outcome: string) => label('outcome', outcome);
export const roleLabel = (role: string) => label('role', role);
