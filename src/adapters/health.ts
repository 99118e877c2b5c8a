/**
 * The options page's health view (AnchorReport in types.ts): for one page, which widget anchors were
 * found and which expected fields were read. Works over any CrmAdapter, so a moved selector shows up
 * as "anchor missing" or "field missing" instead of a silent blank widget.
 */
import type {AnchorReport, CapturedRecord, CrmAdapter, PageInfo, RecordKind, WidgetSlot} from './types';
import type {FieldKey} from './shared/fields';

/** Fields a record page of each kind normally shows (built-in adapters). */
export const EXPECTED_FIELDS: Record<RecordKind, FieldKey[]> = {
  company: ['name', 'domain', 'owner'],
  contact: ['name', 'email', 'owner', 'lifecycleStage'],
  lead: ['name', 'leadStage'],
  deal: ['name', 'amount', 'dealStage'],
};

export function healthReport(
  adapter: CrmAdapter,
  root: ParentNode,
  page: PageInfo,
  slots: WidgetSlot[] = ['panel', 'badge', 'indicator'],
  expected?: FieldKey[],
): AnchorReport[] {
  let record: CapturedRecord | undefined;
  if (page.type === 'record') record = adapter.readRecord(root, page);
  const wanted = page.type === 'record' ? (expected ?? EXPECTED_FIELDS[page.kind]) : [];
  const fieldsFound: string[] = [];
  const fieldsMissing: string[] = [];
  for (const key of wanted) {
    const value = key === 'name' ? record?.name : record?.fields[key];
    (value !== undefined && value !== '' ? fieldsFound : fieldsMissing).push(key);
  }
  return slots.map((slot) => ({slot, found: adapter.findAnchor(root, page, slot) !== null, fieldsFound, fieldsMissing}));
}
