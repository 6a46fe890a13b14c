import type { AupAudience } from '../../domain/bank/AupAudience';
import type { SchoolSetting } from '../../domain/school/SchoolSetting';
import type { Strings } from '../../loc/strings';

/** The name people read for a setting. */
export function settingLabel(strings: Strings, setting: SchoolSetting): string {
  return strings.school.settings[setting];
}

/** The name people read for an AUP audience. */
export function audienceLabel(strings: Strings, audience: AupAudience): string {
  return strings.bank.audiences[audience];
}
