import * as React from 'react';
import type { AppServices } from '../../app/AppServices';
import { startSchoolOpening } from '../../app/schoolHome/loadSchoolHome';
import { useLoad } from '../common/useLoad';
import { Shell, type ShellProps } from './Shell';

/**
 * Loads the site and the signed-in user, and renders the shell with them. On a school site they come in the same
 * `$batch` as the home's opening reads (`startSchoolOpening`), so the greeting costs no request of its own.
 */
export function ShellContainer({ services, children }: { services: AppServices; children?: React.ReactNode }): JSX.Element {
  const [loaded, retry] = useLoad(() => (services.isBankSite ? services.site.getSiteAndUser() : startSchoolOpening(services)), [services]);
  const state: ShellProps['state'] = loaded.kind === 'loading' ? { status: 'loading' }
    : loaded.kind === 'failed' ? { status: 'failed', failure: loaded.failure }
    : { status: 'ready', site: loaded.value.site, user: loaded.value.user };
  return <Shell strings={services.strings} state={state} hour={new Date().getHours()} onRetry={retry}>{children}</Shell>;
}
