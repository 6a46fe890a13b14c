import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { OfficerDashboardView, type OfficerDashboardViewProps } from '../../../src/components/register/OfficerDashboardView';
import { ReportingCard } from '../../../src/components/register/ReportingCard';
import type { OfficerDashboardState } from '../../../src/app/register/OfficerDashboardController';
import { buildDashboard, type RegisterSchool } from '../../../src/domain/register/dashboard';
import { buildReport } from '../../../src/domain/register/milestones';
import { enGB } from '../../../src/loc/enGB';
import { format } from '../../../src/loc/strings';
import { BANK, oakfieldPolicy } from '../../domain/register/registerFixtures';

/** Fluent's MessageBar renders its text a moment later (for screen readers): wait for it, generously. */
const LATER = { timeout: 15_000 };

/** The dashboard's view draws what the controller's state says, in the loc file's words, and calls back on clicks. */

const schools: RegisterSchool[] = [
  { key: 'a', name: 'Oakfield Primary School', route: 'tenant', latest: buildReport(undefined, [oakfieldPolicy()], BANK, '2026-02-02T08:00:00Z'), unreadable: 0 },
  { key: 'b', name: 'Hillside Academy', route: 'pack', latest: buildReport(undefined, [oakfieldPolicy({ published: '2026-02-01T00:00:00Z', reviewDue: '2026-03-01' })], BANK, '2026-02-03T08:00:00Z'), unreadable: 2 },
  { key: 'c', name: 'Brook Infant School', route: 'tenant', unreadable: 0 }
];
const model = buildDashboard(schools, new Date('2026-06-01T00:00:00Z'));

function renderView(state: Partial<OfficerDashboardState>, overrides: Partial<OfficerDashboardViewProps> = {}): OfficerDashboardViewProps {
  const props: OfficerDashboardViewProps = {
    strings: enGB, state: { loading: false, busy: false, model, ...state }, day: iso => iso.slice(0, 10),
    onRefresh: jest.fn(), onExportCsv: jest.fn(), onSelectRelease: jest.fn(), onOpenSchool: jest.fn(), onCloseSchool: jest.fn(),
    onImport: jest.fn(), onEnrol: jest.fn(), onDismissOutcome: jest.fn(), ...overrides
  };
  render(<OfficerDashboardView {...props} />);
  return props;
}

describe('OfficerDashboardView', () => {
  it('shows adopters per release, the ranked statements, overdue and never-started schools, and skipped entries', async () => {
    renderView({});
    expect(screen.getByText(format(enGB.register.releaseHeading, '2026.1', 2))).toBeTruthy();
    const ranking = screen.getByTestId('statement-ranking');
    expect(within(ranking).getByText('filtering')).toBeTruthy();
    expect(within(ranking).queryByText('ai')).toBeNull();
    expect(await screen.findByText(format(enGB.register.unreadable, 2), undefined, LATER)).toBeTruthy();
    expect(screen.getAllByText('Brook Infant School').length).toBeGreaterThanOrEqual(2);
    expect(screen.getAllByText(enGB.register.route.pack).length).toBeGreaterThan(0);
  });

  it('opens a school on one click and explains a refused pack in the register\'s words', async () => {
    const props = renderView({ refusal: { code: 'pack.replayed', values: [7, 9] } });
    await act(async () => { fireEvent.click(screen.getAllByTestId('school-b')[0]); });
    expect(props.onOpenSchool).toHaveBeenCalledWith('b');
    expect((await screen.findByTestId('register-outcome', undefined, LATER)).textContent).toBe(format(enGB.register.refusals['pack.replayed'], 7, 9));
  });

  it('shows one school\'s reports in a panel', () => {
    renderView({ school: { key: 'a', name: 'Oakfield Primary School', loading: false, history: [{ itemId: 3, report: schools[0].latest as NonNullable<RegisterSchool['latest']> }] } });
    const panel = screen.getByTestId('school-reports');
    expect(within(panel).getByText(format(enGB.register.reportLine, schools[0].latest?.sequence ?? 0, '2026-02-02'))).toBeTruthy();
    expect(within(panel).getByText(format(enGB.register.statementCounts, 1, 1, 1, 1))).toBeTruthy();
  });
});

describe('ReportingCard', () => {
  it('says when reports wait because the school is not enrolled, and shows its register code', async () => {
    render(<ReportingCard strings={enGB} when={iso => iso} onSendNow={jest.fn()} onDownloadPack={jest.fn()} onMailPack={jest.fn()}
      state={{ loading: false, noTeam: false, pending: 2, notEnrolled: true, nothingNew: false, working: false, school: { key: 'k-1', name: 'Oakfield' } }} />);
    expect(await screen.findByText(enGB.register.notEnrolled, undefined, LATER)).toBeTruthy();
    expect(screen.getByText(format(enGB.register.registerCode, 'k-1'))).toBeTruthy();
    expect(screen.getByText(enGB.register.packHelpNoAddress)).toBeTruthy();
  });
});

describe('ReportingCard with the authority\'s address', () => {
  it('offers to mail the pack to the address beside the download, and says when it is on its way', async () => {
    const onMailPack = jest.fn();
    const address = 'esafety.reports@northshire.example';
    render(<ReportingCard strings={enGB} when={iso => iso} onSendNow={jest.fn()} onDownloadPack={jest.fn()} onMailPack={onMailPack}
      state={{ loading: false, noTeam: false, pending: 0, notEnrolled: false, nothingNew: false, working: false, school: { key: 'k-1', name: 'Oakfield' }, reportAddress: address, mailed: { to: address, reportedOn: '2026-03-01T09:00:00Z' } }} />);
    screen.getByText(format(enGB.register.mailPack, address)).click();
    expect(onMailPack).toHaveBeenCalledTimes(1);
    expect(screen.getByText(enGB.register.downloadPack)).toBeTruthy();
    expect(screen.getByText(format(enGB.register.packHelp, address))).toBeTruthy();
    expect(await screen.findByText(format(enGB.register.mailed, address), undefined, LATER)).toBeTruthy();
  });
});
