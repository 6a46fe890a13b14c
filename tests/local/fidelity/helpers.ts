import { randomUUID } from 'crypto';
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import type { ListState } from '../../../local/server/store/Store';
import type { SiteRecord, SiteUser, TenantGroup, TenantUser } from '../../../local/server/store/model';
import type { TestTenant } from '../../support/testTenant';

/** SharePoint's error parts, read from a JSON light (`odata.error`) or verbose (`error`) body. */
export interface SpErrorParts {
  status: number;
  code: string;
  message: string;
}

/** What PnPjs rejects with for an HTTP failure (`HttpRequestError`), narrowed without `any`. */
export interface HttpFailure extends Error {
  status: number;
  statusText: string;
  response: Response;
}

export function isHttpFailure(error: unknown): error is HttpFailure {
  return error instanceof Error && typeof (error as Partial<HttpFailure>).status === 'number' && (error as Partial<HttpFailure>).response instanceof Response;
}

/** Reads `{code, message}` out of a SharePoint error body of either shape; fails the test on anything else. */
export function errorPartsOf(status: number, body: unknown): SpErrorParts {
  const record = (body ?? {}) as Record<string, unknown>;
  const error = (record['odata.error'] ?? record.error) as { code?: unknown; message?: { lang?: unknown; value?: unknown } } | undefined;
  if (!error || typeof error.code !== 'string' || typeof error.message?.value !== 'string') {
    throw new Error(`Not a SharePoint error body: ${JSON.stringify(body)}`);
  }
  expect(error.message.lang).toBe('en-US');
  return { status, code: error.code, message: error.message.value };
}

/** Awaits a PnPjs call that must fail, and returns its HTTP failure. */
export async function failureOf(promise: Promise<unknown>): Promise<HttpFailure> {
  let outcome: unknown;
  try {
    await promise;
  } catch (error) {
    outcome = error;
  }
  if (outcome === undefined) throw new Error('The call was expected to fail but it succeeded.');
  if (!isHttpFailure(outcome)) throw outcome;
  return outcome;
}

/** Awaits a PnPjs call that must fail with a SharePoint error, and returns the error's status, code and message. */
export async function spErrorOf(promise: Promise<unknown>): Promise<SpErrorParts> {
  const failure = await failureOf(promise);
  return errorPartsOf(failure.status, await failure.response.json());
}

/** The same for a plain fetch answer. */
export async function spErrorOfResponse(response: Response): Promise<SpErrorParts> {
  return errorPartsOf(response.status, await response.json());
}

/** One request PnPjs made, as it left the client. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** A PnPjs behavior recording every request (URL as sent, method and headers before the digest is added). */
export function RecordRequests(log: RecordedRequest[]): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async function (url, init, result) {
      const headers = { ...(init.headers as Record<string, string> | undefined) };
      log.push({ method: init.method ?? 'GET', url, headers, body: typeof init.body === 'string' ? init.body : undefined });
      return [url, init, result];
    });
    return instance;
  };
}

/** Sets the server's fault injection (`POST /_local/faults`), which also resets its counters. */
export async function setFaults(tenant: TestTenant, spec: string): Promise<void> {
  const response = await fetch(`${tenant.url}/_local/faults`, { method: 'POST', body: spec });
  if (!response.ok) throw new Error(`Could not set faults '${spec}': ${response.status} ${await response.text()}`);
}

/** The server's fault counters (`GET /_local/faults`). */
export async function faultCounters(tenant: TestTenant): Promise<Record<string, number>> {
  const response = await fetch(`${tenant.url}/_local/faults`);
  const body = (await response.json()) as { counters: Record<string, number> };
  return body.counters;
}

