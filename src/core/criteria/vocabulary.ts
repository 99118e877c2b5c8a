/**
 * What a criterion may name: the contact events a condition can count and the fields its `where` may
 * filter on. Kept apart from the validator because it changes when SCENARIO.md's event table does.
 */
import type {EventType} from '../model';

/**
 * Contact activity a criterion can count (WG-2), with the fields `where` may filter on. Only events that
 * name one contact qualify: a goal is about a contact, so `goalChanged` or `adMetricsImported` have no
 * contact to count them against.
 */
export const CONTACT_EVENT_FIELDS = {
  propertyChanged: ['property', 'value', 'source'],
  formSubmitted: ['formId', 'adCampaignId'],
  emailOpened: ['emailId'],
  emailClicked: ['emailId'],
  pageViewed: ['url'],
  documentViewed: ['url'],
  listChanged: ['listId', 'member'],
  enrolledManually: ['workflowId'],
  unenrolledManually: ['workflowId'],
  emailSent: ['userId', 'leadId'],
  linkedinMessageSent: ['userId', 'leadId'],
  emailReplied: ['leadId'],
  callLogged: ['userId', 'outcome', 'leadId'],
  meetingScheduled: ['userId', 'leadId'],
  meetingBooked: ['leadId'],
  taskCreated: ['taskId', 'userId'],
  noteLogged: ['userId'],
} as const satisfies Partial<Record<EventType, readonly string[]>>;

export type ContactEventType = keyof typeof CONTACT_EVENT_FIELDS;

export function isContactEventType(type: string): type is ContactEventType {
  return Object.prototype.hasOwnProperty.call(CONTACT_EVENT_FIELDS, type);
}

export const DAY_MS = 86_400_000;
