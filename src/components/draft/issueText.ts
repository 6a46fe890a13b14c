import type { DraftIssue } from '../../domain/draft/validateDraft';
import { format, type Strings } from '../../loc/strings';
import { readableMergeText } from './mergeFieldNames';

/**
 * A check's sentence in the person's words (the domain names the kind and the values, the loc file the words).
 * Merge fields read by their names ("[Deputy DSL]"), never as `{{DeputyDSLName}}` codes.
 */
export function issueText(strings: Strings, issue: DraftIssue): string {
  return format(strings.draft.issueText[issue.kind], ...issue.values.map(value => readableMergeText(strings, value)));
}
