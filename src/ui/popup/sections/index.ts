/**
 * The popup's capability sections, in display order. Each capability adds its own file here
 * (workflow conversion, ad-goal status, leads per stage); the popup renders them after the header.
 */
import type {FunctionComponent} from 'preact';

export const popupSections: Array<{id: string; Component: FunctionComponent}> = [];
