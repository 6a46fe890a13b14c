import * as React from 'react';
import { AcknowledgeController, type AcknowledgeState } from '../../app/acknowledgement/AcknowledgeController';
import type { Strings } from '../../loc/strings';
import type { IAcknowledgementService } from '../../services/acknowledgement/IAcknowledgementService';
import { useController } from '../common/useController';
import { AcknowledgeView } from './AcknowledgeView';

/** Opens a request for the signed-in person (from their notification's deep link or their list of requests). */
export function AcknowledgeContainer({ strings, acknowledgements, requestId }: { strings: Strings; acknowledgements: IAcknowledgementService; requestId: number }): JSX.Element {
  const [controller, state] = useController<AcknowledgeState, AcknowledgeController>(() => new AcknowledgeController({ acknowledgements, strings }, requestId), [acknowledgements, requestId]);
  React.useEffect(() => { void controller.refresh(); }, [controller]);
  return (
    <AcknowledgeView
      strings={strings} state={state}
      onToggleFull={() => controller.toggleFull()} onAcknowledge={() => void controller.acknowledge()} onRetry={() => void controller.refresh()}
    />
  );
}
