/**
 * The column-mapping step for a CSV no known export matches: pick what the rows are and which column
 * holds each field. The background remembers the mapping for files of the same shape (shapeKey).
 */
import {useState} from 'preact/hooks';
import type {CrmColumnMapping, CrmEntity, CrmField} from '../../../import/types';
import {t, type MessageKey} from '../../../shared/i18n';
import type {ParsedFile} from './import-worker-protocol';

export const ENTITY_FIELDS: Record<CrmEntity, CrmField[]> = {
  contact: ['id', 'firstName', 'lastName', 'fullName', 'email', 'lifecycleStage', 'buyingRoles', 'owner', 'companyIds', 'companyNames'],
  company: ['id', 'name', 'domain', 'targetAccount', 'owner'],
  deal: ['id', 'name', 'amount', 'stage', 'closed', 'won', 'companyIds', 'companyNames'],
  activity: ['id', 'activityType', 'at', 'outcome', 'owner', 'contactIds', 'contactNames', 'companyIds', 'companyNames'],
};
const REQUIRED: Record<CrmEntity, CrmField[]> = {contact: ['id'], company: ['id'], deal: ['id'], activity: ['id', 'activityType', 'at']};
const ENTITIES: CrmEntity[] = ['contact', 'company', 'deal', 'activity'];

const fieldLabel = (field: CrmField) => t(`imField_${field}` as MessageKey);
const entityLabel = (entity: CrmEntity) => t(`imEntity_${entity}` as MessageKey);

/** A first guess: a header whose name matches the field's name. */
function guess(headers: string[], field: CrmField): string {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return headers.find((h) => norm(h) === norm(field)) ?? '';
}

export function MappingForm({file, index, busy, onSave}: {file: ParsedFile; index: number; busy: boolean; onSave: (mapping: {kind: 'crm'} & CrmColumnMapping) => void}) {
  const [entity, setEntity] = useState<CrmEntity>('contact');
  const [columns, setColumns] = useState<Partial<Record<CrmField, string>>>({});
  const fields = ENTITY_FIELDS[entity];
  const value = (field: CrmField) => columns[field] ?? guess(file.headers, field);
  const missing = REQUIRED[entity].filter((f) => !value(f));
  const save = (e: Event) => {
    e.preventDefault();
    const chosen: Partial<Record<CrmField, string>> = {};
    for (const field of fields) if (value(field)) chosen[field] = value(field);
    onSave({kind: 'crm', entity, columns: chosen});
  };
  const id = (part: string) => `im-map-${index}-${part}`;
  return (
    <form class="im-mapping" onSubmit={save} aria-labelledby={id('title')}>
      <h4 id={id('title')}>{t('imMappingTitle', file.file)}</h4>
      <p class="muted">{t('imMappingIntro')}</p>
      <div class="im-grid">
        <label for={id('entity')}>{t('imMappingEntity')}</label>
        <select id={id('entity')} value={entity} onChange={(e) => setEntity((e.currentTarget as HTMLSelectElement).value as CrmEntity)}>
          {ENTITIES.map((en) => <option key={en} value={en}>{entityLabel(en)}</option>)}
        </select>
        {fields.map((field) => (
          <div class="im-pair" key={field}>
            <label for={id(field)}>{fieldLabel(field)}{REQUIRED[entity].includes(field) ? ` ${t('imRequiredMark')}` : ''}</label>
            <select id={id(field)} value={value(field)} onChange={(e) => setColumns({...columns, [field]: (e.currentTarget as HTMLSelectElement).value})}>
              <option value="">{t('imMappingNone')}</option>
              {file.headers.filter((h) => h !== '').map((h) => <option key={h} value={h}>{h}</option>)}
            </select>
          </div>
        ))}
      </div>
      {missing.length > 0 && <p class="muted">{t('imMappingMissing', missing.map(fieldLabel).join(', '))}</p>}
      <button type="submit" class="btn" disabled={busy || missing.length > 0}>{t('imMappingSave')}</button>
    </form>
  );
}
