/**
 * The middle column: the log buttons, the open form and the timeline. The timeline is keyed on the
 * store's revision, so logging anything re-renders it with all-new DOM nodes, as real CRMs do; the
 * extension must cope with that, which is why the demo does it.
 */
import {useRef, useState} from 'preact/hooks';
import {timelineFor} from '../data/queries';
import {db, revision} from '../data/store';
import type {Activity} from '../data/types';
import {LOG_FORMS, type LogKind} from './forms/LogForms';
import type {RecordContext} from './record-context';
import {Timeline} from './Timeline';

const ACTIONS: Array<{kind: LogKind; label: string}> = [
  {kind: 'call', label: 'Log call'},
  {kind: 'email', label: 'Log email'},
  {kind: 'meeting', label: 'Log meeting'},
  {kind: 'note', label: 'Add note'},
];

export function ActivityPanel({ctx}: {ctx: RecordContext}) {
  const [open, setOpen] = useState<LogKind | undefined>();
  const [status, setStatus] = useState('');
  const buttons = useRef<Partial<Record<LogKind, HTMLButtonElement | null>>>({});
  const activities = timelineFor(db.value, ctx.type, ctx.record);
  const Form = open && LOG_FORMS[open];

  const done = (activity?: Activity) => {
    const kind = open;
    setOpen(undefined);
    if (activity) setStatus(`${activity.title} saved.`);
    if (kind) buttons.current[kind]?.focus();
  };

  return (
    <section class="record-main" data-testid="record-main" aria-labelledby="activity-heading">
      <div class="card">
        <div class="activity-head">
          <h2 id="activity-heading">
            Activity <span class="count">{activities.length}</span>
          </h2>
          <div class="activity-actions" data-testid="activity-actions" role="group" aria-label="Log activity">
            {ACTIONS.map((action) => (
              <button
                key={action.kind}
                type="button"
                class={`btn ${open === action.kind ? 'btn-primary' : 'btn-secondary'}`}
                data-testid={`log-${action.kind}-button`}
                aria-expanded={open === action.kind}
                ref={(el) => void (buttons.current[action.kind] = el)}
                onClick={() => setOpen(open === action.kind ? undefined : action.kind)}
              >
                {action.label}
              </button>
            ))}
          </div>
        </div>
        <p class="visually-hidden" role="status" data-testid="activity-status">
          {status}
        </p>
        {Form && <Form key={open} ctx={ctx} onDone={done} />}
        <Timeline key={revision.value} activities={activities} db={db.value} recordType={ctx.type} />
      </div>
    </section>
  );
}
