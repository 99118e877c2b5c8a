/**
 * Every Salesforce Lightning selector, one comment each: what it anchors to, which layout, where it
 * comes from (keys in /work/shared/CRM-NOTES.md §5). Lightning keeps visited records in the DOM, so
 * every read is scoped to the active view first (CRM-NOTES 3.3 "Cached views"). LWC synthetic shadow
 * is light DOM to a content script; native shadow roots are not walked yet (CRM-NOTES 3.3).
 * Plan a review every Salesforce release (three a year) [CCI56] [CCI66].
 */

/** The visible view among cached ones. M, [PB] (`[role="main"] > .active`), [TG-SF] (windowViewMode-normal). */
export const activeView = ['[role="main"] > .active', '.windowViewMode-normal'];

/** Highlights panel (record header); the indicator is appended, the panel falls back to after it. S/M, [CCI56] [NE] [VB] [CK-SF]. */
export const highlights = ['records-lwc-highlights-panel', 'records-highlights2', 'force-highlights2', '.forceHighlightsPanel'];

/** Record name; the lead-stage badge goes after it. M/S, [TG-SF] [TM-SF] [CK-SF]; fallback document.title up to "| Salesforce". */
export const recordTitle = [
  'records-highlights2 h1 lightning-formatted-name',
  'records-highlights2 h1 lightning-formatted-text',
  '.slds-page-header__title lightning-formatted-name',
  '.slds-page-header__title lightning-formatted-text',
  'h1 .uiOutputText',
];

/** Compact-layout fields in the header: label `.slds-text-title`, value `p.fieldComponent`. M, [CCI56] (Spring '22 on; Spring '20 tag). */
export const headerField = ['records-highlights-details-item', 'force-highlights-details-item'];
export const headerFieldLabel = '.slds-text-title';
export const headerFieldValue = 'p.fieldComponent';

/** Detail field by API name: stable across languages. S, public test code; CRM-NOTES 3.2 "field by API name". */
export const fieldByApiName = (object: string, field: string): string => `[data-target-selection-name="sfdc:RecordField.${object}.${field}"]`;
/** The value part inside a detail field (twin of PixieBrix's `.test-id__field-label`), then the SLDS static value. M, [PB]; value class inferred. */
export const fieldValue = ['.test-id__field-value', '.slds-form-element__static'];
/** Lookup links inside a field; the href holds the related id. M, [VB]. */
export const lookupLink = 'force-lookup a, a[href*="/lightning/r/"]';

/** Related list cards (Contacts, Contact Roles, Notes) and their heading. M, [CCI56]; moving to lst-related-list-single-container [CCI66]. */
export const relatedListCard = ['[data-component-id="force_relatedListContainer"] article', 'lst-related-list-single-container article'];
export const relatedListTitle = 'span[title]';
/** Rows of a related list: table rows in wide columns, tiles in narrow ones (SLDS; inferred). */
export const relatedListRow = 'tbody tr, li.slds-item';

/**
 * Activity timeline (right column). Flexipage `runtime_sales_activities:activityPanel` exposed as
 * data-component-id by analogy with `force_relatedListContainer` (inferred). F. No tag-name variant:
 * tags with underscores are valid CSS in Chromium but happy-dom rejects them, so fixtures could not count them.
 */
export const activityPanel = ['[data-component-id="runtime_sales_activities_activityPanel"]'];
/** Timeline items; type from `slds-timeline__item_{call,email,event,task}`. Inferred from the SLDS pattern (CRM-NOTES 3.4). */
export const timelineItem = '.slds-timeline__item_expandable';
/** Item date and expanded details (SLDS blueprint names; inferred). */
export const timelineDate = '.slds-timeline__date';
export const timelineDetails = '.slds-timeline__item_details';
/** Label/value pairs inside details ("Call Result"), English labels. Inferred. */
export const detailLabel = '.slds-text-title';

/** List view rows and the primary (name) cell for row badges. Class family from [CK-SF] [TM-SF]; rows inferred. */
export const listRow = '.forceListViewManager table tbody tr';
export const listRecordLink = 'a[data-recordid], th a[href*="/lightning/r/"]';
export const listNameCell = 'th[scope="row"]';
