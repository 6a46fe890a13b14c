import * as React from 'react';
import { OfficerDashboardController, type OfficerDashboardState } from '../../app/register/OfficerDashboardController';
import { formatDate } from '../../domain/time/formatDate';
import type { Strings } from '../../loc/strings';
import type { ReportAddressStore } from '../../app/register/OfficerDashboardController';
import type { IRegisterService } from '../../services/register/IRegisterService';
import { downloadFile } from '../common/download';
import { useController } from '../common/useController';
import { OfficerDashboardView } from './OfficerDashboardView';

export interface OfficerDashboardContainerProps {
  strings: Strings;
  /** The register on the bank site (the officer's own site). */
  register: IRegisterService;
  /** Where the address schools mail report packs to is kept (the bank). */
  addresses?: ReportAddressStore;
  /** The site's time zone (dates show in it, never raw UTC). */
  zone: string;
}

/** Makes the officer's dashboard controller, loads the register once, and wires the view's commands to it. */
export function OfficerDashboardContainer({ strings, register, addresses, zone }: OfficerDashboardContainerProps): JSX.Element {
  const [controller, state] = useController<OfficerDashboardState, OfficerDashboardController>(() => new OfficerDashboardController(register, () => new Date(), addresses), [register, addresses]);
  React.useEffect(() => { void controller.load(); }, [controller]);
  // A date alone (reports are dated to the minute, but the day is what the officer compares).
  const day = (iso: string): string => formatDate(iso.length === 10 ? `${iso}T12:00:00Z` : iso, zone);
  const t = strings.register;
  const exportCsv = (): void => {
    const csv = controller.csv({ header: t.csvHeader, route: t.route, stage: t.stage, yes: t.yes, no: t.no });
    if (csv) downloadFile(t.csvFileName, csv, 'text/csv;charset=utf-8');
  };
  return (
    <OfficerDashboardView strings={strings} state={state} day={day}
      onRefresh={() => void controller.load()} onExportCsv={exportCsv} onSelectRelease={r => controller.selectRelease(r)}
      onOpenSchool={key => void controller.openSchool(key)} onCloseSchool={() => controller.closeSchool()}
      onImport={text => void controller.importPack(text)} onEnrol={school => void controller.enrol(school)}
      onSetAddress={addresses ? address => void controller.setReportAddress(address) : undefined} onDismissOutcome={() => controller.dismissOutcome()} />
  );
}
