import * as React from 'react';
import { Checkbox, MessageBar, MessageBarType, PrimaryButton, ProgressIndicator, Stack, Text } from '@fluentui/react';
import { format, type Strings } from '../../loc/strings';

export interface BankSetupProps {
  strings: Strings;
  canProvision: boolean;
  missingLists: string[];
  onSetUp: (importStarter: boolean, onProgress: (step: string, fraction: number) => void) => Promise<void>;
}

/** First run on a bank site: an owner sets it up (optionally with the starter bank); anyone else is told who can. */
export function BankSetup({ strings, canProvision, missingLists, onSetUp }: BankSetupProps): JSX.Element {
  const t = strings.bank.setup;
  const [importStarter, setImportStarter] = React.useState(true);
  const [progress, setProgress] = React.useState<{ step: string; fraction: number } | undefined>();
  const [failure, setFailure] = React.useState<string | undefined>();
  if (!canProvision) return <MessageBar messageBarType={MessageBarType.info} isMultiline>{t.notOwner}</MessageBar>;
  const start = async (): Promise<void> => {
    setFailure(undefined);
    try {
      await onSetUp(importStarter, (step, fraction) => setProgress({ step, fraction }));
    } catch (error) {
      setFailure((error as Error).message);
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
      {failure && <MessageBar messageBarType={MessageBarType.error} isMultiline>{failure}</MessageBar>}
      {progress && <ProgressIndicator label={format(t.working, progress.step)} percentComplete={progress.fraction} />}
      <Stack horizontal><PrimaryButton text={t.start} onClick={() => void start()} disabled={Boolean(progress)} /></Stack>
    </Stack>
  );
}
