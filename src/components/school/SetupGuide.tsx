import * as React from 'react';
import { DefaultButton, FontIcon, mergeStyleSets, MessageBar, MessageBarType, PrimaryButton, ProgressIndicator, Stack, Text, useTheme } from '@fluentui/react';
import { SETUP_STEPS, type SetupStep } from '../../domain/school/setupSteps';
import { format, type Strings } from '../../loc/strings';
import type { Failure } from '../../services/errors/describeError';
import { FailureNotice } from '../common/FailureNotice';
import type { BankCheck } from '../../app/schoolHome/schoolHomeModel';

export interface SetupGuideProps {
  strings: Strings;
  siteTitle: string;
  progress: Record<SetupStep, boolean>;
  bank: BankCheck;
  /** What the current long step is doing ("Creating Draft Blocks"), while it runs. */
  working?: { label: string; fraction?: number };
  failure?: Failure;
  onStep: (step: SetupStep) => void;
  /** Leave the guide for the app (only once the lists exist). */
  onLater?: () => void;
}

/**
 * The first-run guide for a site owner: five steps, each done by what the site holds (so it resumes where
 * anyone left it), the next one open with its action, every failure saying what to do next.
 */
export function SetupGuide({ strings, siteTitle, progress, bank, working, failure, onStep, onLater }: SetupGuideProps): JSX.Element {
  const t = strings.setup;
  const theme = useTheme();
  const next = SETUP_STEPS.find(step => !progress[step]);
  const classes = mergeStyleSets({
    list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8, maxWidth: 760 },
    step: { padding: 12, border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4 },
    current: { borderColor: theme.palette.themePrimary, borderWidth: 2 },
    done: { color: theme.semanticColors.successIcon },
    todo: { color: theme.semanticColors.bodySubtext }
  });
  const bodyOf = (step: SetupStep): string => (step === 'bank' ? format(t.steps.bank.body, bank.siteUrl) : t.steps[step].body);
  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="setup-guide">
      <Text as="h2" variant="xLarge">{format(t.title, siteTitle)}</Text>
      <Text>{t.intro}</Text>
      {failure && <FailureNotice failure={failure} strings={strings} title={t.steps[next ?? 'lists'].title} />}
      <ol className={classes.list}>
        {SETUP_STEPS.map((step, i) => {
          const done = progress[step];
          const isNext = step === next;
          return (
            <li key={step} className={`${classes.step} ${isNext ? classes.current : ''}`} aria-current={isNext ? 'step' : undefined} data-testid={`setup-step-${step}`}>
              <Stack tokens={{ childrenGap: 6 }}>
                <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
                  <FontIcon iconName={done ? 'CompletedSolid' : isNext ? 'RadioBtnOn' : 'CircleRing'} className={done ? classes.done : classes.todo} aria-hidden />
                  <Text as="h3" variant="mediumPlus">{format(t.stepOf, i + 1, SETUP_STEPS.length)}: {t.steps[step].title}</Text>
                  <Text variant="small">({done ? t.done : isNext ? t.current : t.todo})</Text>
                </Stack>
                {!done && <Text>{bodyOf(step)}</Text>}
                {step === 'bank' && bank.release && <Text variant="small">{format(t.steps.bank.ok, bank.release)}</Text>}
                {step === 'bank' && !done && bank.failure && progress.lists && (
                  <MessageBar messageBarType={MessageBarType.warning} isMultiline>{strings.errors[bank.failure.kind === 'conflict' ? 'unexpected' : bank.failure.kind]} {t.steps.bank.fix}</MessageBar>
                )}
                {step === 'bank' && !done && !bank.failure && progress.lists && <MessageBar messageBarType={MessageBarType.warning} isMultiline>{strings.bank.noRelease} {t.steps.bank.fix}</MessageBar>}
                {isNext && working && <ProgressIndicator label={format(t.working, working.label)} percentComplete={working.fraction} />}
                {/* Once the lists exist the other steps can be taken in any order: the next one is the primary action. */}
                {!done && (isNext || progress.lists) && (
                  <Stack horizontal tokens={{ childrenGap: 8 }}>
                    {isNext
                      ? <PrimaryButton text={t.steps[step].action} disabled={Boolean(working)} onClick={() => onStep(step)} />
                      : <DefaultButton text={t.steps[step].action} disabled={Boolean(working)} onClick={() => onStep(step)} />}
                  </Stack>
                )}
              </Stack>
            </li>
          );
        })}
      </ol>
      {onLater && progress.lists && <Stack horizontal><DefaultButton text={t.later} onClick={onLater} /></Stack>}
    </Stack>
  );
}
