/** Every content feature; tests/unit/features.test.ts checks each file is listed here and named by its id. */
import activityCapture from './activity-capture';
import companyPanel from './company-panel';
import type {Feature} from '../feature';

export const features: Feature[] = [activityCapture, companyPanel];
