/**
 * Every Pipedrive selector, one comment each (keys in /work/shared/CRM-NOTES.md §5). Pipedrive mixes
 * `data-testid` (React), `data-test` (older) and hashed class names (CRM-NOTES 4.2); prefer the test
 * attributes. Many timeline hooks were not found in any public source and are marked inferred.
 */

/** The visible view; old-style views stay mounted and hidden. M, [RC-PD] [EAF]. */
export const visibleView = '.viewContainer:not([style*="none"])';

/** Record title host (deal; inline-editable textarea inside). S, [TM-PD] (2023-09-27) [CK-PD]. Badge goes after it. */
export const headerTitle = '[data-testid="header-title"]';
/** The editable title input inside the header title. M, [CK-PD]. */
export const headerTitleInput = '.cui5-editable-text__input';
/** Lead title in the inbox sidebar. S, [CK-PD] (2020 to 2026). */
export const leadTitle = '[data-testid="SidebarLeadTitle"]';
/** Person page header host, old detail view (Clockify 2020 to 2026). M, [CK-PD] [RC-PD]. */
export const personHeader = '.detailView .content .spacer';

/** Sidebar field label; its parent row holds the value. M, [UN]. */
export const fieldName = '[data-testid="field-name"]';

/** Active pipeline stage on a deal (label may carry a days-in-stage prefix). M, [UN]. */
export const activeStage = 'button.cui5-stage-selector__stage[aria-selected="true"]';

/** Linked records: ids from hrefs. S (inferred as most robust), [UN]. */
export const personLink = 'a[href*="/person/"]';
export const organizationLink = 'a[href*="/organization/"]';

/**
 * Record sidebar (where the target-account panel goes, at the top). Inferred, F: no source names the
 * sidebar container; the field rows [UN] sit in an <aside> in the React detail view.
 */
export const sidebar = ['[data-testid="detail-sidebar"]', 'aside'];

/** History/flow container and items. Inferred, F: no public source hooks them (CRM-NOTES 4.2 "timeline"). */
export const flow = '[data-testid="flow"]';
export const flowItem = '[data-testid="flow-item"]';
/** Inferred attributes on a flow item: stable id and item kind (activity, note, email). */
export const FLOW_ID_ATTR = 'data-item-id';
export const FLOW_KIND_ATTR = 'data-item-type';
/** Activity subtype (call, meeting, task …) on the item's icon. Inferred. */
export const activityTypeIcon = '[data-activity-type]';
/** Activity subject: seen in the activity dialog [CK-PD]; on the flow item inferred. M/F. */
export const activitySubject = '[data-test="activity-subject"]';
/** Note body in the flow. M, [RC-PD]. */
export const activityNote = '[data-test="activity-note"]';
/** Email subject, call outcome, acting user and time on a flow item. Inferred; outcome fields were not seen (CRM-NOTES 4.4). */
export const emailSubject = '[data-test="email-subject"]';
export const callOutcome = '[data-test="call-outcome"]';
export const flowUser = '[data-test="flow-item-user"]';
export const flowTime = 'time[datetime]';

/** List rows (ARIA grid) and the cell holding the record link, for row badges. Inferred, M (ARIA roles). */
export const listRow = '[role="row"]';
export const listCell = '[role="gridcell"]';
