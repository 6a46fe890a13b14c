import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import type { DraftEditorController } from '../../../src/app/draftEditor/DraftEditorController';
import type { DraftEditorContext, DraftEditorState } from '../../../src/app/draftEditor/draftEditorState';
import { editorView } from '../../../src/app/draftEditor/editorView';
import { DraftBanners } from '../../../src/components/draft/DraftBanners';
import { DraftMessages } from '../../../src/components/draft/DraftMessages';
import type { Draft } from '../../../src/domain/draft/DraftModel';
import { enGB } from '../../../src/loc/enGB';
import { OAKFIELD_PROFILE } from '../../../workbench/seed/productSeed';

const bank = { sections: [], statements: [], templates: [], releases: [] };
const draft: Draft = {
  title: 'Online safety policy', kind: 'Policy', templateKey: 'policy-primary', templateVersion: 1, bankRelease: '2026.1',
  sections: [{ key: 'purpose', title: 'Purpose', order: 1 }],
  blocks: [{ key: 'c:one', kind: 'Custom', baseText: '', mandatory: false, content: { text: 'We keep pupils safe online.', included: true, note: '', sectionKey: 'purpose', order: 1, removed: false } }]
};
const context: DraftEditorContext = { draftId: 1, bank, profile: OAKFIELD_PROFILE, userId: 8, userLogin: 'helen', canEdit: true };
const base: DraftEditorState = {
  opening: false, draft, blocks: draft.blocks, saveState: { kind: 'saved' }, conflicts: [], statementNotices: [], comments: [], people: [], zone: 'Europe/London',
  round: { kind: 'loading' }, preview: false, syncIntervalMs: 5000, syncs: 1, busy: {}, confirmingWithdraw: false
};

/** Only the commands these views call, recorded. */
function recordingEditor(calls: string[]): DraftEditorController {
  const record = (name: string) => () => { calls.push(name); return Promise.resolve(); };
  return { retryRound: record('retryRound'), syncNow: record('syncNow'), dismissNotice: record('dismissNotice'), readComments: record('readComments') } as unknown as DraftEditorController;
}

describe('the draft editor says what failed and offers the way on', () => {
  // Fluent's MessageBar draws its content a moment after it mounts (so screen readers announce it): wait for it.
  it("shows a round it could not read, with a retry, and does not let the draft be edited meanwhile", async () => {
    const calls: string[] = [];
    const state: DraftEditorState = { ...base, round: { kind: 'failed', failure: { kind: 'throttled', status: 503, detail: 'Service Unavailable' } } };
    const view = editorView(state, context)!;
    expect(view.editable).toBe(false);
    render(<DraftBanners strings={enGB} state={state} view={view} editor={recordingEditor(calls)} canEdit onOpenRound={() => undefined} />);
    expect(await screen.findByText(enGB.draft.editor.roundReadFailed)).toBeTruthy();
    expect(screen.queryByText('Service Unavailable')).toBeNull(); // the detail is behind "technical detail"
    fireEvent.click(await screen.findByText(enGB.shell.retry));
    expect(calls).toEqual(['retryRound']);
  });

  it("shows a failed sync and a failed command by what failed, never SharePoint's raw words", async () => {
    const calls: string[] = [];
    const state: DraftEditorState = {
      ...base, round: { kind: 'known', publications: [] },
      syncFailure: { kind: 'offline', detail: 'fetch failed' },
      actionFailure: { action: 'publish', failure: { kind: 'accessDenied', status: 403, detail: 'Access denied.' } },
      notice: { kind: 'mandatory' }
    };
    render(<DraftMessages strings={enGB} state={state} view={editorView(state, context)!} editor={recordingEditor(calls)} />);
    expect(await screen.findByText(enGB.draft.editor.syncFailed)).toBeTruthy();
    expect(await screen.findByText(enGB.draft.editor.failed.publish)).toBeTruthy();
    expect(await screen.findByText(enGB.draft.editor.notices.mandatory)).toBeTruthy();
    expect(screen.queryByText(/fetch failed|Access denied\./)).toBeNull();
    fireEvent.click((await screen.findAllByText(enGB.shell.retry))[0]);
    expect(calls).toEqual(['syncNow']);
  });
});
