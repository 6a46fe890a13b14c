import * as React from 'react';
import { mergeStyleSets, Stack, Text, useTheme } from '@fluentui/react';
import type { DraftSnapshot } from '../../domain/approval/snapshot';
import { readableMergeValues } from '../../domain/school/mergeDates';
import { fillMergeFields } from '../../domain/school/mergeFields';
import { diffWords } from '../../domain/text/wordDiff';
import type { Strings } from '../../loc/strings';
import { DiffText } from '../common/DiffText';

/**
 * The round's frozen copy as approvers read it: numbered sections, the school's own statements marked as added, and
 * amended statements as a word diff from the authority's wording. Text only, never markup.
 */
export function FrozenDocument({ strings, snapshot }: { strings: Strings; snapshot: DraftSnapshot }): JSX.Element {
  const theme = useTheme();
  const classes = mergeStyleSets({
    page: { background: theme.isInverted ? theme.semanticColors.bodyBackground : '#ffffff', border: `1px solid ${theme.semanticColors.bodyDivider}`, padding: '24px 40px', maxWidth: 860 },
    para: { whiteSpace: 'pre-wrap', lineHeight: '1.6' }
  });
  // A round is decided before it has an approval date: say so rather than print the raw merge code.
  const shownValues = { ...readableMergeValues(snapshot.values), ApprovalDate: strings.publish.approvalDatePending };
  return (
    <article className={classes.page} aria-label={snapshot.title} data-testid="frozen-draft">
      {snapshot.sections.map((section, s) => (
        <Stack key={section.key} tokens={{ childrenGap: 6 }} styles={{ root: { marginBottom: 16 } }}>
          {snapshot.kind === 'Policy' && <Text as="h3" variant="large">{s + 1}. {section.title}</Text>}
          <ol style={{ paddingLeft: 24 }}>
            {snapshot.blocks.filter(b => b.sectionKey === section.key).map(block => {
              const text = fillMergeFields(block.text, shownValues).text;
              const base = fillMergeFields(block.baseText, shownValues).text;
              const amended = block.kind !== 'Custom' && block.text !== block.baseText;
              return (
                <li key={block.key} className={classes.para}>
                  {block.kind === 'Custom' ? <ins title={strings.approval.schoolsOwn}>{text}</ins> : amended ? <DiffText strings={strings} runs={diffWords(base, text)} /> : text}
                </li>
              );
            })}
          </ol>
        </Stack>
      ))}
    </article>
  );
}
