/** The import preview: per file its format, rows and records, the import's totals, every error. */
import type {Ref} from 'preact';
import {formatNumber, t} from '../../../shared/i18n';
import type {WorkerReply} from './import-worker-protocol';

export type Parsed = Extract<WorkerReply, {type: 'done'}>;

interface Props {
  parsed: Parsed;
  headingRef: Ref<HTMLHeadingElement>;
  skipInvalid: boolean;
  onSkip(skip: boolean): void;
  busy: boolean;
  onCommit(): void;
}

function formatName(format: string, kind: string): string {
  if (format !== 'generic') return format;
  return kind === 'unknown' ? t('imFormatUnknown') : t('imFormatMapped');
}

export function ImportPreview({parsed, headingRef, skipInvalid, onSkip, busy, onCommit}: Props) {
  const {files, crm} = parsed;
  const totals = parsed.preview.find((p) => p.crm)?.crm;
  const withErrors = files.filter((f) => f.errors.length > 0 && f.kind !== 'unknown');
  const records = crm.companies.length + crm.contacts.length + crm.deals.length + crm.events.length;
  return (
    <div class="im-preview" data-testid="import-preview">
      <h3 ref={headingRef} tabIndex={-1}>{t('imPreviewTitle')}</h3>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('imColFile')}</th>
              <th scope="col">{t('imColFormat')}</th>
              <th scope="col">{t('imColRows')}</th>
              <th scope="col">{t('imColContacts')}</th>
              <th scope="col">{t('imColCompanies')}</th>
              <th scope="col">{t('imColDeals')}</th>
              <th scope="col">{t('imColStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.file}>
                <th scope="row">{f.file}</th>
                <td>{formatName(f.format, f.kind)}</td>
                <td>{formatNumber(f.rows)}</td>
                <td>{formatNumber(f.counts.contacts)}</td>
                <td>{formatNumber(f.counts.companies)}</td>
                <td>{formatNumber(f.counts.deals)}</td>
                <td>
                  {f.kind === 'ad'
                    ? <span class="muted">{t('imAdFile')}</span>
                    : f.kind === 'unknown'
                      ? <span class="badge bad">{t('imStatusNeedsMapping')}</span>
                      : f.errors.length
                      ? <span class="badge bad">{skipInvalid ? t('imStatusSkipping', f.errors.length) : t('imStatusBlocked', f.errors.length)}</span>
                      : <span class="badge ok">{t('imStatusOk')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {totals && (
        <dl class="stats" data-testid="import-totals" aria-label={t('imTotals')}>
          <div><dt>{t('imColContacts')}</dt><dd>{formatNumber(totals.contacts)}</dd></div>
          <div><dt>{t('imColCompanies')}</dt><dd>{formatNumber(totals.companies)}</dd></div>
          <div><dt>{t('imColDeals')}</dt><dd>{formatNumber(totals.deals)}</dd></div>
          <div><dt>{t('imTargetAccounts')}</dt><dd>{formatNumber(totals.targetAccounts)}</dd></div>
          <div><dt>{t('imOpenDealValue')}</dt><dd>{formatNumber(totals.openDealValue, {maximumFractionDigits: 2})}</dd></div>
        </dl>
      )}
      {withErrors.length > 0 && (
        <div class="note bad" data-testid="import-errors">
          <p>{skipInvalid ? t('imErrorsSkipped') : t('imErrorsBlock')}</p>
          <ul>
            {withErrors.flatMap((f) => f.errors.map((e, i) => (
              <li key={`${f.file}-${i}`}>
                {e.column ? t('imErrorAtColumn', f.file, e.line, e.column, e.message) : t('imErrorAtLine', f.file, e.line, e.message)}
              </li>
            )))}
          </ul>
          <label class="im-check">
            <input type="checkbox" checked={skipInvalid} disabled={busy} onChange={(e) => onSkip((e.currentTarget as HTMLInputElement).checked)} />
            {t('imSkipRows')}
          </label>
        </div>
      )}
      <div class="row im-actions">
        <button type="button" class="btn primary" disabled={busy || records === 0} onClick={onCommit}>
          {busy ? t('imCommitting') : t('imCommit', formatNumber(records))}
        </button>
        {records === 0 && <p class="muted">{t('imNothingToImport')}</p>}
      </div>
    </div>
  );
}
