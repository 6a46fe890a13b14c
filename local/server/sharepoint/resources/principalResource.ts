import type { SiteGroup, SiteUser } from '../../store/model';
import type { PathSegment } from '../apiPath';
import { numberArg, stringArg } from '../apiPath';
import { collectionResponse, entityResponse, type Entity } from '../odataShape';
import { hasPermission, PermissionKind } from '../permissions';
import { ensureSiteUser, principalIdsOf, upnFromLogin } from '../security';
import type { SpContext } from '../SpContext';
import { emptyResponse, type SpResponse } from '../SpRequest';
import { SpErrors } from '../SpError';

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

function findUser(ctx: SpContext, segment: PathSegment): SiteUser {
  let user: SiteUser | undefined;
  if (segment.name === 'getbyid' || segment.name === 'getuserbyid') user = ctx.site.users.find(u => u.Id === numberArg(segment));
  else if (segment.name === 'getbyemail') {
    const email = stringArg(segment).toLowerCase();
    user = ctx.site.users.find(u => u.Email.toLowerCase() === email);
  } else if (segment.name === 'getbyloginname' || (segment.called && segment.name === 'siteusers')) {
    const login = stringArg(segment).replace(/^!@v::/, '').toLowerCase();
    user = ctx.site.users.find(u => u.LoginName.toLowerCase() === login || u.UserPrincipalName.toLowerCase() === upnFromLogin(login));
  }
  if (!user) throw SpErrors.userNotFound();
  return user;
}

function findGroup(ctx: SpContext, segment: PathSegment): SiteGroup {
  let group: SiteGroup | undefined;
  if (segment.name === 'getbyid') group = ctx.site.groups.find(g => g.Id === numberArg(segment));
  else if (segment.name === 'getbyname') {
    const name = stringArg(segment).toLowerCase();
    group = ctx.site.groups.find(g => g.Title.toLowerCase() === name);
  }
  if (!group) throw SpErrors.groupNotFound();
  return group;
}

/** Whether the caller may change a group's members: its owner, its members when allowed, or a site owner. */
function canEditMembership(ctx: SpContext, group: SiteGroup): boolean {
  if (hasPermission(ctx.webPermissions(), PermissionKind.ManagePermissions)) return true;
  const principals = ctx.principalIds();
  if (principals.has(group.ownerId)) return true;
  return group.AllowMembersEditMembership && group.memberIds.some(id => principals.has(id));
}

function groupsOfUser(ctx: SpContext, user: SiteUser): SiteGroup[] {
  const tenantUser = ctx.store.users.get(user.aadObjectId);
  const ids = tenantUser ? principalIdsOf(ctx.site, tenantUser, ctx.store.groups) : new Set([user.Id]);
  return ctx.site.groups.filter(g => ids.has(g.Id));
}

/** `currentUser`, `currentUser/groups`. */
export function handleCurrentUser(ctx: SpContext, rest: PathSegment[]): SpResponse {
  const me = ctx.siteUser;
  if (rest.length === 0) return entityResponse(ctx, userEntity(me), 'SP.User');
  if (rest[0].name === 'groups') return collectionResponse(ctx, groupsOfUser(ctx, me).map(groupEntity), 'SP.Groups');
  throw SpErrors.notFound(`currentUser/${rest[0].raw}`);
}

/** `siteUsers`, `siteUsers/getById(n)`, `getUserById(n)`, `…/groups`. */
export function handleSiteUsers(ctx: SpContext, segment: PathSegment, rest: PathSegment[]): SpResponse {
  ctx.demand(ctx.webPermissions(), PermissionKind.BrowseUserInfo);
  const method = ctx.request.method;
  if (segment.name === 'siteusers' && !segment.called && rest.length === 0) {
    if (method === 'POST') {
      ctx.demand(ctx.webPermissions(), PermissionKind.ManagePermissions);
      return entityResponse(ctx, userEntity(ensureFromBody(ctx)), 'SP.User', 201);
    }
    return collectionResponse(ctx, ctx.site.users.map(userEntity), 'SP.Users');
  }
  const target = segment.name === 'siteusers' && !segment.called ? rest.shift() : segment;
  if (!target) throw SpErrors.userNotFound();
  const user = findUser(ctx, target);
  if (rest[0]?.name === 'groups') return collectionResponse(ctx, groupsOfUser(ctx, user).map(groupEntity), 'SP.Groups');
  return entityResponse(ctx, userEntity(user), 'SP.User');
}

function ensureFromBody(ctx: SpContext): SiteUser {
  const body = ctx.jsonBody();
  const login = String(body.logonName ?? body.LoginName ?? '');
  const upn = upnFromLogin(login);
  const tenantUser = [...ctx.store.users.values()].find(u => u.userPrincipalName.toLowerCase() === upn || u.mail.toLowerCase() === upn);
  if (!tenantUser) throw SpErrors.userNotFound();
  const siteUser = ensureSiteUser(ctx.site, tenantUser);
  ctx.saveSite();
  return siteUser;
}

/** `POST ensureuser` with `{logonName}`. */
export function handleEnsureUser(ctx: SpContext): SpResponse {
  if (ctx.request.method !== 'POST') throw SpErrors.methodNotAllowed(ctx.request.method, 'ensureuser');
  ctx.demand(ctx.webPermissions(), PermissionKind.BrowseUserInfo);
  return entityResponse(ctx, userEntity(ensureFromBody(ctx)), 'SP.User');
}

