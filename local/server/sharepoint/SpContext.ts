import type { Store, ListState } from '../store/Store';
import type { BasePermissions, ListItemRecord, SiteRecord, SiteUser, TenantUser } from '../store/model';
import { hasPermission } from './permissions';
import { odataFormat, type ODataFormat, type SpRequest } from './SpRequest';
import { SpErrors } from './SpError';
import { itemMask, listMask, principalIdsOf, siteUserOf, webMask } from './security';
import { isoSeconds } from './fields';

/**
 * Everything a REST handler needs for one request: the store, the site the URL addresses, who is calling
 * and with which permissions, and the answer format. Permission checks all go through here.
 */
export class SpContext {
  readonly format: ODataFormat;
  readonly webUrl: string;
  readonly apiUrl: string;
  private principals: Set<number> | undefined;

  constructor(
    readonly store: Store,
    readonly site: SiteRecord,
    readonly request: SpRequest,
    readonly user: TenantUser
  ) {
    this.format = odataFormat(request.headers.accept);
    // The root site's ServerRelativeUrl is '/', but its web URL is the bare origin (`https://contoso.sharepoint.com`).
    this.webUrl = `${request.url.origin}${site.serverRelativeUrl.replace(/\/$/, '')}`;
    this.apiUrl = `${this.webUrl}/_api`;
  }

  /** The caller as this site knows them. Callers with no entry yet are added on first permitted visit. */
  get siteUser(): SiteUser {
    const siteUser = siteUserOf(this.site, this.user);
    if (!siteUser) throw SpErrors.accessDenied();
    return siteUser;
  }

  get query(): URLSearchParams {
    return this.request.url.searchParams;
  }

  /** Principal ids standing for the caller on this site (memoised for the request). */
  principalIds(): Set<number> {
    if (!this.principals) this.principals = principalIdsOf(this.site, this.user, this.store.groups);
    return this.principals;
  }

  webPermissions(): BasePermissions {
    return webMask(this.site, this.user, this.principalIds());
  }

  listPermissions(list: ListState): BasePermissions {
    return listMask(this.site, list.def, this.user, this.principalIds());
  }

  itemPermissions(list: ListState, item: ListItemRecord): BasePermissions {
    return itemMask(this.site, list.def, item, this.user, this.principalIds());
  }

  /** Throws SharePoint's 403 unless `mask` grants `kind`. */
  demand(mask: BasePermissions, kind: number): void {
    if (!hasPermission(mask, kind)) throw SpErrors.accessDenied();
  }

  /** The current time as SharePoint stamps it (UTC, whole seconds). */
  now(): string {
    return isoSeconds(new Date());
  }

  /** Persists the site record after a change to its users, groups or permissions. */
  saveSite(): void {
    this.store.saveSite(this.site);
  }

  /** The JSON body of the request (JSON light or verbose), or a clear 400. */
  jsonBody(): Record<string, unknown> {
    const raw = this.request.body?.toString('utf8') ?? '';
    if (raw.trim() === '') return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      throw SpErrors.invalidJson((error as Error).message);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw SpErrors.invalidJson('A JSON object is expected.');
    return parsed as Record<string, unknown>;
  }
}
