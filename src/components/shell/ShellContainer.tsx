import * as React from 'react';
import type { AppServices } from '../../app/AppServices';
import { useLoad } from '../common/useLoad';
import { Shell, type ShellProps } from './Shell';

/** Loads the site and the signed-in user, and renders the shell with them. */
export function ShellContainer({ services, children }: { services: AppServices; children?: React.ReactNode }): JSX.Element {
  const [loaded, retry] = useLoad(() => services.site.getSiteAndUser(), [services]);
  const state: ShellProps['state'] = loaded.kind === 'loading' ? { status: 'loading' }
    : loaded.kind === 'failed' ? { status: 'failed', failure: loaded.failure }
    : { status: 'ready', site: loaded.value.site, user: loaded.value.user };
  return <Shell strings={services.strings} state={state} hour={new Date().getHours()} onRetry={retry}>{children}</Shell>;
}
