/** A list page (docs/demo-dom.md "List pages"): a searchable table with an empty Goalpost cell per row. */
import {useState} from 'preact/hooks';
import {db} from '../data/store';
import type {RecordType} from '../data/types';
import {LISTS, type Column, type ListSpec} from './list-columns';

export function ListPage({type}: {type: RecordType}) {
  const spec = LISTS[type] as ListSpec<{id: string}>;
  const [query, setQuery] = useState('');
  const data = db.value;
  const needle = query.trim().toLowerCase();
  const rows = spec.rows(data).filter((row) => !needle || spec.columns.some((col) => col.text?.(row, data).toLowerCase().includes(needle)));
  document.title = `${spec.title} | Fjord CRM`;

  return (
    <main id="main" class="list-page" data-testid="list-page" data-record-type={type} tabIndex={-1}>
      <div class="list-head">
        <div>
          <h1 tabIndex={-1}>{spec.title}</h1>
          <p class="muted" data-testid="list-count" aria-live="polite">
            {rows.length === spec.rows(data).length ? `${rows.length} ${spec.noun}` : `${rows.length} of ${spec.rows(data).length} ${spec.noun}`}
          </p>
        </div>
        <div class="search">
          <label for="list-search">Search {spec.noun}</label>
          <input id="list-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} placeholder="Name, email, company…" />
        </div>
      </div>
      <div class="table-wrap">
        <table class="list-table" data-testid="list-table">
          <caption class="visually-hidden">{spec.title}</caption>
          <thead>
            <tr>
              {spec.columns.map((col) => (
                <th key={col.id} scope="col" class={col.numeric ? 'num' : undefined}>
                  {col.label}
                </th>
              ))}
              <th scope="col" class="goalpost-col">
                <span class="visually-hidden">Extension badges</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid="list-row" data-record-id={row.id}>
                {spec.columns.map((col: Column<{id: string}>) => (
                  <td key={col.id} data-testid={`cell-${col.id}`} class={col.numeric ? 'num' : undefined}>
                    {col.render(row, data)}
                  </td>
                ))}
                <td data-testid="cell-goalpost" class="goalpost-col"></td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p class="empty">No {spec.noun} match “{query}”.</p>}
      </div>
    </main>
  );
}
