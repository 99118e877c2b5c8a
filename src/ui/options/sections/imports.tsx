/**
 * "Import CRM data": files are parsed in a web worker (progress, rows/s, Cancel terminates it), a
 * preview shows what each file gives and every error with its line and column, a generic CSV gets a
 * column-mapping step, and "Import" sends the normalized records to the background, which writes
 * them in one transaction (all or nothing; importing the same files again changes nothing).
 */
import {useEffect, useRef, useState} from 'preact/hooks';
import type {CrmColumnMapping} from '../../../import/types';
import {formatNumber, t} from '../../../shared/i18n';
import {send} from '../../../shared/messaging';
import type {WorkerReply, WorkerRequest} from './import-worker-protocol';
import {MappingForm} from './imports-mapping';
import {ImportPreview, type Parsed} from './imports-preview';
import './imports.css';

type Progress = Extract<WorkerReply, {type: 'progress'}>;
type Message = {kind: 'ok' | 'error'; text: string};

export type WorkerFactory = () => Worker;
const defaultWorker: WorkerFactory = () => new Worker(new URL('./import-worker.ts', import.meta.url), {type: 'module'});

export function ImportsSection() {
  return <ImportsPanel createWorker={defaultWorker} />;
}

/** The section with its worker injectable (unit tests give a fake). */
export function ImportsPanel({createWorker}: {createWorker: WorkerFactory}) {
  const [files, setFiles] = useState<File[]>([]);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [parsing, setParsing] = useState<{progress: Progress | null} | null>(null);
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [committing, setCommitting] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const worker = useRef<Worker | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  const stopWorker = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  useEffect(() => stopWorker, []);

  const parse = async (chosen: File[], skip: boolean) => {
    stopWorker();
    setParsed(null);
    setMessage(null);
    if (!chosen.length) return;
    setParsing({progress: null});
    try {
      const [{mappings}, data] = await Promise.all([
        send('imports/mappings', {}),
        Promise.all(chosen.map(async (f) => ({name: f.name, data: await f.arrayBuffer()}))),
      ]);
      const w = createWorker();
      worker.current = w;
      w.onmessage = (event: MessageEvent<WorkerReply>) => {
        if (worker.current !== w) return;
        const reply = event.data;
        if (reply.type === 'progress') setParsing({progress: reply});
        else {
          stopWorker();
          setParsing(null);
          if (reply.type === 'error') setMessage({kind: 'error', text: t('imParseFailed', reply.message)});
          else {
            setParsed(reply);
            queueMicrotask(() => previewHeading.current?.focus());
          }
        }
      };
      w.onerror = (event) => {
        stopWorker();
        setParsing(null);
        setMessage({kind: 'error', text: t('imParseFailed', event.message || 'worker error')});
      };
      const request: WorkerRequest = {files: data, options: {skipInvalidRows: skip, mappings: mappings as WorkerRequest['options']['mappings']}};
      w.postMessage(request, data.map((d) => d.data));
    } catch (error) {
      setParsing(null);
      setMessage({kind: 'error', text: t('imParseFailed', (error as Error).message)});
    }
  };

  const cancel = () => {
    stopWorker();
    setParsing(null);
    setMessage({kind: 'ok', text: t('imCancelled')});
  };

  const onFiles = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    input.value = '';
    setFiles(chosen);
    setSkipInvalid(false);
    void parse(chosen, false);
  };

  const onSkip = (skip: boolean) => {
    setSkipInvalid(skip);
    void parse(files, skip);
  };

  const saveMapping = async (shapeKey: string, mapping: {kind: 'crm'} & CrmColumnMapping) => {
    const answer = await send('imports/mapping-save', {shapeKey, mapping});
    if (!answer.ok) setMessage({kind: 'error', text: t('imMappingRefused', answer.error)});
    else void parse(files, skipInvalid);
  };

  const commit = async () => {
    if (!parsed) return;
    setCommitting(true);
    setMessage(null);
    try {
      const {crm} = parsed;
      const answer = await send('imports/commit', {
        files: parsed.files.map((f) => f.file),
        companies: crm.companies,
        contacts: crm.contacts,
        deals: crm.deals,
        events: crm.events as never,
        stubCompanyIds: crm.stubCompanyIds,
      });
      setMessage({
        kind: 'ok',
        text: answer.newRecords || answer.newEvents ? t('imCommitted', answer.newRecords, answer.newEvents) : t('imNothingChanged'),
      });
      setParsed(null);
      setFiles([]);
    } catch (error) {
      setMessage({kind: 'error', text: t('imCommitFailed', (error as Error).message)});
    } finally {
      setCommitting(false);
    }
  };

  const progress = parsing?.progress;
  const rate = progress && progress.ms > 0 ? Math.round(progress.rows / (progress.ms / 1000)) : 0;
  const percent = progress && progress.bytesTotal > 0 ? Math.floor((100 * progress.bytesDone) / progress.bytesTotal) : 0;
  const unknown = parsed?.files.map((f, i) => ({f, i})).filter(({f}) => f.kind === 'unknown' && f.headers.length > 0) ?? [];

  return (
    <>
      <h2>{t('imTitle')}</h2>
      <p class="muted">{t('imIntro')}</p>
      <div class="row">
        <label class="btn file">
          {t('imChooseFiles')}
          <input type="file" multiple accept=".csv,.tsv,.txt,text/csv" onChange={onFiles} disabled={!!parsing || committing} aria-label={t('imChooseFiles')} />
        </label>
      </div>
      {parsing && (
        <div class="im-progress" role="status" aria-live="polite">
          <progress max={progress?.bytesTotal || 1} value={progress?.bytesDone ?? 0} aria-label={t('imParsing')} />
          <p data-testid="import-progress">
            {progress
              ? progress.filesDone < progress.filesTotal
                ? t('imProgressFile', formatNumber(progress.filesDone + 1), formatNumber(progress.filesTotal), formatNumber(percent), formatNumber(progress.rows), formatNumber(rate))
                : t('imProgress', formatNumber(progress.filesDone), formatNumber(progress.filesTotal), formatNumber(progress.rows), formatNumber(rate))
              : t('imParsing')}
          </p>
          <button type="button" class="btn" onClick={cancel}>{t('imCancel')}</button>
        </div>
      )}
      {parsed && (
        <ImportPreview parsed={parsed} headingRef={previewHeading} skipInvalid={skipInvalid} onSkip={onSkip} busy={committing} onCommit={() => void commit()} />
      )}
      {unknown.map(({f, i}) => (
        <MappingForm key={f.shapeKey} file={f} index={i} busy={committing} onSave={(m) => void saveMapping(f.shapeKey, m)} />
      ))}
      <div aria-live="polite">
        {message && (
          <div class={message.kind === 'ok' ? 'note ok' : 'note bad'} role={message.kind === 'error' ? 'alert' : 'status'}>
            <p>{message.text}</p>
          </div>
        )}
      </div>
    </>
  );
}
