import { isMergeField, type MergeField } from './MergeField';
import type { SchoolProfile } from './SchoolProfile';

/** The profile fields a person types (the ones a merge field can come from). */
export type ProfileTextField = Exclude<keyof SchoolProfile, 'setting' | 'reviewPeriodMonths' | 'approvalRule' | 'approversGroup'>;

/** Where each merge field's value is typed: its school profile field. The dates come from the document instead. */
const PROFILE_FIELD: Partial<Record<MergeField, ProfileTextField>> = {
  SchoolName: 'schoolName', HeadteacherName: 'headteacherName', DSLName: 'dslName', DeputyDSLName: 'deputyDslName',
  OnlineSafetyLead: 'onlineSafetyLead', ChairOfGovernors: 'chairOfGovernors', LinkGovernor: 'linkGovernor',
  ITServiceProvider: 'itServiceProvider', SchoolWebsite: 'website', SchoolAddress: 'address', SchoolPhone: 'phone',
  SchoolEmail: 'email', LocalAuthority: 'localAuthority'
};

/** The profile field that fills a merge field (`DeputyDSLName` → `deputyDslName`), or undefined for dates and unknown names. */
export function profileFieldOf(name: string): ProfileTextField | undefined {
  return isMergeField(name) ? PROFILE_FIELD[name] : undefined;
}

/** The profile fields these merge-field names need, each once, in the order the names come. */
export function profileFieldsOf(names: readonly string[]): ProfileTextField[] {
  const fields: ProfileTextField[] = [];
  for (const name of names) {
    const field = profileFieldOf(name);
    if (field && !fields.includes(field)) fields.push(field);
  }
  return fields;
}

/** An empty profile field the document uses, and how many of its statements use it (a thing to fix, said once). */
export interface EmptyProfileField {
  field: ProfileTextField;
  statements: number;
}

/**
 * The empty profile fields behind a draft's missing-merge-field issues, each once with the number of statements
 * that need it, in the order the issues come: one thing to fix per field, fixed in the profile, not per statement.
 */
export function emptyProfileFields(issues: readonly { kind: string; field?: string; blockKey?: string }[]): EmptyProfileField[] {
  const byField = new Map<ProfileTextField, Set<string>>();
  for (const issue of issues) {
    const field = issue.kind === 'missingMergeField' && issue.field ? profileFieldOf(issue.field) : undefined;
    if (!field) continue;
    const blocks = byField.get(field) ?? new Set<string>();
    blocks.add(issue.blockKey ?? '');
    byField.set(field, blocks);
  }
  return [...byField].map(([field, blocks]) => ({ field, statements: blocks.size }));
}
