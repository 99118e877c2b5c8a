/**
 * Property test: random markup built from the CRMs' own hooks, odd attributes, bidi characters and
 * long text never makes an adapter throw, and what comes out is clipped and clean.
 */
import {describe, expect, test} from 'vitest';
import fc from 'fast-check';
import {Window} from 'happy-dom';
import {demoAdapter} from './demo';
import {hubspotAdapter} from './hubspot';
import {pipedriveAdapter} from './pipedrive';
import {salesforceAdapter} from './salesforce';
import type {PageInfo, RecordKind} from './types';

const hooks = [
  'data-test-id="timeline-preview-event"', 'data-selenium-test="timeline-header-actions" data-selenium-id="1"', 'data-test-id="right-sidebar"',
  'data-selenium-test="highlightTitle"', 'class="slds-timeline__item_expandable slds-timeline__item_call"', 'data-testid="flow-item" data-item-type="note" data-item-id="n"',
  'data-testid="timeline-item" data-activity-id="a" data-activity-type="call" data-timestamp="2026-13-45T99:00:00Z"', 'data-testid="record-title"',
  'data-testid="contact-row" data-contact-id="c" data-buying-roles="blocker,,,"', 'href="javascript:alert(1)"', 'href="/lightning/r/Task/00TDn00000CaLlAIAR/view"',
  'data-testid="field-name"', 'role="row"', 'data-test-id="row-1"', 'datetime="nope"',
];
const text = fc.oneof(fc.string({maxLength: 30}), fc.constant('\u202E\u2066x'.repeat(5)), fc.constant('y'.repeat(900)));
const node: fc.Arbitrary<string> = fc.letrec((tie) => ({
  el: fc.tuple(fc.constantFrom('div', 'a', 'span', 'li', 'h1', 'time', 'aside', 'td'), fc.constantFrom(...hooks), fc.array(tie('child'), {maxLength: 3}))
    .map(([tag, attrs, kids]) => `<${tag} ${attrs}>${kids.join('')}</${tag}>`),
  child: fc.oneof({maxDepth: 3}, text.map((t) => t.replace(/[<&]/g, ' ')), tie('el')),
})).el as fc.Arbitrary<string>;

// The raw adapters, not the registry's hardened copies: harden() must stay a second net, not the first.
const adapters = [hubspotAdapter, salesforceAdapter, pipedriveAdapter, demoAdapter];
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

describe('adapters on hostile pages', () => {
  const window = new Window({url: 'https://app.hubspot.com/'});
  const doc = window.document as unknown as Document;

  test('TA-31 no adapter throws on random markup; names are clean and text stays within 500 characters', () => {
    fc.assert(
      fc.property(fc.array(node, {maxLength: 6}), fc.constantFrom<RecordKind>('company', 'contact', 'lead', 'deal'), (parts, kind) => {
        doc.body.innerHTML = parts.join('');
        for (const adapter of adapters) {
          const page: PageInfo & {type: 'record'} = {type: 'record', kind, id: '1'};
          const record = adapter.readRecord(doc, page);
          for (const slot of ['panel', 'badge', 'indicator'] as const) adapter.findAnchor(doc, page, slot);
          adapter.listRows(doc, {type: 'list', kind});
          if (!record) continue;
          expect(BIDI.test(record.name)).toBe(false);
          for (const a of record.activities) {
            expect((a.title ?? '').length).toBeLessThanOrEqual(500);
            expect((a.body ?? '').length).toBeLessThanOrEqual(500);
            expect(BIDI.test(a.title ?? '')).toBe(false);
          }
          for (const c of record.contacts) expect(BIDI.test(c.name)).toBe(false);
        }
      }),
      {numRuns: 60, seed: 20260302},
    );
  });
});
