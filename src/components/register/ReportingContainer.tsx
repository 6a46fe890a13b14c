import * as React from 'react';
import { realClock } from '../../app/common/timing';
import { ReportingController, type ReportingPorts, type ReportingState } from '../../app/register/ReportingController';
import { formatDateTime } from '../../domain/time/formatDate';
import type { Strings } from '../../loc/strings';
import { downloadFile } from '../common/download';
import { useController } from '../common/useController';
import { ReportingCard } from './ReportingCard';

export interface ReportingContainerProps {
  strings: Strings;
  /** Built by the composition root: see `ReportingPorts` (the school's identity, facts, bank, register, store). */
  ports: Omit<ReportingPorts, 'clock'>;
  zone: string;
  reportAddress?: string;
}

/** The school's reporting to the authority: starts its controller (sending what waits) and wires the card. */
export function ReportingContainer({ strings, ports, zone, reportAddress }: ReportingContainerProps): JSX.Element {
  const [controller, state] = useController<ReportingState, ReportingController>(() => new ReportingController({ ...ports, clock: realClock }), [ports]);
  React.useEffect(() => { void controller.start(); }, [controller]);
  const download = async (): Promise<void> => {
    const file = await controller.packFile();
    if (file) downloadFile(file.fileName, file.text, 'application/json');
  };
  return (
    <ReportingCard strings={strings} state={state} reportAddress={reportAddress} when={iso => formatDateTime(iso, zone)}
      onSendNow={() => void controller.reportNow()} onDownloadPack={() => void download()} />
  );
}
