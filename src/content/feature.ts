/**
 * One feature, one file (refined-github): a feature says on which pages it runs and what `init` does.
 * Everything `init` starts hangs off `ctx.signal`, which aborts on navigation, update or disconnect.
 */
import type {CrmAdapter, PageInfo} from '../adapters/types';

export interface FeatureContext {
  signal: AbortSignal;
  adapter: CrmAdapter;
  page: PageInfo;
  url: URL;
  namespace: string;
}

export interface Feature {
  /** The file name; also the widget host's `data-goalpost` value and the log label. */
  id: string;
  include: (page: PageInfo, adapter: CrmAdapter) => boolean;
  init: (ctx: FeatureContext) => void | Promise<void>;
}

export function defineFeature(id: string, feature: Omit<Feature, 'id'>): Feature {
  return {id, ...feature};
}
