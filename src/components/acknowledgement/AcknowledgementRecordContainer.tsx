import * as React from 'react';
import { AcknowledgementRecordController, type RecordState } from '../../app/acknowledgement/AcknowledgementRecordController';
import type { Strings } from '../../loc/strings';
import type { IAcknowledgementService, PublishedVersion } from '../../services/acknowledgement/IAcknowledgementService';
import { recordWorkbook } from '../../services/export/recordWorkbook';
import { downloadFile } from '../common/download';
import { useController } from '../common/useController';
import { AcknowledgementRecordView } from './AcknowledgementRecordView';

export interface RecordContainerProps {
  strings: Strings;
  acknowledgements: IAcknowledgementService;
  document: PublishedVersion;
  formatDate: (iso: string) => string;
  /** The site's time zone (the workbook's dates); London when not given. */
  timeZone?: string;
}

/** The owner's "Ask to acknowledge" screen for a published version (opened from the published document's row). */
export function AcknowledgementRecordContainer({ strings, acknowledgements, document, formatDate, timeZone }: RecordContainerProps): JSX.Element {
  const [controller, state] = useController<RecordState, AcknowledgementRecordController>(
    () => new AcknowledgementRecordController({ acknowledgements, strings, formatDate, writeWorkbook: recordWorkbook, timeZone }, document), [acknowledgements, document.draftId, document.version]
  );
  React.useEffect(() => { void controller.refresh(); }, [controller]);
  const exportCsv = (): void => {
    const file = controller.csv();
    if (file) downloadFile(file.fileName, file.text, 'text/csv;charset=utf-8');
  };
  const exportExcel = async (): Promise<void> => {
    const file = await controller.workbook();
    if (file) downloadFile(file.fileName, file.bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  };
  return (
    <AcknowledgementRecordView
      strings={strings} document={document} state={state} formatDate={formatDate}
      onChooseGroup={group => controller.chooseGroup(group)} onAsk={() => void controller.ask()} onRemind={() => void controller.remind()}
      onExportCsv={exportCsv} onExportExcel={() => void exportExcel()} onRetry={() => void controller.refresh()}
    />
  );
}
