import {AD_FORMATS} from './ad-formats';
import {CRM_FORMATS} from './crm-formats';
import type {FormatDef} from './types';

export const KNOWN_FORMATS: readonly FormatDef[] = [...AD_FORMATS, ...CRM_FORMATS];
export {normalizeHeader, matchesHeader, type FormatDef, type HeaderPattern} from './types';
