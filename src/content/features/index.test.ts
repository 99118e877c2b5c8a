import {expect, test} from 'vitest';
import type {CrmAdapter, PageInfo, RecordKind} from '../../adapters/types';
import {features} from '.';

const KINDS: RecordKind[] = ['company', 'contact', 'lead', 'deal'];
const PAGES: PageInfo[] = KINDS.flatMap((kind): PageInfo[] => [{type: 'record', kind, id: '1'}, {type: 'list', kind}]);

test('each lazily loaded feature runs on exactly the pages its own include() accepts, under its own id', async () => {
  for (const entry of features) {
    const feature = await entry.load();
    expect(feature.id).toBe(entry.id);
    for (const page of PAGES) expect({id: entry.id, page, runs: entry.pages(page)}).toEqual({id: entry.id, page, runs: feature.include(page, {} as CrmAdapter)});
  }
});
