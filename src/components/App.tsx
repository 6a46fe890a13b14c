import * as React from 'react';
import { ThemeProvider } from '@fluentui/react';
import type { AppServices } from '../app/AppServices';
import { ShellContainer } from './shell/ShellContainer';
import { SiteHome } from './home/SiteHome';
import { themeFor } from './theme/themes';

export interface AppProps {
  services: AppServices;
}

/** The whole app, the same in SharePoint, Teams and the local workbench. */
export function App({ services }: AppProps): JSX.Element {
  return (
    <ThemeProvider theme={themeFor(services.host.theme)} lang={services.host.locale}>
      <ShellContainer services={services}>
        <SiteHome services={services} />
      </ShellContainer>
    </ThemeProvider>
  );
}
