/**
 * The kinds of setting a statement or template applies to.
 * Stored in SharePoint as the Choice values below, so they never change once shipped.
 */
export type SchoolSetting = 'EarlyYears' | 'Primary' | 'Secondary' | 'Special' | 'Post16';

/** Every setting, in the order people expect to see them. */
export const SCHOOL_SETTINGS: readonly SchoolSetting[] = ['EarlyYears', 'Primary', 'Secondary', 'Special', 'Post16'];

/** True when `value` is one of the known settings (used when reading untrusted data). */
export function isSchoolSetting(value: unknown): value is SchoolSetting {
  return typeof value === 'string' && (SCHOOL_SETTINGS as readonly string[]).includes(value);
}
