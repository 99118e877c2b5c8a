/**
 * The options page's capability sections, in navigation order. Each capability adds its own file
 * (workflows, lead automation, ad goals, CRMs, data); `title` is an i18n key.
 */
import type {FunctionComponent} from 'preact';
import type {MessageKey} from '../../../shared/i18n';
import {DataSection} from './data';

export const optionsSections: Array<{id: string; title: MessageKey; Component: FunctionComponent}> = [
  {id: 'data', title: 'dataNavTitle', Component: DataSection},
];
