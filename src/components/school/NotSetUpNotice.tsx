import * as React from 'react';
import { MessageBar, MessageBarType, Text } from '@fluentui/react';
import { format, type Strings } from '../../loc/strings';

/** For someone who cannot set the site up: only an owner can, and who the owners are where the app could read them. */
export function NotSetUpNotice({ strings, owners }: { strings: Strings; owners: string[] }): JSX.Element {
  return (
    <MessageBar messageBarType={MessageBarType.info} isMultiline data-testid="not-set-up">
      <Text as="h2" variant="large" block>{strings.setup.notOwnerTitle}</Text>
      <Text block>{strings.setup.notOwner} {owners.length > 0 ? format(strings.setup.ownersAre, owners.join(', ')) : strings.setup.noOwnersVisible}</Text>
    </MessageBar>
  );
}
