import * as React from 'react';
import { MessageBar, MessageBarType, Stack, Text, ThemeProvider } from '@fluentui/react';
import type { HostStart } from '../../app/startHost';
import type { HostTheme, SectionTheme } from '../../services/host/HostInfo';
import { format, resolveStrings } from '../../loc/strings';
import { App } from '../App';
import { themeFor } from '../theme/themes';

export interface HostFrameProps {
  start: HostStart;
  theme?: HostTheme;
  sectionTheme?: SectionTheme;
}

/**
 * What both composition roots render: the app for the resolved school site, or, when the link cannot be opened
 * here (the personal app with no school named, a site of another tenant, a site the person cannot read), a notice
 * that says what happened and what to do. When the Teams app id could not be read from the catalogue, a warning
 * that links may need copying.
 */
export function HostFrame({ start, theme, sectionTheme }: HostFrameProps): JSX.Element {
  const [warningShown, setWarningShown] = React.useState(true);
  if (start.kind === 'app') {
    const t = start.services.strings.host;
    return (
      <>
        {start.linksNeedCopying && warningShown && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline onDismiss={() => setWarningShown(false)} dismissButtonAriaLabel={t.dismiss} data-testid="links-need-copying">
            {t.linksNeedCopying}
          </MessageBar>
        )}
        <App services={start.services} theme={theme} sectionTheme={sectionTheme} />
      </>
    );
  }
  const { resolution } = start;
  const strings = resolveStrings(resolution.host.locale);
  const t = strings.host;
  const [title, text] = resolution.kind === 'noSchool'
    ? [t.noSchoolTitle, t.noSchool]
    : resolution.reason === 'notThisTenant'
      ? [t.notThisTenantTitle, format(t.notThisTenant, resolution.siteUrl)]
      : [t.cannotReadTitle, format(t.cannotRead, resolution.siteUrl)];
  return (
    <ThemeProvider theme={themeFor(theme ?? resolution.host.theme, sectionTheme)} lang={resolution.host.locale}>
      <Stack tokens={{ childrenGap: 8, padding: 16 }} data-testid="host-notice">
        <MessageBar messageBarType={resolution.kind === 'noSchool' ? MessageBarType.info : MessageBarType.warning} isMultiline>
          <Text as="h2" variant="mediumPlus" block>{title}</Text>
          <Text block>{text}</Text>
        </MessageBar>
      </Stack>
    </ThemeProvider>
  );
}
