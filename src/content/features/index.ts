/**
 * Every content feature, each in its own chunk: `pages` says on which pages the feature runs (the
 * same answer as the feature's own `include`, checked by src/content/features/index.test.ts), so a
 * page loads only the features it shows (issue 8's 30 KB budget). The id is the file name.
 * src/shared/protocol/crms.test.ts checks the ids against the options page's feature list.
 */
import type {PageInfo} from '../../adapters/types';
import type {Feature} from '../feature';

export interface LazyFeature {
  id: string;
  pages: (page: PageInfo) => boolean;
  load: () => Promise<Feature>;
}

const people = (page: PageInfo) => page.kind === 'contact' || page.kind === 'lead';

export const features: LazyFeature[] = [
  {id: 'activity-capture', pages: (page) => page.type === 'record', load: () => import('./activity-capture').then((m) => m.default)},
  {id: 'company-panel', pages: (page) => page.type === 'record' && page.kind === 'company', load: () => import('./company-panel').then((m) => m.default)},
  {id: 'goal-indicator', pages: (page) => page.type === 'record' && page.kind === 'contact', load: () => import('./goal-indicator').then((m) => m.default)},
  {id: 'lead-stage-badge', pages: people, load: () => import('./lead-stage-badge').then((m) => m.default)},
];
