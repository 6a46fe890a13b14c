import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { AcknowledgeView } from '../../../src/components/acknowledgement/AcknowledgeView';
import { AcknowledgementRecordView } from '../../../src/components/acknowledgement/AcknowledgementRecordView';
import type { AcknowledgeState } from '../../../src/app/acknowledgement/AcknowledgeController';
import type { RecordState } from '../../../src/app/acknowledgement/AcknowledgementRecordController';
import { changesSince } from '../../../src/domain/acknowledgement/changesSince';
import { deriveRecord } from '../../../src/domain/acknowledgement/deriveRecord';
import type { DraftSnapshot, SnapshotBlock } from '../../../src/domain/approval/snapshot';
import { enGB } from '../../../src/loc/enGB';

/** The two acknowledgement screens, drawn: only what changed with the full text a click away, one button, and the record as text. */

const block = (key: string, text: string): SnapshotBlock => ({ key, kind: 'Statement', sectionKey: 'a', text, baseText: text, mandatory: false });
const version = (blocks: SnapshotBlock[]): DraftSnapshot => ({ draftId: 1, title: 'Policy', kind: 'Policy', bankRelease: 'r', sections: [{ key: 'a', title: 'Aims' }], blocks, values: {} });
const v1 = version([block('s:1', 'Unchanged statement.'), block('s:2', 'Staff report concerns.')]);
const v2 = version([block('s:1', 'Unchanged statement.'), block('s:2', 'Staff report concerns to the DSL at once.')]);
const request = { id: 3, draftId: 1, title: 'Online safety policy', version: '2.0', roundNumber: 2, snapshotHash: 'a'.repeat(64), audienceGroup: 'Staff', created: '2026-09-01T08:00:00Z',
  audience: [{ id: 7, name: 'Tom Reid', login: 't', email: 't@x' }, { id: 8, name: '<img src=x onerror=alert(1)>', login: 'e', email: 'e@x' }] };

describe('AcknowledgeView', () => {
  it('shows only the changed statement, the full text on request, and acknowledges in one click', () => {
    const onAcknowledge = jest.fn();
    const onToggleFull = jest.fn();
    const state: AcknowledgeState = { status: 'ready', showFull: false, busy: false, view: { request, changes: changesSince(v1, v2), full: v2, acknowledged: false, canAcknowledge: true } };
    const { rerender } = render(<AcknowledgeView strings={enGB} state={state} onToggleFull={onToggleFull} onAcknowledge={onAcknowledge} onRetry={() => undefined} />);
    expect(screen.getByTestId('changed-statements').textContent).toContain('to the DSL at once');
    expect(screen.queryByText('Unchanged statement.')).toBeNull();
    fireEvent.click(screen.getByText(enGB.acknowledgement.showFull));
    expect(onToggleFull).toHaveBeenCalled();
    rerender(<AcknowledgeView strings={enGB} state={{ ...state, showFull: true }} onToggleFull={onToggleFull} onAcknowledge={onAcknowledge} onRetry={() => undefined} />);
    expect(screen.getByTestId('full-text').textContent).toContain('Unchanged statement.');
    fireEvent.click(screen.getByText(enGB.acknowledgement.acknowledgeButton));
    expect(onAcknowledge).toHaveBeenCalledTimes(1);
  });

  it('shows a first-time reader the whole document under "Please read the whole document"', () => {
    const state: AcknowledgeState = { status: 'ready', showFull: false, busy: false, view: { request, changes: changesSince(undefined, v2), full: v2, acknowledged: false, canAcknowledge: true } };
    render(<AcknowledgeView strings={enGB} state={state} onToggleFull={() => undefined} onAcknowledge={() => undefined} onRetry={() => undefined} />);
    expect(screen.getByText(enGB.acknowledgement.firstTime)).toBeTruthy();
    expect(screen.getByTestId('full-text').textContent).toContain('Unchanged statement.');
    expect(screen.getByTestId('full-text').textContent).toContain('to the DSL at once');
    // Nothing to toggle: there is no shorter view for them.
    expect(screen.queryByText(enGB.acknowledgement.showFull)).toBeNull();
  });

  it('counts one changed statement in the singular', () => {
    const v3 = version([block('s:1', 'Unchanged statement.'), block('s:2', 'Staff report concerns to the DSL.')]);
    const state: AcknowledgeState = { status: 'ready', showFull: false, busy: false, view: { request, changes: changesSince(v2, v3), full: v3, acknowledged: false, canAcknowledge: true } };
    render(<AcknowledgeView strings={enGB} state={state} onToggleFull={() => undefined} onAcknowledge={() => undefined} onRetry={() => undefined} />);
    expect(screen.getByText('What changed since the version you last acknowledged (1 statement):')).toBeTruthy();
  });

  it('says when the person cannot acknowledge yet, and offers no button', async () => {
    const state: AcknowledgeState = { status: 'ready', showFull: false, busy: false, view: { request, changes: changesSince(undefined, v2), full: v2, acknowledged: false, canAcknowledge: false } };
    render(<AcknowledgeView strings={enGB} state={state} onToggleFull={() => undefined} onAcknowledge={() => undefined} onRetry={() => undefined} />);
    // Fluent's MessageBar fills its text after mounting: wait for it (a condition, not a time).
    expect(await screen.findByText(enGB.acknowledgement.cannotAcknowledge)).toBeTruthy();
    expect(screen.queryByText(enGB.acknowledgement.acknowledgeButton)).toBeNull();
  });
});

