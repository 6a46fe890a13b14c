import type { SiteGroup, SiteUser } from '../../store/model';
import type { PathSegment } from '../apiPath';
import { numberArg, stringArg } from '../apiPath';
import { applyUpdate, booleanValue, textValue } from '../entityUpdate';
import { collectionResponse, entityResponse, type Entity } from '../odataShape';
import { hasPermission, PermissionKind } from '../permissions';
import { queryPlain, selectProps } from '../plainQuery';
import { ensureSiteUser, groupClaimLogin, principalIdsOf, upnFromLogin } from '../security';
import type { SpContext } from '../SpContext';
import { emptyResponse, type SpResponse } from '../SpRequest';
import { SpErrors } from '../SpError';
import { notSupported, requireEnd, requireGet, requireNoKey } from '../unsupported';

/** A site user as `SP.User`. */
export function userEntity(user: SiteUser): Entity {
  return {
    meta: { type: 'SP.User', path: `Web/GetUserById(${user.Id})` },
    props: {
      Id: user.Id,
      IsHiddenInUI: false,
      LoginName: user.LoginName,
      Title: user.Title,
      PrincipalType: user.PrincipalType,
      Email: user.Email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: user.IsSiteAdmin,
      UserId: user.PrincipalType === 1 ? { NameId: user.aadObjectId, NameIdIssuer: 'urn:federation:microsoftonline' } : null,
      UserPrincipalName: user.PrincipalType === 1 ? user.UserPrincipalName : null
    }
  };
}

/** A site group as `SP.Group`. */
export function groupEntity(group: SiteGroup): Entity {
  return {
    meta: { type: 'SP.Group', path: `Web/SiteGroups/GetById(${group.Id})` },
    props: {
      Id: group.Id,
      IsHiddenInUI: false,
      LoginName: group.Title,
      Title: group.Title,
      PrincipalType: 8,
      AllowMembersEditMembership: group.AllowMembersEditMembership,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: group.Description,
      OnlyAllowMembersViewMembership: group.OnlyAllowMembersViewMembership,
      OwnerTitle: group.OwnerTitle,
      RequestToJoinLeaveEmailSetting: null
    }
  };
}

/** The entity for a principal id (a user or a group), for role assignments' `Member`. */
export function principalEntity(ctx: SpContext, id: number): Entity | null {
  const user = ctx.site.users.find(u => u.Id === id);
  if (user) return userEntity(user);
  const group = ctx.site.groups.find(g => g.Id === id);
  return group ? groupEntity(group) : null;
}

/** The site user a login name stands for (`i:0#.f|membership|upn`, a bare UPN, or PnPjs's `!@v::` form). */
export function userByLogin(ctx: SpContext, raw: string): SiteUser | undefined {
  const login = raw.replace(/^!@v::/, '').toLowerCase();
  return ctx.site.users.find(u => u.LoginName.toLowerCase() === login || u.UserPrincipalName.toLowerCase() === upnFromLogin(login));
}

/**
 * One user addressed by `getById(n)`, `getByEmail('…')`, `getByLoginName('…')` or the collection key
 * `siteusers('!@v::login')` (PnPjs v4 `getByLoginName`), among `candidates` (the site's users or a group's members).
 * Returns undefined when no candidate matches, and 'no-form' when the segment is none of these forms.
 */
export function findUserBy(ctx: SpContext, segment: PathSegment, candidates: SiteUser[], keyed: boolean): SiteUser | undefined | 'no-form' {
  if (segment.name === 'getbyid' || segment.name === 'getuserbyid') return candidates.find(u => u.Id === numberArg(segment));
  if (segment.name === 'getbyemail') {
    const email = stringArg(segment).toLowerCase();
    return candidates.find(u => u.Email.toLowerCase() === email);
  }
  if (segment.name === 'getbyloginname' || keyed) {
    const user = userByLogin(ctx, stringArg(segment));
    return user && candidates.includes(user) ? user : undefined;
  }
  return 'no-form';
}

/** Whether the caller may change a group's members: its owner, its members when allowed, or a site owner. */
export function canEditMembership(ctx: SpContext, group: SiteGroup): boolean {
  if (hasPermission(ctx.webPermissions(), PermissionKind.ManagePermissions)) return true;
  const principals = ctx.principalIds();
  if (principals.has(group.ownerId)) return true;
  return group.AllowMembersEditMembership && group.memberIds.some(id => principals.has(id));
}

