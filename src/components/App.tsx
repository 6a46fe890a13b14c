import * as React from 'react';
import { ThemeProvider } from '@fluentui/react';
import type { AppServices } from '../app/AppServices';
import type { HostTheme, SectionTheme } from '../services/host/HostInfo';
import { LayoutProvider } from './common/layout';
import { ShellContainer } from './shell/ShellContainer';
import { SiteHome } from './home/SiteHome';
import { themeFor } from './theme/themes';

export interface AppProps {
  services: AppServices;
  /**
   * The host's theme now (Teams changes it while the tab is open); the services keep the one it started with.
   * A change re-themes the screens in place: nothing reloads and no unsaved edit is touched.
   */
  theme?: HostTheme;
  /** On a SharePoint page: the theme of the section the web part is in. */
  sectionTheme?: SectionTheme;
}

/** The whole app, the same in SharePoint, Teams and the local workbench. */
export function App({ services, theme, sectionTheme }: AppProps): JSX.Element {
  const hostTheme = theme ?? services.host.theme;
  return (
    <ThemeProvider theme={themeFor(hostTheme, sectionTheme)} lang={services.host.locale} data-theme={hostTheme}>
      <LayoutProvider>
        <ShellContainer services={services}>
          <SiteHome services={services} />
        </ShellContainer>
      </LayoutProvider>
    </ThemeProvider>
  );
}
