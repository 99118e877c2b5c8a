/** Titles and stock texts for activities, shared by the seed, the log forms and the demo tools. */
import type {ActivityType, Direction} from './types';

/** `name` is the contact's full name; undefined for activities logged on a company without a contact. */
export function activityTitle(type: ActivityType, direction: Direction, name: string | undefined, detail?: string): string {
  const who = name ?? 'the account';
  switch (type) {
    case 'call':
      return `Call with ${who}`;
    case 'email':
      return direction === 'contact' ? `Email reply from ${who}` : `Email to ${who}`;
    case 'meeting':
      return direction === 'contact' ? `Meeting booked by ${who}` : `Meeting with ${who}`;
    case 'note':
      return name ? `Note about ${name}` : 'Note';
    case 'task':
      return `Task: ${detail ?? 'Follow up'}`;
    case 'form':
      return `Form submission: ${detail ?? 'Contact us'}`;
    case 'pageView':
      return `Page view: ${detail ?? 'Pricing'}`;
    case 'documentView':
      return `Document viewed: ${detail ?? 'Proposal.pdf'}`;
  }
}

export const CALL_NOTES = {
  connected: [
    'Discussed the rollout timeline for Q1. They want a pricing proposal by Friday.',
    'Walked through the integration questions; IT wants a technical demo next week.',
    'Good call. Budget is approved for next year, procurement is the next step.',
    'Went through the pilot results. They are happy with adoption so far.',
    'Talked about the renewal. They asked for a multi-year discount.',
  ],
  noAnswer: ['No answer. Will try again tomorrow morning.', 'No answer, no voicemail box set up.'],
  busy: ['Line busy. Trying again after lunch.'],
  leftVoicemail: ['Left a voicemail about the pilot offer.', 'Left a voicemail asking for a 20-minute intro.'],
  wrongNumber: ['Number belongs to someone else. Asked the office for a direct line.'],
} as const;

export const EMAIL_SUBJECTS = [
  'Following up on our call',
  'Pricing proposal',
  'Agenda for next week',
  'Case study: how Fjordline cut admin time by 30%',
  'Quick question about your Q1 plans',
  'Contract draft for review',
];

export const REPLY_TEXTS = [
  'Thanks, this looks good. Can we go through it with our CFO next week?',
  'Sounds interesting. Could you send over the security documentation?',
  'Thanks for reaching out. Let us talk after the holidays.',
  'We reviewed the proposal internally. A few questions on the licence model.',
];

export const MEETING_TOPICS = ['Product demo (45 min)', 'Intro call (30 min)', 'Technical deep-dive (60 min)', 'Commercial review (30 min)', 'Quarterly business review (60 min)'];

export const NOTE_TEXTS = [
  'They are evaluating two other vendors. Main concern is the migration effort.',
  'New CFO started in October; expect budget review in January.',
  'Champion is moving to another team next quarter. Need a new sponsor.',
  'Strong fit: 40+ sales reps, currently on spreadsheets for forecasting.',
  'Asked for references in the logistics sector.',
];

export const TASK_SUBJECTS = ['Send pricing proposal', 'Book technical demo', 'Share security whitepaper', 'Check in after trial', 'Prepare renewal quote'];
export const FORM_NAMES = ['Contact us', 'Request a demo', 'Webinar registration', 'Download: Buyer guide'];
export const PAGES = [
  {name: 'Pricing', path: '/pricing'},
  {name: 'Integrations', path: '/integrations'},
  {name: 'Customer stories', path: '/customers'},
  {name: 'Security', path: '/security'},
  {name: 'Book a demo', path: '/demo'},
];
export const DOCUMENTS = ['Proposal.pdf', 'Security whitepaper.pdf', 'Price list 2027.pdf', 'Implementation plan.pdf'];
