/** The local "signed in as" cookie, which stands in for Entra ID sign-in on the local server only. */
export const USER_COOKIE = 'local-user';

/** The login of the person the workbench is signed in as, if any. */
export function readSignedInLogin(cookie: string = document.cookie): string | undefined {
  for (const part of cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === USER_COOKIE) return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;
  }
  return undefined;
}

/** Signs the workbench in as `login` (for the whole local server, so every site's workbench agrees). */
export function signInAs(login: string): void {
  document.cookie = `${USER_COOKIE}=${encodeURIComponent(login)}; path=/; SameSite=Lax`;
}

/** Signs out of the local session. */
export function signOut(): void {
  document.cookie = `${USER_COOKIE}=; path=/; Max-Age=0; SameSite=Lax`;
}

/** A seeded person as `GET /_local/users` lists them. */
export interface LocalPerson {
  login: string;
  displayName: string;
  jobTitle: string;
  userType: 'Member' | 'Guest';
  sites: { url: string; title: string; groups: string[] }[];
}

/** Reads the seeded people from the local server. */
export async function fetchPeople(): Promise<LocalPerson[]> {
  const response = await fetch('/_local/users');
  if (!response.ok) throw new Error(`The local server did not list its people (HTTP ${response.status}).`);
  return (await response.json()) as LocalPerson[];
}
