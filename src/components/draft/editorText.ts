import type { EditorNotice } from '../../app/draftEditor/draftEditorState';
import { plural } from '../../loc/plural';
import { format, type Strings } from '../../loc/strings';
import type { DraftSaveState } from '../../services/drafts/DraftSession';

/** The top bar's save state in words ("All changes saved", "Offline: 3 changes…"). */
export function saveText(state: DraftSaveState, strings: Strings): string {
  switch (state.kind) {
    case 'saved': return strings.draft.saved;
    case 'saving': return plural(strings.draft.saving, state.pending);
    case 'offline': return plural(strings.draft.offline, state.pending);
    case 'refused': return plural(strings.draft.refused, state.refused);
    case 'conflict': return plural(strings.draft.conflicts, state.conflicts);
  }
}

/** What the editor tells the person, in words. */
export function noticeText(notice: EditorNotice, strings: Strings): string {
  switch (notice.kind) {
    case 'published': return format(strings.publish.published, notice.version);
    case 'versionStarted': return format(strings.draft.versions.started, notice.next, notice.approved);
    case 'reminded': return strings.approval.reminded;
    case 'locked': return strings.draft.versions.lockedReadOnly;
    default: return strings.draft.editor.notices[notice.kind];
  }
}
