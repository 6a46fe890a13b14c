import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { DraftEditorController } from '../../../src/app/draftEditor/DraftEditorController';
import type { DraftEditorContext, DraftEditorState } from '../../../src/app/draftEditor/draftEditorState';
import { editorView } from '../../../src/app/draftEditor/editorView';
import { DraftMessages } from '../../../src/components/draft/DraftMessages';
import { BlockMergeFields } from '../../../src/components/draft/BlockMergeFields';
import { DraftPreview } from '../../../src/components/draft/DraftPreview';
import { FillDetailsPanel, type ProfileDetails } from '../../../src/components/draft/FillDetailsPanel';
import { issueText } from '../../../src/components/draft/issueText';
import { ThingsToFix } from '../../../src/components/draft/ThingsToFix';
import type { Draft } from '../../../src/domain/draft/DraftModel';
import { validateDraft } from '../../../src/domain/draft/validateDraft';
import { mergeValuesFor } from '../../../src/domain/school/SchoolProfile';
import { enGB } from '../../../src/loc/enGB';
import { OAKFIELD_PROFILE } from '../../../workbench/seed/productSeed';

const block = (key: string, text: string): Draft['blocks'][number] => ({
  key, kind: 'Custom', baseText: '', mandatory: false, content: { text, included: true, note: '', sectionKey: 's', order: 1, removed: false }
});
const draft: Draft = {
  title: 'Online safety policy', kind: 'Policy', templateKey: 'policy-primary', templateVersion: 1, bankRelease: '2026.2',
  sections: [{ key: 's', title: 'Roles', order: 1 }],
  blocks: [block('c:a', 'At {{SchoolName}}, tell {{DeputyDSLName}}.'), block('c:b', '{{DeputyDSLName}} deputises.'), block('c:c', 'Name [the platforms].')]
};
// Oakfield's seeded profile leaves the deputy DSL empty.
const issues = validateDraft(draft, OAKFIELD_PROFILE);

describe('things to fix go to where each is fixed, and merge fields read by their names', () => {
  it('lists an empty profile field once with "Fill in", and any other issue as a link to its statement', async () => {
    const filled: string[] = [];
    const jumped: string[] = [];
    render(<ThingsToFix strings={enGB} issues={issues} onJump={key => jumped.push(key)} onFillField={field => filled.push(field)} />);
    expect(await screen.findByText('2 things to fix before approval')).toBeTruthy();
    expect(screen.getByTestId('empty-field-deputyDslName').textContent).toContain('Deputy DSL is empty in the school profile: 2 statements use it.');
    fireEvent.click(screen.getByText('Fill in Deputy DSL'));
    expect(filled).toEqual(['deputyDslName']);
    fireEvent.click(screen.getByText(/still has the gap \[the platforms\]/));
    expect(jumped).toEqual(['c:c']);
  });

  it('without a way to fill the profile (not a site owner), lists each statement, by readable names, never {{codes}}', async () => {
    render(<ThingsToFix strings={enGB} issues={issues} onJump={() => undefined} />);
    expect(await screen.findByText('3 things to fix before approval')).toBeTruthy();
    expect(screen.getByText('"At [School name], tell [Deputy DSL]." needs [Deputy DSL]: fill it in the school profile.')).toBeTruthy();
    expect(issues.map(i => issueText(enGB, i)).join(' ')).not.toMatch(/\{\{/);
  });

  it('shows under a statement what each merge field reads as, and "Fill in" beside an empty one', () => {
    const filled: string[] = [];
    render(<BlockMergeFields strings={enGB} text={draft.blocks[0].content.text} values={mergeValuesFor(OAKFIELD_PROFILE)} onFill={f => filled.push(f)} />);
    expect(screen.getByTestId('merge-fields').textContent).toBe('Filled from the school profile: School name: Oakfield Primary School · Deputy DSL (empty) Fill in Deputy DSL');
    fireEvent.click(screen.getByText('Fill in Deputy DSL'));
    expect(filled).toEqual(['deputyDslName']);
  });

  it('marks a missing field in the preview by its name, with where to fill it', () => {
    render(<DraftPreview strings={enGB} draft={draft} blocks={draft.blocks} values={mergeValuesFor(OAKFIELD_PROFILE)} />);
    const gap = screen.getAllByText('[Deputy DSL]')[0];
    expect(gap.tagName).toBe('MARK');
    expect(gap.getAttribute('title')).toBe('Deputy DSL is missing from the school profile');
    expect(screen.getByTestId('draft-preview').textContent).not.toMatch(/\{\{/);
  });

  it('fills the empty fields in one panel, checks each as it is typed, and saves only what was typed', async () => {
    const saved: ProfileDetails[] = [];
    let closed = false;
    render(<FillDetailsPanel strings={enGB} fields={['deputyDslName', 'email']} profile={{ ...OAKFIELD_PROFILE, email: '' }} focus="deputyDslName"
      onSave={async details => { saved.push(details); return undefined; }} onDismiss={() => { closed = true; }} />);
    const save = (await screen.findByText(enGB.draft.fillDetails.save)).closest('button') as HTMLButtonElement;
    expect(save.disabled).toBe(true); // nothing typed yet
    fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: 'not-an-email' } });
    expect(await screen.findByText(enGB.school.profileForm.problems.email)).toBeTruthy();
    expect(save.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Deputy DSL'), { target: { value: '  Sam Patel ' } });
    expect(save.disabled).toBe(false);
    await act(async () => { fireEvent.click(save); });
    expect(saved).toEqual([{ deputyDslName: 'Sam Patel' }]);
    expect(closed).toBe(true);
  });

  it('keeps the panel open with the failure when the save is refused', async () => {
    let closed = false;
    render(<FillDetailsPanel strings={enGB} fields={['phone']} profile={OAKFIELD_PROFILE}
      onSave={async () => ({ kind: 'accessDenied', status: 403, detail: 'Access denied.' })} onDismiss={() => { closed = true; }} />);
    fireEvent.change(await screen.findByLabelText('Phone'), { target: { value: '01632 960999' } });
    await act(async () => { fireEvent.click(screen.getByText(enGB.draft.fillDetails.save)); });
    expect(await screen.findByText(enGB.draft.fillDetails.failed)).toBeTruthy();
    expect(closed).toBe(false);
    expect((screen.getByLabelText('Phone') as HTMLInputElement).value).toBe('01632 960999');
  });
});

describe('a draft whose template does not fit the school', () => {
  it('is flagged in the editor as on the home, saying what to do', async () => {
    const context: DraftEditorContext = { draftId: 1, bank: { sections: [], statements: [], templates: [], releases: [] }, profile: { ...OAKFIELD_PROFILE, setting: 'Secondary' }, userId: 8, userLogin: 'helen', canEdit: true };
    const state: DraftEditorState = {
      opening: false, draft: { ...draft, setting: 'Primary' }, blocks: draft.blocks, saveState: { kind: 'saved' }, conflicts: [], statementNotices: [], comments: [], people: [],
      zone: 'Europe/London', round: { kind: 'loading' }, preview: false, syncIntervalMs: 5000, syncs: 1, busy: {}, confirmingWithdraw: false
    };
    const view = editorView(state, context)!;
    render(<DraftMessages strings={enGB} state={state} view={view} editor={{} as DraftEditorController} settingMismatch={{ template: 'Primary', school: 'Secondary' }} />);
    expect((await screen.findByTestId('editor-setting-mismatch')).textContent)
      .toBe('Written for Primary schools, but your school is set as Secondary. Start a new document from the Secondary template, or check the setting in the school profile.');
  });
});
