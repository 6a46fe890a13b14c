import * as React from 'react';
import { Checkbox, MessageBar, MessageBarType, PrimaryButton, ProgressIndicator, Stack, Text } from '@fluentui/react';
import type { BankFailure } from '../../app/bank/bankFailure';
import { format, type Strings } from '../../loc/strings';
import { BankProblemNotice } from './BankProblemNotice';

export interface BankSetupProps {
  strings: Strings;
  canProvision: boolean;
  missingLists: string[];
  /** Why setting up failed last time, if it did. */
  failure?: BankFailure;
  onSetUp: (importStarter: boolean, onProgress: (step: string, fraction: number) => void) => Promise<void>;
}

/** First run on a bank site: an owner sets it up (optionally with the starter bank); anyone else is told who can. */
export function BankSetup({ strings, canProvision, missingLists, failure, onSetUp }: BankSetupProps): JSX.Element {
  const t = strings.bank.setup;
  const [importStarter, setImportStarter] = React.useState(true);
  const [progress, setProgress] = React.useState<{ step: string; fraction: number } | undefined>();
  if (!canProvision) return <MessageBar messageBarType={MessageBarType.info} isMultiline>{t.notOwner}</MessageBar>;
  const start = async (): Promise<void> => {
    try {
      await onSetUp(importStarter, (step, fraction) => setProgress({ step, fraction }));
    } finally {
      setProgress(undefined);
    }
  };
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { maxWidth: 640 } }}>
      <Text as="h2" variant="xLarge">{t.title}</Text>
      <Text>{t.intro}</Text>
      <Text variant="small">{missingLists.join(', ')}</Text>
      <Checkbox label={t.importStarter} checked={importStarter} onChange={(_e, c) => setImportStarter(Boolean(c))} disabled={Boolean(progress)} />
      {failure && !progress && <BankProblemNotice strings={strings} action="setUp" failure={failure} />}
      {progress && <ProgressIndicator label={format(t.working, progress.step)} percentComplete={progress.fraction} />}
      <Stack horizontal><PrimaryButton text={t.start} onClick={() => void start()} disabled={Boolean(progress)} /></Stack>
    </Stack>
  );
}
