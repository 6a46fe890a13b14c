import * as React from 'react';
import type { AppServices } from '../../app/AppServices';
import { describeError } from '../../services/errors/describeError';
import { Shell, type ShellProps } from './Shell';

/** Loads the site and the signed-in user, and renders the shell with them. */
export function ShellContainer({ services, children }: { services: AppServices; children?: React.ReactNode }): JSX.Element {
  const [state, setState] = React.useState<ShellProps['state']>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    services.site.getSiteAndUser().then(
      ({ site, user }) => { if (current) setState({ status: 'ready', site, user }); },
      (error: unknown) => { if (current) setState({ status: 'failed', failure: describeError(error) }); }
    );
    return () => { current = false; };
  }, [services, attempt]);

  return <Shell strings={services.strings} state={state} hour={new Date().getHours()} onRetry={() => setAttempt(a => a + 1)}>{children}</Shell>;
}
