import * as React from 'react';
import { Stack, Text } from '@fluentui/react';
import type { ChangesToRead } from '../../domain/acknowledgement/changesSince';
import type { DraftSnapshot } from '../../domain/approval/snapshot';
import { fillMergeFields } from '../../domain/school/mergeFields';
import { plural } from '../../loc/plural';
import type { Strings } from '../../loc/strings';
import { DiffText } from '../common/DiffText';

/** Only what changed since the person's last acknowledged version, each statement under its section, as a word diff. */
export function ChangedStatements({ strings, changes }: { strings: Strings; changes: ChangesToRead }): JSX.Element {
  const words = strings.acknowledgement;
  if (!changes.sinceEarlier) return <Text block>{words.firstTime}</Text>;
  if (changes.changes.length === 0) return <Text block>{words.nothingChanged}</Text>;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text block>{plural(words.changedSince, changes.changes.length)}</Text>
      <ul data-testid="changed-statements">
        {changes.changes.map(change => (
          <li key={`${change.kind}:${change.key}`}>
            <Text variant="small" block>{`${words.kinds[change.kind]} · ${change.sectionTitle}`}</Text>
            <DiffText strings={strings} runs={change.runs} />
          </li>
        ))}
      </ul>
    </Stack>
  );
}

/** The whole version, section by section, as text (merge codes filled with the values it was approved with). */
export function FullText({ snapshot }: { snapshot: DraftSnapshot }): JSX.Element {
  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="full-text">
      {snapshot.sections.map(section => (
        <section key={section.key}>
          <Text as="h3" variant="large" block>{section.title}</Text>
          {snapshot.blocks.filter(b => b.sectionKey === section.key).map(block => (
            <Text key={block.key} as="p" block>{fillMergeFields(block.text, snapshot.values).text}</Text>
          ))}
        </section>
      ))}
    </Stack>
  );
}
