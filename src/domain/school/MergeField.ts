/**
 * Merge fields a statement, letter or AUP may carry as `{{Name}}`.
 * Each is filled from the school profile (or, for dates, from the document being made).
 */
export type MergeField =
  | 'SchoolName'
  | 'HeadteacherName'
  | 'DSLName'
  | 'DeputyDSLName'
  | 'OnlineSafetyLead'
  | 'ChairOfGovernors'
  | 'LinkGovernor'
  | 'ITServiceProvider'
  | 'SchoolWebsite'
  | 'SchoolAddress'
  | 'SchoolPhone'
  | 'SchoolEmail'
  | 'LocalAuthority'
  | 'ReviewDate'
  | 'ApprovalDate'
  | 'LetterDate';

/** Every merge field the product knows, in the order the profile form shows them. */
export const MERGE_FIELDS: readonly MergeField[] = [
  'SchoolName',
  'HeadteacherName',
  'DSLName',
  'DeputyDSLName',
  'OnlineSafetyLead',
  'ChairOfGovernors',
  'LinkGovernor',
  'ITServiceProvider',
  'SchoolWebsite',
  'SchoolAddress',
  'SchoolPhone',
  'SchoolEmail',
  'LocalAuthority',
  'ReviewDate',
  'ApprovalDate',
  'LetterDate'
];

/** True when `name` is a merge field the product can fill. */
export function isMergeField(name: string): name is MergeField {
  return (MERGE_FIELDS as readonly string[]).includes(name);
}
