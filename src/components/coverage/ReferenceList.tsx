import * as React from 'react';
import { Link, Stack, Text } from '@fluentui/react';
import { referenceHref, type StatementReference } from '../../domain/bank/references';
import { format, type Strings } from '../../loc/strings';

export interface ReferenceListProps {
  references: readonly StatementReference[] | undefined;
  strings: Strings;
  /** Show the heading above the list (the bank's statement detail does; a compact card may not). */
  showTitle?: boolean;
}

/**
 * The guidance a statement cites: each document's title (from the loc file, never from the pack) as a link to its
 * https address, with the part or paragraph as plain text. Nothing renders for a statement that cites nothing.
 * Links open in a new tab without handing the opener over (`noopener`), since they leave SharePoint and Teams.
 */
export function ReferenceList({ references, strings, showTitle = true }: ReferenceListProps): JSX.Element | null {
  if (!references || references.length === 0) return null;
  const words = strings.coverage;
  return (
    <Stack tokens={{ childrenGap: 2 }} data-testid="reference-list">
      {showTitle && <Text variant="smallPlus" block styles={{ root: { fontWeight: 600 } }}>{words.referencesTitle}</Text>}
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {references.map((reference, i) => (
          <li key={`${reference.document}-${i}`}>
            <Text variant="small">
              {/* At least 24px tall: a list of links is a list of touch targets (WCAG 2.2 2.5.8, axe target-size). */}
              <Link href={referenceHref(reference)} target="_blank" rel="noopener noreferrer" title={words.opensInNewTab} styles={{ root: { display: 'inline-block', minHeight: 24, paddingBlock: 4 } }}>
                {words.documents[reference.document]}
              </Link>
              {reference.part ? format(words.referencePart, reference.part) : null}
            </Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