/** `siteGroups`, `siteGroups/getByName('X')`, `…/getById(n)`, `…/users`, `…/users/removeById(n)`, associated groups. */
export function handleSiteGroups(ctx: SpContext, segments: PathSegment[]): SpResponse {
  const method = ctx.request.method;
  const [first, second, third, fourth] = segments;
  if (first.name.startsWith('associated')) {
    const id = first.name === 'associatedownergroup' ? ctx.site.associatedOwnerGroupId
      : first.name === 'associatedmembergroup' ? ctx.site.associatedMemberGroupId : ctx.site.associatedVisitorGroupId;
    const group = ctx.site.groups.find(g => g.Id === id);
    if (!group) throw SpErrors.groupNotFound();
    return groupResource(ctx, group, second, third);
  }
  if (!second) {
    if (method === 'POST') {
      ctx.demand(ctx.webPermissions(), PermissionKind.CreateGroups);
      const body = ctx.jsonBody();
      const title = String(body.Title ?? '').trim();
      if (!title) throw SpErrors.badRequest('A group needs a Title.');
      if (ctx.site.groups.some(g => g.Title.toLowerCase() === title.toLowerCase())) {
        throw SpErrors.badRequest(`The specified name is already in use. A group or user with the name '${title}' already exists.`);
      }
      const group: SiteGroup = {
        Id: ctx.site.nextPrincipalId++, Title: title, Description: String(body.Description ?? ''), OwnerTitle: ctx.siteUser.Title,
        ownerId: ctx.siteUser.Id, OnlyAllowMembersViewMembership: body.OnlyAllowMembersViewMembership === true,
        AllowMembersEditMembership: body.AllowMembersEditMembership === true, memberIds: [ctx.siteUser.Id]
      };
      ctx.site.groups.push(group);
      ctx.saveSite();
      return entityResponse(ctx, groupEntity(group), 'SP.Groups', 201);
    }
    ctx.demand(ctx.webPermissions(), PermissionKind.BrowseUserInfo);
    return collectionResponse(ctx, ctx.site.groups.map(groupEntity), 'SP.Groups');
  }
  return groupResource(ctx, findGroup(ctx, second), third, fourth);
}

/**
 * MERGE on a site group (SP.Group: Title, Description and the membership settings), by its owner or someone who
 * manages the site's permissions ("Change group settings", Microsoft's "Customize permissions for a SharePoint list
 * or library" / SP.Group reference). A minimal, honest answer where a read used to be given.
 */
function updateGroup(ctx: SpContext, group: SiteGroup): SpResponse {
  if (!hasPermission(ctx.webPermissions(), PermissionKind.ManagePermissions) && !ctx.principalIds().has(group.ownerId)) throw SpErrors.accessDenied();
  for (const [key, value] of Object.entries(ctx.jsonBody())) {
    if (key === '__metadata') continue;
    if (key === 'Title') group.Title = String(value);
    else if (key === 'Description') group.Description = String(value);
    else if (key === 'OnlyAllowMembersViewMembership') group.OnlyAllowMembersViewMembership = value === true;
    else if (key === 'AllowMembersEditMembership') group.AllowMembersEditMembership = value === true;
    else throw SpErrors.propertyNotFound(key, 'SP.Group');
  }
  ctx.saveSite();
  return emptyResponse(204);
}

function groupResource(ctx: SpContext, group: SiteGroup, sub: PathSegment | undefined, action: PathSegment | undefined): SpResponse {
  const method = ctx.request.method;
  if (!sub) {
    ctx.demand(ctx.webPermissions(), PermissionKind.BrowseUserInfo);
    if (method === 'MERGE' || method === 'PATCH') return updateGroup(ctx, group);
    return entityResponse(ctx, groupEntity(group), 'SP.Groups');
  }
  if (sub.name !== 'users') throw SpErrors.notFound(sub.raw);
  const isMemberOrOwner = group.memberIds.some(id => ctx.principalIds().has(id)) || ctx.principalIds().has(group.ownerId);
  if (group.OnlyAllowMembersViewMembership && !isMemberOrOwner && !hasPermission(ctx.webPermissions(), PermissionKind.ManagePermissions)) {
    throw SpErrors.accessDenied();
  }
  ctx.demand(ctx.webPermissions(), PermissionKind.BrowseUserInfo);
  if (!action && method === 'GET') {
    const members = group.memberIds.map(id => ctx.site.users.find(u => u.Id === id)).filter((u): u is SiteUser => Boolean(u));
    return collectionResponse(ctx, members.map(userEntity), 'SP.Users');
  }
  if (!canEditMembership(ctx, group)) throw SpErrors.accessDenied();
  if (!action && method === 'POST') {
    const user = ensureFromBody(ctx);
    if (!group.memberIds.includes(user.Id)) group.memberIds.push(user.Id);
    ctx.saveSite();
    return entityResponse(ctx, userEntity(user), 'SP.Users', 201);
  }
  if (action?.name === 'removebyid' && method === 'POST') {
    group.memberIds = group.memberIds.filter(id => id !== numberArg(action));
    ctx.saveSite();
    return emptyResponse(200);
  }
  if (action?.name === 'removebyloginname' && method === 'POST') {
    const login = stringArg(action).toLowerCase();
    const user = ctx.site.users.find(u => u.LoginName.toLowerCase() === login);
    if (user) group.memberIds = group.memberIds.filter(id => id !== user.Id);
    ctx.saveSite();
    return emptyResponse(200);
  }
  throw SpErrors.notFound(action?.raw ?? sub.raw);
}
