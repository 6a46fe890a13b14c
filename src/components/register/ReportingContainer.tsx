import * as React from 'react';
import { realClock } from '../../app/common/timing';
import { ReportingController, type ReportingState } from '../../app/register/ReportingController';
import type { ReportingSources } from '../../services/register/reportingSources';
import { formatDateTime } from '../../domain/time/formatDate';
import { format, type Strings } from '../../loc/strings';
import { downloadFile } from '../common/download';
import { useController } from '../common/useController';
import { ReportingCard } from './ReportingCard';

export interface ReportingContainerProps {
  strings: Strings;
  /** Built by the composition root: see `reportingSources` (the school's identity, facts, bank, register, store). */
  ports: ReportingSources;
  zone: string;
}

/** The school's reporting to the authority: starts its controller (sending what waits) and wires the card. */
export function ReportingContainer({ strings, ports, zone }: ReportingContainerProps): JSX.Element {
  const [controller, state] = useController<ReportingState, ReportingController>(() => new ReportingController({
    ...ports, clock: realClock,
    // The mail is read by the authority's officer: its words come from loc, like every other sentence.
    mailPack: (to, file, school) => ports.register.mailPack({
      to, file, subject: format(strings.register.packMailSubject, school.name),
      lines: strings.register.packMailLines.map(line => format(line, school.name, file.fileName))
    })
  }), [ports, strings]);
  React.useEffect(() => { void controller.start(); }, [controller]);
  const download = async (): Promise<void> => {
    const file = await controller.packFile();
    if (file) downloadFile(file.fileName, file.text, 'application/json');
  };
  return (
    <ReportingCard strings={strings} state={state} when={iso => formatDateTime(iso, zone)}
      onSendNow={() => void controller.reportNow()} onDownloadPack={() => void download()} onMailPack={() => void controller.mailPack()} />
  );
}
