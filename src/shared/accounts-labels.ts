/** Display helpers for target-account data shared by the company panel and the accounts page. */

/** Captured user ids look like `user:jane doe` (lower-cased for matching); show the name part, capitalized. */
export const userName = (userId: string) => userId.replace(/^user:/, '').replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());

/** The engine's event types → the capture vocabulary that ui/components/labels.ts translates. */
const CAPTURE_TYPE: Record<string, string> = {
  emailSent: 'email',
  emailReplied: 'email',
  linkedinMessageSent: 'linkedinMessage',
  callLogged: 'call',
  meetingScheduled: 'meeting',
  meetingBooked: 'meeting',
  taskCreated: 'task',
  noteLogged: 'note',
  formSubmitted: 'form',
  documentViewed: 'documentView',
  pageViewed: 'pageView',
};
export const captureTypeOf = (engineType: string) => CAPTURE_TYPE[engineType] ?? engineType;
