import type { IGraphClient } from '../graph/IGraphClient';
import { findTeamsAppCatalogId } from '../graph/teamsAppCatalog';

/** The id deep links use, and whether the org catalogue gave it. */
export interface TeamsAppIdentity {
  /** The catalogue id, or (when the look-up failed) the manifest id, which only a side-loaded app is known by. */
  appId: string;
  fromCatalogue: boolean;
}

/** Where one look-up per page is kept (sessionStorage in a browser). */
export interface SmallCache {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The id Teams knows our app by: deep links must carry the org-catalogue id, which differs from the manifest id
 * for an app an admin uploaded (Graph `GET /appCatalogs/teamsApps` filtered on `externalId`,
 * learn.microsoft.com/graph/api/appcatalogs-list-teamsapps). Looked up once per page session. When Graph refuses
 * (API access not approved yet, or the app not in the catalogue) the manifest id is used and `fromCatalogue` is
 * false: Teams links may then not open, mail and browser links still do, and the app says links may need copying.
 */
export async function lookUpTeamsAppId(graph: IGraphClient, manifestId: string, cache?: SmallCache): Promise<TeamsAppIdentity> {
  const key = `esafety:teamsAppId:${manifestId}`;
  const cached = readCache(cache, key);
  if (cached) return { appId: cached, fromCatalogue: true };
  if (!GUID.test(manifestId)) return { appId: manifestId, fromCatalogue: false };
  try {
    const catalogId = await findTeamsAppCatalogId(graph, manifestId);
    if (!catalogId) return { appId: manifestId, fromCatalogue: false };
    writeCache(cache, key, catalogId);
    return { appId: catalogId, fromCatalogue: true };
  } catch {
    return { appId: manifestId, fromCatalogue: false };
  }
}

function readCache(cache: SmallCache | undefined, key: string): string | undefined {
  try {
    return cache?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeCache(cache: SmallCache | undefined, key: string, value: string): void {
  try {
    cache?.setItem(key, value);
  } catch {
    // A full or blocked storage only costs one more look-up on the next page.
  }
}

/** The page session's storage, or nothing where the browser blocks it (a sandboxed frame). */
export function sessionCache(): SmallCache | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
