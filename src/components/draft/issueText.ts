import type { DraftIssue } from '../../domain/draft/validateDraft';
import { format, type Strings } from '../../loc/strings';

/** A check's sentence in the person's words (the domain names the kind and the values, the loc file the words). */
export function issueText(strings: Strings, issue: DraftIssue): string {
  return format(strings.draft.issueText[issue.kind], ...issue.values);
}
