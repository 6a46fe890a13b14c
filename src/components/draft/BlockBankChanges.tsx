import * as React from 'react';
import { ActionButton, Stack, Text } from '@fluentui/react';
import type { DraftBlock } from '../../domain/draft/DraftModel';
import type { Drift } from '../../domain/draft/drift';
import { diffWords } from '../../domain/text/wordDiff';
import type { Strings } from '../../loc/strings';
import { DiffText } from '../common/DiffText';

export interface BlockBankChangesProps {
  strings: Strings;
  block: DraftBlock;
  amended: boolean;
  drift?: Drift;
  editable: boolean;
  onAcceptBank: () => void;
  onKeepSchool: () => void;
}

/** How a statement differs from the bank: the school's changes on demand, and a newer bank wording to take or refuse. */
export function BlockBankChanges({ strings, block, amended, drift, editable, onAcceptBank, onKeepSchool }: BlockBankChangesProps): JSX.Element {
  const t = strings.draft;
  const [showDiff, setShowDiff] = React.useState(false);
  return (
    <>
      {amended && (
        <>
          <ActionButton iconProps={{ iconName: showDiff ? 'ChevronUp' : 'Compare' }} text={showDiff ? t.hideChanges : t.showChanges} aria-expanded={showDiff} onClick={() => setShowDiff(!showDiff)} />
          {showDiff && <Text block><DiffText strings={strings} runs={diffWords(block.baseText, block.content.text)} labels={{ before: t.bankWording, after: t.schoolWording }} /></Text>}
        </>
      )}
      {drift && !drift.retired && (
        <Stack tokens={{ childrenGap: 4 }}>
          <Text block><DiffText strings={strings} runs={drift.diff} labels={{ before: t.bankWording, after: t.bankNewWording }} /></Text>
          {editable && (
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <ActionButton iconProps={{ iconName: 'Accept' }} text={t.acceptBank} onClick={onAcceptBank} />
              <ActionButton iconProps={{ iconName: 'Cancel' }} text={t.keepSchool} onClick={onKeepSchool} />
            </Stack>
          )}
        </Stack>
      )}
    </>
  );
}