describe('AcknowledgementRecordView', () => {
  it('lists who has and who has not, names as text, with remind and export', () => {
    const record = deriveRecord(request, [{ id: 'L7', personId: 7, secured: true }, { id: 'L8', personId: 8, secured: true }],
      [{ personId: 7, itemId: 1, requestId: 3, draftId: 1, snapshotHash: 'a'.repeat(64), created: '2026-09-02T08:00:00Z' }]);
    const state: RecordState = { status: 'ready', groups: ['Staff'], group: 'Staff', requests: [request], record, busy: false };
    const onRemind = jest.fn();
    const { container } = render(<AcknowledgementRecordView strings={enGB} document={{ draftId: 1, title: 'Online safety policy', version: '2.0', roundNumber: 2 }} state={state}
      formatDate={iso => iso.slice(0, 10)} onChooseGroup={() => undefined} onAsk={() => undefined} onRemind={onRemind} onExportCsv={() => undefined} onExportExcel={() => undefined} onRetry={() => undefined} />);
    const rows = [...screen.getByTestId('acknowledgement-record').querySelectorAll('tbody tr')].map(tr => [...tr.querySelectorAll('td')].map(td => td.textContent));
    expect(rows).toEqual([['<img src=x onerror=alert(1)>', 'Not yet', '', '', ''], ['Tom Reid', 'Acknowledged', '2026-09-02', '', '']]);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('1 of 2 people have acknowledged.')).toBeTruthy();
    fireEvent.click(screen.getByText(enGB.acknowledgement.remind));
    expect(onRemind).toHaveBeenCalled();
    expect(screen.getByText(enGB.acknowledgement.exportExcel)).toBeTruthy();
  });

  it('says when each person still waiting was last reminded, and counts one person in the singular', async () => {
    const one = { ...request, audience: [request.audience[0]] };
    const record = deriveRecord(one, [{ id: 'L7', personId: 7, secured: true }], [], [{ itemId: 9, requestId: 3, personIds: [7], created: '2026-09-05T08:00:00Z' }]);
    const state: RecordState = { status: 'ready', groups: ['Staff'], group: 'Staff', requests: [one], record, busy: false, sent: { kind: 'reminded', deliveries: [{} as never], withoutList: [] } };
    render(<AcknowledgementRecordView strings={enGB} document={{ draftId: 1, title: 'Online safety policy', version: '2.0', roundNumber: 2 }} state={state}
      formatDate={iso => iso.slice(0, 10)} onChooseGroup={() => undefined} onAsk={() => undefined} onRemind={() => undefined} onExportCsv={() => undefined} onExportExcel={() => undefined} onRetry={() => undefined} />);
    const cells = [...screen.getByTestId('acknowledgement-record').querySelectorAll('tbody td')].map(td => td.textContent);
    expect(cells).toEqual(['Tom Reid', 'Not yet', '', '2026-09-05', '']);
    expect(screen.getByText('0 of 1 person has acknowledged.')).toBeTruthy();
    // Fluent's MessageBar fills its text after mounting: wait for it (a condition, not a time).
    expect(await screen.findByText('Reminded 1 person.')).toBeTruthy();
  });
});
