import type { DraftComment, PresenceEntry } from '../../domain/draft/collaboration';

export interface CommentItem {
  Id: number;
  BlockKey: string | null;
  CommentText: string | null;
  ParentCommentId: number | null;
  Resolved: boolean | null;
  Created: string;
  Modified: string;
  Author?: { Title: string };
}

export const COMMENT_SELECT = ['Id', 'BlockKey', 'CommentText', 'ParentCommentId', 'Resolved', 'Created', 'Modified', 'Author/Title'];

export interface PresenceItem {
  Id: number;
  EditingBlock: string | null;
  Modified: string;
  AuthorId: number;
  Author?: { Title: string };
}

export const PRESENCE_SELECT = ['Id', 'EditingBlock', 'Modified', 'AuthorId', 'Author/Title'];

export function toComment(item: CommentItem): DraftComment {
  const key = item.BlockKey ?? '';
  const slash = key.indexOf('/');
  return {
    id: item.Id, blockKey: slash >= 0 ? key.slice(slash + 1) : key, text: item.CommentText ?? '', parentId: item.ParentCommentId ?? undefined,
    resolved: item.Resolved === true, author: item.Author?.Title ?? '', created: item.Created, modified: item.Modified
  };
}

export function toPresence(item: PresenceItem): PresenceEntry {
  return { itemId: item.Id, userId: item.AuthorId, name: item.Author?.Title ?? '', editingBlock: item.EditingBlock || undefined, seen: item.Modified };
}
