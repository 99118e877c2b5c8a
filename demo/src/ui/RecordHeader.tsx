/** The record header: title, key fields and an Edit form for the fields a rep changes by hand. */
import {useState} from 'preact/hooks';
import {recordName} from '../data/queries';
import {db} from '../data/store';
import {pathFor} from '../router';
import {EditRecordForm} from './EditRecordForm';
import type {RecordContext} from './record-context';
import {headerFields} from './record-fields';

const TYPE_LABEL = {company: 'Company', contact: 'Contact', lead: 'Lead', deal: 'Deal'} as const;
const LIST_LABEL = {company: 'Companies', contact: 'Contacts', lead: 'Leads', deal: 'Deals'} as const;

export function RecordHeader({ctx}: {ctx: RecordContext}) {
  const [editing, setEditing] = useState(false);
  const name = recordName(ctx.type, ctx.record);
  const initials = name
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w))
    .slice(0, 2)
    .map((w) => w[0])
    .join('');

  return (
    <header class="record-header card" data-testid="record-header">
      <nav aria-label="Breadcrumb" class="breadcrumb">
        <a href={pathFor(ctx.type)}>{LIST_LABEL[ctx.type]}</a>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{name}</span>
      </nav>
      <div class="title-row">
        <span class={`avatar avatar-${ctx.type}`} aria-hidden="true">
          {initials}
        </span>
        <div class="title-text">
          <p class="eyebrow">{TYPE_LABEL[ctx.type]}</p>
          <h1 data-testid="record-title" tabIndex={-1}>
            {name}
          </h1>
        </div>
        <button type="button" class="btn btn-secondary" aria-expanded={editing} aria-controls="edit-record" data-testid="edit-record-button" onClick={() => setEditing(!editing)}>
          {editing ? 'Close editor' : 'Edit'}
        </button>
      </div>
      <dl data-testid="record-fields" class="fields">
        {headerFields(db.value, ctx).map((f) => (
          <div key={f.field} data-field={f.field}>
            <dt>{f.label}</dt>
            <dd data-testid="field-value" data-value={f.dataValue}>
              {f.value}
            </dd>
          </div>
        ))}
      </dl>
      {editing && <EditRecordForm ctx={ctx} onDone={() => setEditing(false)} />}
    </header>
  );
}
