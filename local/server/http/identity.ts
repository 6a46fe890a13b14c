import type { TenantUser } from '../store/model';
import type { Store } from '../store/Store';
import { upnFromLogin } from '../sharepoint/security';

/** The cookie the local workbench sets for "signed in as". */
export const USER_COOKIE = 'local-user';
/** The header tests and tools send for the same. */
export const USER_HEADER = 'x-local-user';

/** True for 127.0.0.0/8 and ::1, the only callers whose identity header is believed. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.replace(/^::ffff:/, '');
  return plain === '::1' || /^127(\.\d{1,3}){3}$/.test(plain);
}

/** True for a `Host` header naming this machine: 127.0.0.0/8, `[::1]` or `localhost`, with or without a port. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  let name = host.trim().toLowerCase();
  // `[::1]:4321` and `127.0.0.1:4321` carry a port; a bare `::1` (a listen address) has colons of its own.
  if (name.startsWith('[')) name = name.slice(1, name.indexOf(']'));
  else if (name.split(':').length === 2) name = name.slice(0, name.indexOf(':'));
  return name === 'localhost' || isLoopback(name);
}

/**
 * Why a request must be refused before anything else looks at it, or undefined when it may go on. Only callers
 * on this machine are served (the sign-in header and cookie are believed from them alone), and only requests
 * addressed to a loopback name: a page on another site that rebinds its DNS name to 127.0.0.1 reaches the server
 * from loopback, but its requests still carry its own name in `Host`.
 */
export function loopbackRefusal(remoteAddress: string | undefined, host: string | undefined): string | undefined {
  if (!isLoopback(remoteAddress)) {
    return `The local server answers callers on this machine only (127.0.0.0/8 or ::1), because it believes the signed-in person they name; ${remoteAddress ?? 'an unknown address'} is not one.`;
  }
  if (host !== undefined && !isLoopbackHost(host)) {
    return `The local server answers requests addressed to 127.0.0.1, localhost or [::1] only; this one was addressed to '${host}'.`;
  }
  return undefined;
}

function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Finds a tenant user by UPN, e-mail, claims login or Graph id. */
export function findTenantUser(store: Store, key: string): TenantUser | undefined {
  const wanted = upnFromLogin(key.trim());
  return store.users.get(key.trim()) ??
    [...store.users.values()].find(u => u.userPrincipalName.toLowerCase() === wanted || u.mail.toLowerCase() === wanted);
}

/**
 * Who is calling: the `X-Local-User` header or the `local-user` cookie, believed only from loopback.
 * This stands in for Entra ID sign-in on the local server and exists nowhere in the SPFx bundle.
 */
export function resolveCaller(store: Store, remoteAddress: string | undefined, headers: Record<string, string>): TenantUser | undefined {
  if (!isLoopback(remoteAddress)) return undefined;
  const claimed = headers[USER_HEADER] ?? cookieValue(headers.cookie, USER_COOKIE);
  return claimed ? findTenantUser(store, claimed) : undefined;
}
