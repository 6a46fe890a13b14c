import { isMergeField } from '../../domain/school/MergeField';
import { profileFieldOf } from '../../domain/school/mergeFieldProfile';
import { format, type Strings } from '../../loc/strings';

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** A merge field's name as a person reads it: its school profile label ("Deputy DSL"), a date's name, or the code as typed. */
export function mergeFieldName(strings: Strings, name: string): string {
  const field = profileFieldOf(name);
  if (field) return strings.school.profileForm.fields[field];
  if (isMergeField(name) && name in strings.draft.mergeDates) return strings.draft.mergeDates[name as keyof typeof strings.draft.mergeDates];
  return `{{${name}}}`;
}

/** Text with every `{{Code}}` shown by its readable name ("at [School name] are"); unknown codes stay as typed, to be corrected. */
export function readableMergeText(strings: Strings, text: string): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (isMergeField(name) ? format(strings.draft.mergeFieldShown, mergeFieldName(strings, name)) : whole));
}
