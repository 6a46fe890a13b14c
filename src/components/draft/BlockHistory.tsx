import * as React from 'react';
import { ActionButton, Spinner, Text } from '@fluentui/react';
import type { DraftBlock } from '../../domain/draft/DraftModel';
import { diffWords } from '../../domain/text/wordDiff';
import type { Strings } from '../../loc/strings';
import type { BlockVersion } from '../../domain/draft/collaboration';
import { DiffText } from '../common/DiffText';
import { FailureNotice } from '../common/FailureNotice';
import { useLoad } from '../common/useLoad';

export interface BlockHistoryProps {
  strings: Strings;
  block: DraftBlock;
  load: (block: DraftBlock) => Promise<BlockVersion[]>;
  formatDate: (iso: string) => string;
  canEdit: boolean;
  onRestore: (text: string) => void;
}

/** A statement's saved versions, newest first, each with what it changed; an earlier one can be restored. */
export function BlockHistory({ strings, block, load, formatDate, canEdit, onRestore }: BlockHistoryProps): JSX.Element {
  // Read again when the statement is saved anew (its version moves).
  const [versions, retry] = useLoad(() => load(block), [block.key, block.version, load]);
  if (versions.kind === 'loading') return <Spinner />;
  if (versions.kind === 'failed') return <FailureNotice failure={versions.failure} strings={strings} title={strings.draft.editor.historyFailed} onRetry={retry} />;
  const list = versions.value;
  return (
    <ol reversed data-testid="block-history">
      {list.map((version, i) => {
        const older = list[i + 1];
        return (
          <li key={version.label} style={{ marginBottom: 10 }}>
            <Text block variant="small">{version.label} · {version.editor} · {formatDate(version.modified)}</Text>
            <Text block>{older ? <DiffText strings={strings} runs={diffWords(older.text, version.text)} /> : version.text}</Text>
            {canEdit && i > 0 && <ActionButton iconProps={{ iconName: 'Undo' }} text={strings.draft.undo} onClick={() => onRestore(version.text)} />}
          </li>
        );
      })}
    </ol>
  );
}
