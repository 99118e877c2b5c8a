/**
 * Every HubSpot selector, one comment each: what it anchors to, which layout, where it comes from
 * (keys resolve in /work/shared/CRM-NOTES.md §5; grades S/M/F as there). Arrays are tried in order,
 * newest layout first. Review #2404-style rebuilds (CRM-NOTES 2.3) here, nowhere else.
 */

/** Right column of a record page (2024–2026 layout); the target-account panel goes at its top. S, [RG-DOC] [HTR]. */
export const rightSidebar = ['[data-test-id="records-right-sidebar"] [data-test-id="right-sidebar"]', '[data-test-id="records-right-sidebar"]'];

/** Highlight card body in the left column; the goal indicator is appended here. M, [CK-HS] (2026-03) then [HTR]. */
export const highlightContent = [
  '[data-scroll-trackable-container="left-sidebar"] [data-test-id="record-highlight-main-content"]',
  '[data-test-id="record-highlight-main-content"]',
  '[data-test-id="record-highlight-content"]',
];

/** Record name in the highlight card; the lead-stage badge goes right after it. S/M, [TG-HS] [CK-HS] [HTR]. */
export const recordTitle = [
  '[data-selenium-test="highlightTitle"]',
  '[data-test-id="highlight-record-label"]',
  'div[data-selenium-test$="-highlight-details"] h3', // pre-2025-12 layout [CK-HS]
];

/**
 * A property value by internal name. Highlight strip value node (`-display-`, never the composite
 * `-item-` id) [HTR]; About card inputs by data-test-id (public test code) and data-selenium-test [CK-HS]. M.
 */
export const property = (name: string): string[] => [
  `[data-test-id="highlight-property-display-${name}"]`,
  `[data-test-id="property-input-${name}"]`,
  `[data-selenium-test="property-input-${name}"]`,
];

/** Internal property names read per neutral field (HubSpot defaults; custom portals may differ). */
export const PROPERTY_NAMES = {
  email: 'email',
  lifecycleStage: 'lifecyclestage',
  owner: 'hubspot_owner_id',
  buyingRoles: 'hs_buying_role', // inferred: buying role was not seen in any source (CRM-NOTES 2.4)
  domain: 'domain',
  amount: 'amount',
  dealStage: 'dealstage',
  leadStage: 'hs_pipeline_stage', // the lead object's stage property (inferred from the ticket pattern in [HTR])
} as const;

/** Activity timeline container in the middle column; the observer target on record pages. M, [HTR]. */
export const timeline = '[data-test-id="crm-events-viz-timeline"]';

/** One timeline event (2026 layout) or one card (2021–2026 layout). M, [HTR] / [TM-HS]. */
export const timelineItem = ['[data-test-id="timeline-preview-event"]', '[data-selenium-test="timeline-card"]'];

/** Engagement id: header actions carry `data-selenium-id`. M, [TM-HS] (2021-04 to 2026). Items without it are skipped. */
export const engagementId = '[data-selenium-test="timeline-header-actions"][data-selenium-id]';

/** Event heading ("Call logged", "Outgoing email", "Internal note"): editable title, else the first strong/h3. F, [TM-HS] [HTR]. */
export const timelineHeading = ['[data-selenium-test="timeline-editable-title"]', 'h3', 'strong'];

/** Event time: a machine-readable <time datetime> if present (inferred), the text is relative ("Today at 2:26 PM"). M, [HTR]. */
export const eventTimestamp = '[data-test-id="event-timestamp"]';

/** Event body text. F, [RC-HS] (2022); the 2026 fixture in [HTR] has no hook, see extract.ts. */
export const timelineBody = ['[data-selenium-test="timeline-editable-section"]', '[data-measured-element="timeline-participant-details-right-content"]'];

/** Call outcome and acting user on an event. Inferred: no public source reads them (CRM-NOTES 2.4). */
export const callOutcome = '[data-selenium-test="timeline-call-outcome"]';
export const eventUser = '[data-selenium-test="timeline-actor"]';

/** Associated contacts card body (right column). M, [HTR]. */
export const associatedContacts = '[data-test-id="associated-objects-card-content-0-1"]';

/** Contact names in association cards; the href holds the contact id. M, [CK-HS] (2023 to 2026). */
export const contactChicklet = 'a[data-selenium-test="contact-chicklet-title-link"]';

/** Company link on a contact page; the href holds the company id. M, [CK-HS]. */
export const companyChicklet = 'a[data-selenium-test="company-chicklet-title-link"]';

/** Index table rows, `row-{recordId}`. M, [RG-CODE] index-tags.js. */
export const listRow = 'tr[data-test-id^="row-"]';

/** Name cell inside a row; the row badge is appended here. M, [TG-HS] (2024-09) [RG-CODE]. */
export const listNameCell = 'td[data-table-external-id*="name-"]';

/** Board card and its title link (deal boards). M, [RG-CODE]. */
export const boardCard = '[data-test-id="cdb-card"]';
export const boardCardLink = 'a[data-test-id="board-card-section-title-link"]';

/** Index containers to observe for lazily rendered rows. M, [RG-CODE] [TG-HS]. */
export const listContainer = '[data-test-id="crm-object-table"], [data-test-id="framework-data-table"], [data-test-id="cdb-column-item"]';
