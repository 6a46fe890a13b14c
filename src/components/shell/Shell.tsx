import * as React from 'react';
import { mergeStyleSets, Spinner, SpinnerSize, Stack, Text, useTheme } from '@fluentui/react';
import { format, type Strings } from '../../loc/strings';
import type { Failure } from '../../services/errors/describeError';
import type { CurrentUser, SiteSummary } from '../../services/sharepoint/ISiteService';
import { FailureNotice } from '../common/FailureNotice';

export interface ShellProps {
  strings: Strings;
  state: { status: 'loading' } | { status: 'failed'; failure: Failure } | { status: 'ready'; site: SiteSummary; user: CurrentUser };
  /** The hour of the day in the viewer's clock, for the greeting. */
  hour: number;
  onRetry: () => void;
  children?: React.ReactNode;
}

/** The greeting that fits the time of day, with the person's first name. */
export function greetingFor(strings: Strings, hour: number, displayName: string): string {
  const firstName = displayName.trim().split(/\s+/)[0] ?? displayName;
  const template = hour < 12 ? strings.shell.greetingMorning : hour < 18 ? strings.shell.greetingAfternoon : strings.shell.greetingEvening;
  return format(template, firstName);
}

/** The app's frame: who is signed in, where, and the content below. Props only. */
export function Shell({ strings, state, hour, onRetry, children }: ShellProps): JSX.Element {
  const theme = useTheme();
  const classes = mergeStyleSets({
    root: { padding: 16, background: theme.semanticColors.bodyBackground, color: theme.semanticColors.bodyText, minHeight: 200 },
    appName: { color: theme.palette.themePrimary, fontWeight: 600, textTransform: 'uppercase', letterSpacing: '0.04em' }
  });
  return (
    <main className={classes.root} aria-busy={state.status === 'loading'}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Text variant="small" className={classes.appName}>{strings.appName}</Text>
        {state.status === 'loading' && <Spinner size={SpinnerSize.large} label={strings.shell.loading} />}
        {state.status === 'failed' && <FailureNotice failure={state.failure} strings={strings} title={strings.shell.loadFailed} onRetry={onRetry} />}
        {state.status === 'ready' && (
          <header>
            <Text as="h1" variant="xxLarge" block data-testid="greeting">{greetingFor(strings, hour, state.user.displayName)}</Text>
            <Text block data-testid="site-line">{format(strings.shell.signedInTo, state.site.title)}</Text>
          </header>
        )}
        {state.status === 'ready' && children}
      </Stack>
    </main>
  );
}
