import * as React from 'react';
import { mergeStyleSets, Stack, Text, useTheme } from '@fluentui/react';
import type { Draft, DraftBlock } from '../../domain/draft/DraftModel';
import { blocksOfSection } from '../../domain/draft/draftCommands';
import { isMergeField, type MergeField } from '../../domain/school/MergeField';
import { format, type Strings } from '../../loc/strings';
import { MergedText } from './MergedText';
import { mergeFieldName } from './mergeFieldNames';

/** The document as Word will print it: numbered sections and statements, merge fields filled, left-out ones gone. */
export function DraftPreview({ strings, draft, blocks, values }: { strings: Strings; draft: Draft; blocks: DraftBlock[]; values: Partial<Record<MergeField, string>> }): JSX.Element {
  const theme = useTheme();
  const classes = mergeStyleSets({
    page: { background: theme.isInverted ? theme.semanticColors.bodyBackground : '#ffffff', border: `1px solid ${theme.semanticColors.bodyDivider}`, padding: '32px 48px', maxWidth: 820, margin: '0 auto' },
    para: { whiteSpace: 'pre-wrap', lineHeight: '1.6' }
  });
  // A missing field reads by its name ("[Deputy DSL]"), its tooltip says where it is filled.
  const named = {
    shownAs: (field: string) => (isMergeField(field) ? format(strings.draft.mergeFieldShown, mergeFieldName(strings, field)) : `{{${field}}}`),
    missingLabel: (field: string) => format(strings.draft.missingField, mergeFieldName(strings, field))
  };
  const sections = [...draft.sections].sort((a, b) => a.order - b.order);
  let number = 0;
  return (
    <article className={classes.page} aria-label={strings.draft.preview} data-testid="draft-preview">
      <Text as="h1" variant="xxLarge" block>{draft.title}</Text>
      {draft.preamble?.subject && <Text block styles={{ root: { fontWeight: 600 } }}><MergedText text={draft.preamble.subject} values={values} {...named} /></Text>}
      {sections.map(section => {
        const included = blocksOfSection(blocks, section.key).filter(b => b.content.included);
        if (included.length === 0) return null;
        number++;
        return (
          <Stack key={section.key} tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 16 } }}>
            {draft.kind === 'Policy' && <Text as="h2" variant="xLarge">{number}. {section.title}</Text>}
            <ol style={{ paddingLeft: 24 }}>
              {included.map(block => (
                <li key={block.key} className={classes.para}><MergedText text={block.content.text} values={values} {...named} /></li>
              ))}
            </ol>
          </Stack>
        );
      })}
      {draft.preamble?.signOff && <Text block><MergedText text={draft.preamble.signOff} values={values} {...named} /></Text>}
    </article>
  );
}