export function groupsOfUser(ctx: SpContext, user: SiteUser): SiteGroup[] {
  const tenantUser = ctx.store.users.get(user.aadObjectId);
  const ids = tenantUser ? principalIdsOf(ctx.site, tenantUser, ctx.store.groups) : new Set([user.Id]);
  return ctx.site.groups.filter(g => ids.has(g.Id));
}

/**
 * MERGE on a user: the writable properties are Email, IsSiteAdmin and Title ("Gets or sets" in the User members
 * reference, https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-csom/ee542337(v=office.15)). People may edit
 * their own entry (EditMyUserInfo); anyone else's needs ManagePermissions; only a site collection admin makes another.
 */
function updateUser(ctx: SpContext, user: SiteUser): SpResponse {
  const self = user.Id === ctx.siteUser.Id;
  ctx.demand(ctx.webPermissions(), self ? PermissionKind.EditMyUserInfo : PermissionKind.ManagePermissions);
  applyUpdate(userEntity(user), ctx.jsonBody(), {
    Title: value => { const title = textValue('Title', value); return () => { user.Title = title; }; },
    Email: value => {
      // No source says people may change their own address in SharePoint Online (the profile feeds it): stricter reading.
      const email = textValue('Email', value);
      if (email !== user.Email) ctx.demand(ctx.webPermissions(), PermissionKind.ManagePermissions);
      return () => { user.Email = email; };
    },
    IsSiteAdmin: value => {
      const admin = booleanValue('IsSiteAdmin', value);
      if (admin !== user.IsSiteAdmin && !ctx.siteUser.IsSiteAdmin) throw SpErrors.accessDenied();
      return () => { user.IsSiteAdmin = admin; };
    }
  });
  ctx.saveSite();
  return emptyResponse(204);
}

/** One user and what hangs under it (`groups`). */
function userResource(ctx: SpContext, user: SiteUser, rest: PathSegment[], where: string): SpResponse {
  const method = ctx.request.method;
  const [first] = rest;
  if (!first) {
    if (method === 'GET') return entityResponse(ctx, selectProps(ctx, userEntity(user)), 'SP.User');
    if (method === 'MERGE' || method === 'PATCH') return updateUser(ctx, user);
    // Removing someone from the site collection also strips their memberships and grants everywhere, and the
    // local store cannot yet do that without leaving items pointing at a missing person: refuse honestly.
    if (method === 'DELETE') throw notSupported('Removing a user from the site collection');
    throw SpErrors.methodNotAllowed(method, 'a user');
  }
  if (first.name === 'groups') {
    requireNoKey(first);
    requireEnd(rest.slice(1), `${where}/groups`);
    requireGet(method, 'a user\'s groups');
    return collectionResponse(ctx, queryPlain(ctx, groupsOfUser(ctx, user).map(groupEntity)), 'SP.Groups');
  }
  throw SpErrors.notFound(`${where}/${first.raw}`);
}

/** `currentUser`, `currentUser/groups`; MERGE edits the caller's own entry. */
export function handleCurrentUser(ctx: SpContext, segment: PathSegment, rest: PathSegment[]): SpResponse {
  requireNoKey(segment);
  return userResource(ctx, ctx.siteUser, rest, 'currentUser');
}

/**
 * `siteUsers[?query]`, `siteUsers/getById(n)`, `…/getByEmail('…')`, `…/getByLoginName('…')`, `siteUsers('!@v::…')`,
 * `getUserById(n)`, each with `/groups`; POST to the collection adds a user. `removeById`/`removeByLoginName`
 * are refused as not supported (see userResource).
 */
