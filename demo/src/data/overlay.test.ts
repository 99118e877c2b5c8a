import {describe, expect, test} from 'vitest';
import {emptyOverlay, parseOverlay} from './overlay';

describe('demo overlay (localStorage)', () => {
  test('demo-dom: a stored overlay round-trips', () => {
    const overlay = {...emptyOverlay(483), added: [{id: 'act-00483', type: 'call', direction: 'user', timestamp: '2026-11-23T10:00:00Z', title: 'Call', body: ''}]};
    expect(parseOverlay(JSON.stringify(overlay))).toEqual(overlay);
  });

  test.each([
    ['not json', 'not JSON'],
    ['{"version":2}', '"version": 1'],
    [JSON.stringify({...emptyOverlay(1), added: [{id: 'x'}]}), '"added[0]" is not an activity'],
    [JSON.stringify({...emptyOverlay(1), nextSeq: 'a'}), '"nextSeq" is not an integer'],
  ])('demo-dom: bad stored data is refused with a reason (%s)', (raw, reason) => {
    expect(parseOverlay(raw)).toContain(reason);
  });
});
