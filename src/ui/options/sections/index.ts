/**
 * The options page's capability sections, in navigation order. Each capability adds its own file
 * (workflows, lead automation, ad goals, CRMs, data); `title` is an i18n key.
 */
import type {FunctionComponent} from 'preact';
import type {MessageKey} from '../../../shared/i18n';
import {AdGoalsOptionsSection} from './adgoals';
import {WorkflowsOptionsSection} from './workflows';
import {DataSection} from './data';
import {CrmsOptionsSection} from './crms';
import {ImportsSection} from './imports';
import {LeadsOptionsSection} from './leads';
import {AccountsOptionsSection} from './accounts';

export const optionsSections: Array<{id: string; title: MessageKey; Component: FunctionComponent}> = [
  {id: 'workflows', title: 'wgOptionsTitle', Component: WorkflowsOptionsSection},
  {id: 'leads', title: 'laOptionsTitle', Component: LeadsOptionsSection},
  {id: 'adgoals', title: 'agOptionsTitle', Component: AdGoalsOptionsSection},
  {id: 'accounts', title: 'taOptionsTitle', Component: AccountsOptionsSection},
  {id: 'imports', title: 'imNavTitle', Component: ImportsSection},
  {id: 'crms', title: 'crmOptionsTitle', Component: CrmsOptionsSection},
  {id: 'data', title: 'dataNavTitle', Component: DataSection},
];
