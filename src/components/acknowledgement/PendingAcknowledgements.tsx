import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Spinner, Stack, Text } from '@fluentui/react';
import { format, type Strings } from '../../loc/strings';
import type { IAcknowledgementService } from '../../services/acknowledgement/IAcknowledgementService';
import { FailureNotice } from '../common/FailureNotice';
import { useLoad } from '../common/useLoad';

export interface PendingAcknowledgementsProps {
  strings: Strings;
  acknowledgements: Pick<IAcknowledgementService, 'pendingForMe'>;
  onOpen: (requestId: number) => void;
}

/**
 * "To read and acknowledge": the requests the signed-in person has not answered. Read when its tab opens, never
 * with the home's first screen (issue 16's opening budget: the lists it reads are one request each).
 */
export function PendingAcknowledgements({ strings, acknowledgements, onOpen }: PendingAcknowledgementsProps): JSX.Element {
  const t = strings.acknowledgement;
  const [pending, retry] = useLoad(() => acknowledgements.pendingForMe(), [acknowledgements]);
  if (pending.kind === 'loading') return <Spinner label={t.loading} />;
  if (pending.kind === 'failed') return <FailureNotice failure={pending.failure} strings={strings} title={t.loadFailed} onRetry={retry} />;
  return (
    <section aria-labelledby="ack-pending" data-testid="ack-pending">
      <Text as="h2" variant="large" id="ack-pending">{t.pending}</Text>
      {pending.value.length === 0 && <MessageBar messageBarType={MessageBarType.info}>{t.pendingNone}</MessageBar>}
      <Stack as="ul" tokens={{ childrenGap: 8 }} styles={{ root: { listStyle: 'none', padding: 0 } }}>
        {pending.value.map(request => (
          <li key={request.id}>
            <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 12 }}>
              <Text>{format(t.readTitle, request.title, request.version)}</Text>
              <DefaultButton text={t.open} ariaLabel={format(t.readTitle, request.title, request.version)} onClick={() => onOpen(request.id)} />
            </Stack>
          </li>
        ))}
      </Stack>
    </section>
  );
}
