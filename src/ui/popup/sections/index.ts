/**
 * The popup's capability sections, in display order. Each capability adds its own file here
 * (workflow conversion, ad-goal status, leads per stage); the popup renders them after the header.
 */
import type {FunctionComponent} from 'preact';
import {AdGoalsPopupSection} from './adgoals';
import {WorkflowsPopupSection} from './workflows';
import {AccountsPopupSection} from './accounts';
import {LeadsPopupSection} from './leads';

export const popupSections: Array<{id: string; Component: FunctionComponent}> = [
  {id: 'workflows', Component: WorkflowsPopupSection},
  {id: 'leads', Component: LeadsPopupSection},
  {id: 'adgoals', Component: AdGoalsPopupSection},
  {id: 'accounts', Component: AccountsPopupSection},
];
