import type { AupAudience } from '../../domain/bank/AupAudience';
import type { SchoolSetting } from '../../domain/school/SchoolSetting';

const SETTINGS: Record<SchoolSetting, string> = { EarlyYears: 'Early years', Primary: 'Primary', Secondary: 'Secondary', Special: 'Special', Post16: 'Post-16' };
const AUDIENCES: Record<AupAudience, string> = {
  EarlyYearsKS1: 'Early years and KS1 pupils', KS2: 'KS2 pupils', KS3to5: 'KS3–5 students', StaffVolunteers: 'Staff and volunteers',
  Governors: 'Governors', Visitors: 'Visitors', ParentsCarers: 'Parents and carers'
};

/** The name people read for a setting. */
export function settingLabel(setting: SchoolSetting): string {
  return SETTINGS[setting];
}

/** The name people read for an AUP audience. */
export function audienceLabel(audience: AupAudience): string {
  return AUDIENCES[audience];
}
