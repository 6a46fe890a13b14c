import { Client } from '@microsoft/microsoft-graph-client';
import { SPBrowser } from '@pnp/sp';
import type { Queryable } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';
import { spfi, TypedErrors, type SPFI } from '../../src/services/sharepoint/pnp';
import { GraphClientAdapter } from '../../src/services/graph/GraphClientAdapter';

/** The header the local server reads "signed in as" from (loopback callers only). */
export const LOCAL_USER_HEADER = 'X-Local-User';

/**
 * A PnPjs behavior that signs requests in as `login` on the local server (and adds any extra headers, such as
 * `X-Local-Faults`). It stands in for the browser's sign-in cookie when the client runs in Node.
 */
export function LocalUser(login: string, extraHeaders: Record<string, string> = {}): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async function (url, init, result) {
      init.headers = { ...(init.headers as Record<string, string>), [LOCAL_USER_HEADER]: login, ...extraHeaders };
      return [url, init, result];
    });
    return instance;
  };
}

/**
 * The real PnPjs, pointed at a local site and signed in as `login`, set up as the app's roots are (`TypedErrors`:
 * failures reject with an `AppError` that keeps the HTTP `status` and the unread `response`).
 */
export function localSp(serverUrl: string, sitePath: string, login: string, extraHeaders?: Record<string, string>): SPFI {
  const baseUrl = `${serverUrl}${sitePath}`;
  return spfi().using(SPBrowser({ baseUrl }), LocalUser(login, extraHeaders), TypedErrors());
}

/** The real Graph JS client, pointed at the local Graph and signed in as `login`. */
export function localGraphClient(serverUrl: string, login: string, extraHeaders: Record<string, string> = {}): Client {
  return Client.init({
    baseUrl: `${serverUrl}/graph`,
    defaultVersion: 'v1.0',
    authProvider: done => done(null, 'local'),
    fetchOptions: { headers: { [LOCAL_USER_HEADER]: login, ...extraHeaders } }
  });
}

/** The app's Graph port over the local Graph client. */
export function localGraph(serverUrl: string, login: string, extraHeaders?: Record<string, string>): GraphClientAdapter {
  return new GraphClientAdapter(localGraphClient(serverUrl, login, extraHeaders));
}
