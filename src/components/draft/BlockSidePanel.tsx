import * as React from 'react';
import { ActionButton, Checkbox, Pivot, PivotItem, PrimaryButton, Spinner, Stack, Text, TextField } from '@fluentui/react';
import type { DraftBlock } from '../../domain/draft/DraftModel';
import { diffWords } from '../../domain/text/wordDiff';
import type { Strings } from '../../loc/strings';
import type { BlockVersion, DraftComment } from '../../services/drafts/collaborationWire';
import { DiffText } from '../common/DiffText';

export interface BlockSidePanelProps {
  strings: Strings;
  block: DraftBlock | undefined;
  guidance: string | undefined;
  comments: DraftComment[];
  canEdit: boolean;
  formatDate: (iso: string) => string;
  loadHistory: (block: DraftBlock) => Promise<BlockVersion[]>;
  onComment: (text: string, parentId?: number) => Promise<void>;
  onResolve: (comment: DraftComment, resolved: boolean) => void;
  onRestore: (text: string) => void;
  onNote: (note: string) => void;
}

function History({ strings, block, load, formatDate, canEdit, onRestore }: { strings: Strings; block: DraftBlock; load: BlockSidePanelProps['loadHistory']; formatDate: (iso: string) => string; canEdit: boolean; onRestore: (text: string) => void }): JSX.Element {
  const [versions, setVersions] = React.useState<BlockVersion[] | string>();
  React.useEffect(() => {
    let live = true;
    setVersions(undefined);
    load(block).then(v => live && setVersions(v), (e: Error) => live && setVersions(e.message));
    return () => { live = false; };
  }, [block.key, block.version, load, block]);
  if (versions === undefined) return <Spinner />;
  if (typeof versions === 'string') return <Text>{versions}</Text>;
  return (
    <ol reversed data-testid="block-history">
      {versions.map((version, i) => {
        const older = versions[i + 1];
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

/** The right pane: the bank's guidance for the selected statement, its comment thread, its note and its history. */
export function BlockSidePanel(props: BlockSidePanelProps): JSX.Element {
  const { strings, block, comments, canEdit } = props;
  const [comment, setComment] = React.useState('');
  const [replyTo, setReplyTo] = React.useState<number>();
  const [busy, setBusy] = React.useState(false);
  if (!block) return <Text>{strings.draft.selectHint}</Text>;
  const thread = comments.filter(c => c.blockKey === block.key).sort((a, b) => a.created.localeCompare(b.created));
  const roots = thread.filter(c => !c.parentId);
  const post = async (): Promise<void> => {
    setBusy(true);
    try {
      await props.onComment(comment, replyTo);
      setComment('');
      setReplyTo(undefined);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Pivot aria-label={strings.draft.guidance} overflowBehavior="menu">
      <PivotItem headerText={strings.draft.guidanceTab}>
        <Text block styles={{ root: { whiteSpace: 'pre-wrap', paddingTop: 8 } }}>{props.guidance ?? strings.draft.noGuidance}</Text>
        <TextField label={strings.draft.note} multiline autoAdjustHeight value={block.content.note} disabled={!canEdit} onChange={(_e, v) => props.onNote(v ?? '')} styles={{ root: { marginTop: 12 } }} />
      </PivotItem>
      <PivotItem headerText={`${strings.draft.commentsTab} (${thread.filter(c => !c.resolved).length})`}>
        <Stack tokens={{ childrenGap: 8 }} styles={{ root: { paddingTop: 8 } }} data-testid="comments">
          {roots.length === 0 && <Text>{strings.draft.noComments}</Text>}
          {roots.map(root => (
            <Stack key={root.id} tokens={{ childrenGap: 4 }} styles={{ root: { opacity: root.resolved ? 0.6 : 1 } }}>
              {[root, ...thread.filter(c => c.parentId === root.id)].map(c => (
                <Stack key={c.id} styles={{ root: { paddingLeft: c.parentId ? 16 : 0 } }}>
                  <Text variant="small" styles={{ root: { fontWeight: 600 } }}>{c.author} · {props.formatDate(c.created)}</Text>
                  <Text block styles={{ root: { whiteSpace: 'pre-wrap' } }}>{c.text}</Text>
                </Stack>
              ))}
              {canEdit && (
                <Stack horizontal tokens={{ childrenGap: 4 }}>
                  <ActionButton iconProps={{ iconName: 'Reply' }} text={strings.draft.reply} onClick={() => setReplyTo(root.id)} />
                  <Checkbox label={strings.draft.resolved} checked={root.resolved} onChange={(_e, c) => props.onResolve(root, Boolean(c))} />
                </Stack>
              )}
            </Stack>
          ))}
          {canEdit && (
            <>
              <TextField label={replyTo ? strings.draft.replyLabel : strings.draft.commentLabel} multiline autoAdjustHeight value={comment} onChange={(_e, v) => setComment(v ?? '')} />
              <Stack horizontal tokens={{ childrenGap: 8 }}>
                <PrimaryButton text={strings.draft.post} disabled={!comment.trim() || busy} onClick={() => void post()} />
                {replyTo && <ActionButton text={strings.bank.editor.cancel} onClick={() => setReplyTo(undefined)} />}
              </Stack>
            </>
          )}
        </Stack>
      </PivotItem>
      <PivotItem headerText={strings.draft.history}>
        {block.itemId !== undefined
          ? <History strings={strings} block={block} load={props.loadHistory} formatDate={props.formatDate} canEdit={canEdit} onRestore={props.onRestore} />
          : <Text>{strings.draft.notSavedYet}</Text>}
      </PivotItem>
    </Pivot>
  );
}
