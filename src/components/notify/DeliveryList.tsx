import * as React from 'react';
import { DefaultButton, Stack, Text, TextField } from '@fluentui/react';
import { format, type Strings } from '../../loc/strings';
import type { Delivery } from '../../services/notify/INotificationService';

export interface DeliveryListProps {
  strings: Strings;
  deliveries: Delivery[];
}

/** One person's result: how they were told, why Teams did not carry it, or the link to give them when nothing was sent. */
function DeliveryRow({ strings, delivery }: { strings: Strings; delivery: Delivery }): JSX.Element {
  const t = strings.notify;
  const [copied, setCopied] = React.useState(false);
  const how = delivery.channel === 'teams' ? t.byTeams : delivery.channel === 'mail' ? t.byMail : t.notSent;
  const why = delivery.problem && delivery.channel !== 'teams' ? t.problem[delivery.problem] : undefined;
  const copy = (): void => {
    if (!delivery.link) return;
    navigator.clipboard?.writeText(delivery.link).then(() => setCopied(true), () => setCopied(false));
  };
  return (
    <Stack tokens={{ childrenGap: 2 }} data-testid="delivery" data-channel={delivery.channel}>
      <Text>{delivery.recipient.name}: {how}</Text>
      {why && <Text variant="small">{why}</Text>}
      {delivery.channel === 'failed' && delivery.link && (
        <Stack horizontal tokens={{ childrenGap: 4 }} verticalAlign="end">
          <TextField readOnly value={delivery.link} label={format(t.link, delivery.recipient.name)} onFocus={e => e.currentTarget.select()} styles={{ root: { flexGrow: 1 } }} />
          <DefaultButton text={copied ? t.copied : t.copy} onClick={copy} />
        </Stack>
      )}
    </Stack>
  );
}

/** Who was told how, for the person who sent the notices (submit, remind). */
export function DeliveryList({ strings, deliveries }: DeliveryListProps): JSX.Element {
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {deliveries.map(d => <DeliveryRow key={d.recipient.login || d.recipient.name} strings={strings} delivery={d} />)}
    </Stack>
  );
}
