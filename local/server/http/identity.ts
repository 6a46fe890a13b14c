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
  return plain === '::1' || /^127\./.test(plain);
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
