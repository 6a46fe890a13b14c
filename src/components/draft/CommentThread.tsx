import * as React from 'react';
import { ActionButton, Checkbox, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import type { Strings } from '../../loc/strings';
import type { DraftComment } from '../../domain/draft/collaboration';

export interface CommentThreadProps {
  strings: Strings;
  /** The selected statement's comments, oldest first. */
  thread: DraftComment[];
  canEdit: boolean;
  formatDate: (iso: string) => string;
  /** Posts a comment (a reply when `parentId` is given); false when it failed, so the text stays. */
  onComment: (text: string, parentId?: number) => Promise<boolean>;
  onResolve: (comment: DraftComment, resolved: boolean) => void;
}

/** A statement's comments with their replies; editors reply, resolve and post. */
export function CommentThread({ strings, thread, canEdit, formatDate, onComment, onResolve }: CommentThreadProps): JSX.Element {
  const [comment, setComment] = React.useState('');
  const [replyTo, setReplyTo] = React.useState<number>();
  const [busy, setBusy] = React.useState(false);
  const roots = thread.filter(c => !c.parentId);
  const post = async (): Promise<void> => {
    setBusy(true);
    const posted = await onComment(comment, replyTo);
    setBusy(false);
    if (!posted) return;
    setComment('');
    setReplyTo(undefined);
  };
  return (
    <Stack tokens={{ childrenGap: 8 }} styles={{ root: { paddingTop: 8 } }} data-testid="comments">
      {roots.length === 0 && <Text>{strings.draft.noComments}</Text>}
      {roots.map(root => (
        <Stack key={root.id} tokens={{ childrenGap: 4 }} styles={{ root: { opacity: root.resolved ? 0.6 : 1 } }}>
          {[root, ...thread.filter(c => c.parentId === root.id)].map(c => (
            <Stack key={c.id} styles={{ root: { paddingLeft: c.parentId ? 16 : 0 } }}>
              <Text variant="small" styles={{ root: { fontWeight: 600 } }}>{c.author} · {formatDate(c.created)}</Text>
              <Text block styles={{ root: { whiteSpace: 'pre-wrap' } }}>{c.text}</Text>
            </Stack>
          ))}
          {canEdit && (
            <Stack horizontal tokens={{ childrenGap: 4 }}>
              <ActionButton iconProps={{ iconName: 'Reply' }} text={strings.draft.reply} onClick={() => setReplyTo(root.id)} />
              <Checkbox label={strings.draft.resolved} checked={root.resolved} onChange={(_e, c) => onResolve(root, Boolean(c))} />
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
  );
}
