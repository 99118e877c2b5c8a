/**
 * The four log forms of docs/demo-dom.md: `log-call-form`, `log-email-form`, `log-meeting-form` and
 * `log-note-form` (the "Add note" button opens the last). Each adds one activity by the signed-in rep.
 */
import {useState} from 'preact/hooks';
import {activityTitle} from '../../data/activity-text';
import {CALL_OUTCOME_LABELS} from '../../data/labels';
import {contactById} from '../../data/queries';
import {currentUserId, db, logActivity, nowIso} from '../../data/store';
import {CALL_OUTCOMES, type Activity, type ActivityType, type CallOutcome} from '../../data/types';
import {fullName} from '../../seed/people';
import {associationsFor, type RecordContext} from '../record-context';
import {chosenTime, fromLocalInput, toLocalInput} from './datetime';
import {ContactSelect, FormShell, InputField, SelectField, TextAreaField} from './fields';

export type LogKind = 'call' | 'email' | 'meeting' | 'note';

interface Props {
  ctx: RecordContext;
  onDone(activity?: Activity): void;
}

function save(ctx: RecordContext, form: FormData, type: ActivityType, extra: Partial<Activity> & {body: string}, detail?: string): Activity {
  const contact = contactById(db.value, String(form.get('contactId') ?? '') || undefined);
  return logActivity({
    type,
    direction: 'user',
    timestamp: nowIso(),
    title: activityTitle(type, 'user', contact && fullName(contact), detail),
    userId: currentUserId.value,
    ...associationsFor(ctx, contact),
    ...extra,
  });
}

export function LogCallForm({ctx, onDone}: Props) {
  const [opened] = useState(() => toLocalInput(new Date()));
  return (
    <FormShell testId="log-call-form" title="Log a call" submitLabel="Save call" onCancel={() => onDone()} onSubmit={(form) =>
      onDone(save(ctx, form, 'call', {
        outcome: form.get('outcome') as CallOutcome,
        timestamp: chosenTime(String(form.get('timestamp')), opened, nowIso(), 'Date and time'),
        body: String(form.get('body') ?? ''),
      }))
    }>
      <ContactSelect id="call-contact" contacts={ctx.contacts} />
      <SelectField id="call-outcome" name="outcome" label="Call outcome" options={CALL_OUTCOMES.map((o) => [o, CALL_OUTCOME_LABELS[o]])} />
      <InputField id="call-time" name="timestamp" label="Date and time" type="datetime-local" defaultValue={opened} required />
      <TextAreaField id="call-notes" name="body" label="Call notes" placeholder="What was discussed?" />
    </FormShell>
  );
}

export function LogEmailForm({ctx, onDone}: Props) {
  const [opened] = useState(() => toLocalInput(new Date()));
  return (
    <FormShell testId="log-email-form" title="Log an email" submitLabel="Save email" onCancel={() => onDone()} onSubmit={(form) =>
      onDone(save(ctx, form, 'email', {
        timestamp: chosenTime(String(form.get('timestamp')), opened, nowIso(), 'Date and time sent'),
        body: `Subject: ${String(form.get('subject') ?? '')}\n\n${String(form.get('body') ?? '')}`.trim(),
      }))
    }>
      <ContactSelect id="email-contact" contacts={ctx.contacts} />
      <InputField id="email-subject" name="subject" label="Subject" required />
      <InputField id="email-time" name="timestamp" label="Date and time sent" type="datetime-local" defaultValue={opened} required />
      <TextAreaField id="email-body" name="body" label="Email body" />
    </FormShell>
  );
}

export function LogMeetingForm({ctx, onDone}: Props) {
  // A meeting is logged now and starts later: the next full hour by default.
  const nextHour = new Date();
  nextHour.setHours(nextHour.getHours() + 1, 0, 0, 0);
  return (
    <FormShell testId="log-meeting-form" title="Log or schedule a meeting" submitLabel="Save meeting" onCancel={() => onDone()} onSubmit={(form) =>
      onDone(save(ctx, form, 'meeting', {
        startsAt: fromLocalInput(String(form.get('startsAt')), 'Meeting starts'),
        body: [String(form.get('subject') ?? ''), String(form.get('body') ?? '')].filter(Boolean).join('\n\n'),
      }))
    }>
      <ContactSelect id="meeting-contact" contacts={ctx.contacts} />
      <InputField id="meeting-subject" name="subject" label="Meeting title" defaultValue="Intro call (30 min)" required />
      <InputField id="meeting-start" name="startsAt" label="Meeting starts" type="datetime-local" defaultValue={toLocalInput(nextHour)} required />
      <TextAreaField id="meeting-notes" name="body" label="Meeting notes" />
    </FormShell>
  );
}

export function AddNoteForm({ctx, onDone}: Props) {
  const accountLevel = ctx.type === 'company' || ctx.type === 'deal';
  return (
    <FormShell testId="log-note-form" title="Add a note" submitLabel="Save note" onCancel={() => onDone()} onSubmit={(form) =>
      onDone(save(ctx, form, 'note', {body: String(form.get('body') ?? '')}))
    }>
      <ContactSelect id="note-contact" contacts={ctx.contacts} optional={accountLevel} />
      <TextAreaField id="note-body" name="body" label="Note" required />
    </FormShell>
  );
}

export const LOG_FORMS: Record<LogKind, (props: Props) => preact.JSX.Element> = {
  call: LogCallForm,
  email: LogEmailForm,
  meeting: LogMeetingForm,
  note: AddNoteForm,
};