export function handleSiteUsers(ctx: SpContext, segment: PathSegment, rest: PathSegment[]): SpResponse {
  ctx.demand(ctx.webPermissions(), PermissionKind.BrowseUserInfo);
  const method = ctx.request.method;
  if (segment.name === 'getuserbyid') {
    const user = ctx.site.users.find(u => u.Id === numberArg(segment));
    if (!user) throw SpErrors.userNotFound();
    return userResource(ctx, user, rest, `getUserById(${user.Id})`);
  }
  if (segment.called) {
    const user = findUserBy(ctx, segment, ctx.site.users, true);
    if (!user || user === 'no-form') throw SpErrors.userNotFound();
    return userResource(ctx, user, rest, 'siteUsers(…)');
  }
  const [target] = rest;
  if (!target) {
    if (method === 'POST') {
      ctx.demand(ctx.webPermissions(), PermissionKind.ManagePermissions);
      return entityResponse(ctx, userEntity(ensureFromBody(ctx)), 'SP.User', 201);
    }
    requireGet(method, 'the site users');
    return collectionResponse(ctx, queryPlain(ctx, ctx.site.users.map(userEntity)), 'SP.Users');
  }
  if (target.name === 'removebyid' || target.name === 'removebyloginname') {
    if (method !== 'POST') throw SpErrors.methodNotAllowed(method, target.raw);
    throw notSupported(`siteUsers/${target.raw}`);
  }
  const user = findUserBy(ctx, target, ctx.site.users, false);
  if (user === 'no-form') throw SpErrors.notFound(`siteUsers/${target.raw}`);
  if (!user) throw SpErrors.userNotFound();
  return userResource(ctx, user, rest.slice(1), `siteUsers/${target.raw}(…)`);
}

const GROUP_CLAIM = /^c:0o\.c\|federateddirectoryclaimprovider\|([0-9a-f-]{36})(_o)?$/i;

/**
 * `ensureuser` with a Microsoft 365 group's claim (`c:0o.c|federateddirectoryclaimprovider|<group id>`, `_o` for
 * its owners) makes the group a principal of this site, which role assignments can then name: how a Team is given
 * rights on another site (pnp/pnpjs#2246, maintainer's answer). An unknown group is "user not found", as for people.
 */
function ensureGroupClaim(ctx: SpContext, login: string): SiteUser | undefined {
  const match = GROUP_CLAIM.exec(login);
  if (!match) return undefined;
  const group = ctx.store.groups.get(match[1].toLowerCase());
  if (!group) throw SpErrors.userNotFound();
  const owners = match[2] !== undefined;
  const claim = groupClaimLogin(group.id, owners);
  const existing = ctx.site.users.find(u => u.LoginName === claim);
  if (existing) return existing;
  const entry: SiteUser = {
    Id: ctx.site.nextPrincipalId++, LoginName: claim, Title: `${group.displayName}${owners ? ' Owners' : ' Members'}`, Email: '',
    UserPrincipalName: '', IsSiteAdmin: false, PrincipalType: 4, aadObjectId: group.id, claimsOwners: owners
  };
  ctx.site.users.push(entry);
  ctx.saveSite();
  return entry;
}

/** The tenant person a `{logonName}` / `{LoginName}` body names, made a user of this site. */
export function ensureFromBody(ctx: SpContext): SiteUser {
  const body = ctx.jsonBody();
  const login = String(body.logonName ?? body.LoginName ?? '');
  const groupClaim = ensureGroupClaim(ctx, login);
  if (groupClaim) return groupClaim;
  const upn = upnFromLogin(login);
  const tenantUser = [...ctx.store.users.values()].find(u => u.userPrincipalName.toLowerCase() === upn || u.mail.toLowerCase() === upn);
  if (!tenantUser) throw SpErrors.userNotFound();
  const siteUser = ensureSiteUser(ctx.site, tenantUser);
  ctx.saveSite();
  return siteUser;
}

/** `POST ensureuser` with `{logonName}`. */
export function handleEnsureUser(ctx: SpContext, segment: PathSegment, rest: PathSegment[]): SpResponse {
  requireEnd(rest, 'ensureuser');
  if (ctx.request.method !== 'POST') throw SpErrors.methodNotAllowed(ctx.request.method, 'ensureuser');
  ctx.demand(ctx.webPermissions(), PermissionKind.BrowseUserInfo);
  // `ensureuser('login')` with the login in the path is also SharePoint's; PnPjs sends the body form.
  if (segment.called) throw notSupported('ensureuser with the login name in the path');
  return entityResponse(ctx, userEntity(ensureFromBody(ctx)), 'SP.User');
}
