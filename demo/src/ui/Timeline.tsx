/** The activity timeline (docs/demo-dom.md): newest first, one `<li>` per activity. */
import {ACTIVITY_TYPE_LABELS, CALL_OUTCOME_LABELS, formatDateTime} from '../data/labels';
import {contactById, userName} from '../data/queries';
import type {Activity, Db, RecordType} from '../data/types';
import {pathFor} from '../router';
import {fullName} from '../seed/people';

const ICONS: Record<Activity['type'], string> = {
  call: 'M6.6 10.8a15 15 0 006.6 6.6l2.2-2.2a1 1 0 011-.25 11.4 11.4 0 003.6.57 1 1 0 011 1V20a1 1 0 01-1 1A17 17 0 013 4a1 1 0 011-1h3.5a1 1 0 011 1c0 1.25.2 2.45.57 3.57a1 1 0 01-.25 1z',
  email: 'M3 5h18v14H3V5zm2 2v.5l7 4.5 7-4.5V7H5zm0 3v7h14v-7l-7 4.5L5 10z',
  meeting: 'M7 2v2H5a2 2 0 00-2 2v14a2 2 0 002 2h14a2 2 0 002-2V6a2 2 0 00-2-2h-2V2h-2v2H9V2H7zM5 9h14v11H5V9z',
  note: 'M5 3h10l4 4v14H5V3zm9 1.5V8h3.5L14 4.5zM8 12h8v1.5H8V12zm0 3.5h8V17H8v-1.5z',
  task: 'M9 16.2l-3.5-3.5L4 14.2l5 5 11-11-1.5-1.5L9 16.2z',
  form: 'M4 4h16v16H4V4zm2 3v2h12V7H6zm0 4v2h12v-2H6zm0 4v2h7v-2H6z',
  pageView: 'M12 5c-5 0-9 4.5-10 7 1 2.5 5 7 10 7s9-4.5 10-7c-1-2.5-5-7-10-7zm0 11a4 4 0 110-8 4 4 0 010 8z',
  documentView: 'M6 2h8l6 6v14H6V2zm7 1.5V9h5.5L13 3.5z',
};

export function Timeline({activities, db, recordType}: {activities: Activity[]; db: Db; recordType: RecordType}) {
  if (activities.length === 0) {
    return (
      <ol class="timeline" data-testid="timeline">
        <li class="empty">No activity yet. Log a call, an email or a meeting to start the history.</li>
      </ol>
    );
  }
  return (
    <ol class="timeline" data-testid="timeline">
      {activities.map((a) => (
        <TimelineItem key={a.id} activity={a} db={db} showContact={recordType === 'company' || recordType === 'deal'} />
      ))}
    </ol>
  );
}

function TimelineItem({activity: a, db, showContact}: {activity: Activity; db: Db; showContact: boolean}) {
  const contact = contactById(db, a.contactId);
  return (
    <li
      class={`timeline-item type-${a.type} dir-${a.direction}`}
      data-testid="timeline-item"
      data-activity-id={a.id}
      data-activity-type={a.type}
      data-direction={a.direction}
      data-outcome={a.outcome}
      data-timestamp={a.timestamp}
      data-contact-id={a.contactId}
      data-starts-at={a.startsAt}
    >
      <span class="tl-icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="16" height="16">
          <path d={ICONS[a.type]} fill="currentColor" />
        </svg>
      </span>
      <div class="tl-content">
        <div class="tl-head">
          <span class="tl-type">{ACTIVITY_TYPE_LABELS[a.type]}</span>
          {a.direction === 'contact' && <span class="tag tag-contact">By contact</span>}
          {a.outcome && <span class={`tag outcome-${a.outcome}`}>{CALL_OUTCOME_LABELS[a.outcome]}</span>}
          <time dateTime={a.timestamp} class="tl-time">
            {formatDateTime(a.timestamp)}
          </time>
        </div>
        <span class="tl-title" data-testid="activity-title">
          {a.title}
        </span>
        {a.startsAt && (
          <p class="tl-meta">
            Starts <time dateTime={a.startsAt}>{formatDateTime(a.startsAt)}</time>
          </p>
        )}
        {a.body && (
          <p class="tl-body" data-testid="activity-body">
            {a.body}
          </p>
        )}
        <p class="tl-meta">
          {a.userId && (
            <>
              Logged by <span data-testid="activity-user">{userName(db, a.userId)}</span>
            </>
          )}
          {showContact && contact && (
            <>
              {a.userId ? ' · ' : ''}
              <a href={pathFor('contact', contact.id)}>{fullName(contact)}</a>
            </>
          )}
        </p>
      </div>
    </li>
  );
}