/** A fresh form digest for `site`, asked for as PnPjs asks (`POST contextinfo`). */
export async function digestFor(tenant: TestTenant, login: string, site: string): Promise<string> {
  const response = await tenant.fetchAs(login, `${site}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
  const body = (await response.json()) as { FormDigestValue: string };
  return body.FormDigestValue;
}

/** A tenant user by UPN or mail (guests sign in with their own mail; their UPN is the `#EXT#` form). */
export function tenantUser(tenant: TestTenant, upn: string): TenantUser {
  const wanted = upn.toLowerCase();
  const user = [...tenant.server.store.users.values()].find(u => u.userPrincipalName.toLowerCase() === wanted || u.mail.toLowerCase() === wanted);
  if (!user) throw new Error(`No tenant user ${upn}`);
  return user;
}

/** A Team (M365 group) by display name (fixture lookup). */
export function team(tenant: TestTenant, displayName: string): TenantGroup {
  const group = [...tenant.server.store.groups.values()].find(g => g.displayName === displayName);
  if (!group) throw new Error(`No group ${displayName}`);
  return group;
}

export function siteRecord(tenant: TestTenant, site: string): SiteRecord {
  const record = tenant.server.store.siteByUrl(site);
  if (!record) throw new Error(`No site ${site}`);
  return record;
}

export function listState(tenant: TestTenant, site: string, title: string): ListState {
  const list = tenant.server.store.listsOfSite(siteRecord(tenant, site).id).find(l => l.def.Title === title);
  if (!list) throw new Error(`No list ${title} on ${site}`);
  return list;
}

export function siteUser(tenant: TestTenant, site: string, upn: string): SiteUser {
  const wanted = upn.toLowerCase();
  const user = siteRecord(tenant, site).users.find(u => u.UserPrincipalName.toLowerCase() === wanted || u.Email.toLowerCase() === wanted);
  if (!user) throw new Error(`${upn} is not a user of ${site}`);
  return user;
}

/**
 * Fills a list straight through the store (fixture only: thousands of items over REST would be slow).
 * Items are stamped as `authorUpn` with the same time; `values(id)` gives each item's column values.
 */
export function fillList(tenant: TestTenant, site: string, title: string, count: number, authorUpn: string, values: (id: number) => Record<string, unknown>): void {
  const store = tenant.server.store;
  const list = listState(tenant, site, title);
  const author = siteUser(tenant, site, authorUpn);
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  store.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = list.def.nextItemId++;
      store.saveItem(list, {
        listId: list.def.Id, Id: id, GUID: randomUUID(), version: 1, uiVersion: 1, AuthorId: author.Id, EditorId: author.Id,
        Created: now, Modified: now, values: values(id), hasUniqueRoleAssignments: false, roleAssignments: []
      });
    }
    store.persistListDefinition(list.def);
  });
}

/** Sets an item's Modified time in the store (fixture only: the server stamps whole seconds, so tests cannot wait for order). */
export function setModified(tenant: TestTenant, site: string, title: string, id: number, modified: string): void {
  const list = listState(tenant, site, title);
  const item = list.items.get(id);
  if (!item) throw new Error(`No item ${id} in ${title}`);
  tenant.server.store.saveItem(list, { ...item, Modified: modified });
}

/** Turns a promise into its outcome, so a batch's failures are observed before `execute()` settles them. */
export function settle<T>(promise: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  return promise.then(value => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));
}

/** A UTC timestamp in SharePoint's form: whole seconds, `Z`. */
export const SP_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** SharePoint's error codes and messages the suite checks, spelled once. */
export const SP = {
  accessDenied: {
    code: '-2147024891, System.UnauthorizedAccessException',
    message: 'Access denied. You do not have permission to perform this action or access this resource.'
  },
  listNotFound: (title: string, webUrl: string) => ({
    code: '-1, System.ArgumentException',
    message: `List '${title}' does not exist at site with URL '${webUrl}'.`
  }),
  itemNotFound: {
    code: '-2147024809, System.ArgumentException',
    message: 'Item does not exist. It may have been deleted by another user.'
  },
  etagMismatch: (sent: string, actual: string) => ({
    code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
    message: `The request ETag value '${sent}' does not match the object's ETag value '${actual}'.`
  }),
  invalidClientQuery: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
  fieldNotFound: (field: string) => ({ code: '-1, Microsoft.SharePoint.SPException', message: `The field or property '${field}' does not exist.` }),
  threshold: {
    code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    message: 'The attempted operation is prohibited because it exceeds the list view threshold enforced by the administrator.'
  },
  invalidDigest: {
    code: '-2130575252, Microsoft.SharePoint.SPException',
    message: "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."
  }
} as const;
