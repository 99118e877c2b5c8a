/** A record page (docs/demo-dom.md "Record pages"): header, activity column and sidebar. */
import {findRecord, recordName} from '../data/queries';
import {db} from '../data/store';
import type {RecordType} from '../data/types';
import {pathFor} from '../router';
import {ActivityPanel} from './ActivityPanel';
import {recordContext} from './record-context';
import {RecordHeader} from './RecordHeader';
import {Sidebar} from './Sidebar';

const NOUN = {company: 'company', contact: 'contact', lead: 'lead', deal: 'deal'} as const;

export function RecordPage({type, id}: {type: RecordType; id: string}) {
  const record = findRecord(db.value, type, id);
  if (!record) return <NotFound what={`${NOUN[type]} ${id}`} back={pathFor(type)} />;
  const ctx = recordContext(db.value, type, record);
  document.title = `${recordName(type, record)} | Fjord CRM`;
  return (
    <main id="main" class="record-page" data-testid="record-page" data-record-type={type} data-record-id={record.id} tabIndex={-1}>
      <RecordHeader ctx={ctx} />
      <ActivityPanel ctx={ctx} />
      <Sidebar ctx={ctx} />
    </main>
  );
}

export function NotFound({what, back = '/companies'}: {what: string; back?: string}) {
  document.title = 'Not found | Fjord CRM';
  return (
    <main id="main" class="not-found" data-testid="not-found" tabIndex={-1}>
      <h1 tabIndex={-1}>Not found</h1>
      <p>There is no {what || 'page here'}.</p>
      <p>
        <a href={back}>Back to the list</a>
      </p>
    </main>
  );
}
