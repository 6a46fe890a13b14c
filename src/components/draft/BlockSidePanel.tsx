import * as React from 'react';
import { Pivot, PivotItem, Text, TextField } from '@fluentui/react';
import type { DraftBlock } from '../../domain/draft/DraftModel';
import type { Strings } from '../../loc/strings';
import type { BlockVersion, DraftComment } from '../../domain/draft/collaboration';
import { BlockHistory } from './BlockHistory';
import { CommentThread } from './CommentThread';

export interface BlockSidePanelProps {
  strings: Strings;
  block: DraftBlock | undefined;
  guidance: string | undefined;
  comments: DraftComment[];
  canEdit: boolean;
  formatDate: (iso: string) => string;
  loadHistory: (block: DraftBlock) => Promise<BlockVersion[]>;
  /** Posts a comment; false when it failed (the text stays in the box). */
  onComment: (text: string, parentId?: number) => Promise<boolean>;
  onResolve: (comment: DraftComment, resolved: boolean) => void;
  onRestore: (text: string) => void;
  onNote: (note: string) => void;
}

/** The right pane: the bank's guidance for the selected statement, its comment thread, its note and its history. */
export function BlockSidePanel(props: BlockSidePanelProps): JSX.Element {
  const { strings, block, comments, canEdit } = props;
  if (!block) return <Text>{strings.draft.selectHint}</Text>;
  const thread = comments.filter(c => c.blockKey === block.key).sort((a, b) => a.created.localeCompare(b.created));
  return (
    <Pivot aria-label={strings.draft.guidance} overflowBehavior="menu">
      <PivotItem headerText={strings.draft.guidanceTab}>
        <Text block styles={{ root: { whiteSpace: 'pre-wrap', paddingTop: 8 } }}>{props.guidance ?? strings.draft.noGuidance}</Text>
        <TextField label={strings.draft.note} multiline autoAdjustHeight value={block.content.note} disabled={!canEdit} onChange={(_e, v) => props.onNote(v ?? '')} styles={{ root: { marginTop: 12 } }} />
      </PivotItem>
      <PivotItem headerText={`${strings.draft.commentsTab} (${thread.filter(c => !c.resolved).length})`}>
        <CommentThread strings={strings} thread={thread} canEdit={canEdit} formatDate={props.formatDate} onComment={props.onComment} onResolve={props.onResolve} />
      </PivotItem>
      <PivotItem headerText={strings.draft.history}>
        {block.itemId !== undefined
          ? <BlockHistory strings={strings} block={block} load={props.loadHistory} formatDate={props.formatDate} canEdit={canEdit} onRestore={props.onRestore} />
          : <Text>{strings.draft.notSavedYet}</Text>}
      </PivotItem>
    </Pivot>
  );
}
