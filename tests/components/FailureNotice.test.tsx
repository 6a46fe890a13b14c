import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { FailureNotice, failureSentence } from '../../src/components/common/FailureNotice';
import { enGB } from '../../src/loc/enGB';
import { format } from '../../src/loc/strings';
import { AppError } from '../../src/services/errors/AppError';
import { describeError, type FailureKind } from '../../src/services/errors/describeError';

describe('FailureNotice: the words for a failure', () => {
  it("shows a code's own sentence, filled with its values, before the kind's", () => {
    const failure = describeError(new AppError('throttled', 'sharepoint.throttledFor', 'Retry count exceeded', { status: 429, values: [30] }));
    expect(failureSentence(enGB, failure)).toBe(format(enGB.errorCodes.sharepoint.throttledFor, 30));
    expect(failureSentence(enGB, failure)).toContain('30 seconds');
  });

  it("finds a code a screen keeps in its own section of the strings (a path from the root)", () => {
    expect(failureSentence(enGB, { kind: 'conflict', code: 'approval.notApprover', detail: '' })).toBe(enGB.approval.notApprover);
  });

  it("falls back to the kind's sentence for an unknown code, a path that is not a sentence, or no code", () => {
    expect(failureSentence(enGB, { kind: 'offline', code: 'no.such.code', detail: '' })).toBe(enGB.errors.offline);
    expect(failureSentence(enGB, { kind: 'notFound', code: 'sharepoint', detail: '' })).toBe(enGB.errors.notFound);
    expect(failureSentence(enGB, { kind: 'notFound', code: 'toString', detail: '' })).toBe(enGB.errors.notFound);
    expect(failureSentence(enGB, { kind: 'accessDenied', detail: '' })).toBe(enGB.errors.accessDenied);
    // SharePoint's plain 403 has a code but no sentence of its own: the kind's says it ("You don't have access to this site").
    expect(failureSentence(enGB, { kind: 'accessDenied', code: 'sharepoint.accessDenied', status: 403, detail: '' })).toBe(enGB.errors.accessDenied);
  });

  it('gives a conflict its own sentence, not "something went wrong"', () => {
    expect(failureSentence(enGB, { kind: 'conflict', status: 412, detail: '' })).toBe(enGB.errors.conflict);
    expect(enGB.errors.conflict).not.toBe(enGB.errors.unexpected);
  });

  it('has a sentence for every kind', () => {
    const kinds: FailureKind[] = ['accessDenied', 'notSignedIn', 'offline', 'throttled', 'notFound', 'conflict', 'tooLong', 'invalid', 'unexpected'];
    for (const kind of kinds) expect(enGB.errors[kind]).toMatch(/\w/);
  });

  it('renders the sentence as text and keeps the technical detail behind "show more"', async () => {
    const failure = describeError(new AppError('invalid', 'approval.noElectorate', 'No ballot list for <b>Governors</b>', { values: ['<b>Governors</b>'] }));
    const { container } = render(<FailureNotice failure={failure} strings={enGB} title={enGB.shell.loadFailed} />);
    expect(await screen.findByText(format(enGB.errorCodes.approval.noElectorate, '<b>Governors</b>'))).toBeTruthy();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.queryByText(/No ballot list for/)).toBeNull();
    fireEvent.click(screen.getByText(enGB.shell.technicalDetail));
    expect(screen.getByText(/No ballot list for/)).toBeTruthy();
  });
});
