/**
 * The audiences an acceptable use policy (AUP) is written for. Governors have their own because
 * the cyber security standards expect everyone with access to school systems to sign one.
 */
export type AupAudience =
  | 'EarlyYearsKS1'
  | 'KS2'
  | 'KS3to5'
  | 'StaffVolunteers'
  | 'Governors'
  | 'Visitors'
  | 'ParentsCarers';

/** Every AUP audience, youngest first. */
export const AUP_AUDIENCES: readonly AupAudience[] = [
  'EarlyYearsKS1',
  'KS2',
  'KS3to5',
  'StaffVolunteers',
  'Governors',
  'Visitors',
  'ParentsCarers'
];

/** Pupil-facing audiences get a reading-age indicator and large type. */
export function isPupilAudience(audience: AupAudience): boolean {
  return audience === 'EarlyYearsKS1' || audience === 'KS2' || audience === 'KS3to5';
}
