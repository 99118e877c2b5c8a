/** Every content feature; tests/unit/features.test.ts checks each file is listed here and named by its id. */
import activityCapture from './activity-capture';
import companyPanel from './company-panel';
import goalIndicator from './goal-indicator';
import leadStageBadge from './lead-stage-badge';
import type {Feature} from '../feature';

export const features: Feature[] = [activityCapture, companyPanel, goalIndicator, leadStageBadge];
