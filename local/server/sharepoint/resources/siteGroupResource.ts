import type { SiteGroup, SiteUser } from '../../store/model';
import type { PathSegment } from '../apiPath';
import { numberArg, stringArg } from '../apiPath';
import { applyUpdate, booleanValue, textValue, type Setters } from '../entityUpdate';
import { collectionResponse, entityResponse } from '../odataShape';
import { hasPermission, PermissionKind } from '../permissions';
import { queryPlain, selectProps } from '../plainQuery';
import type { SpContext } from '../SpContext';
import { emptyResponse, type SpResponse } from '../SpRequest';
import { SpErrors } from '../SpError';
import { notSupported, requireEnd, requireGet } from '../unsupported';
import { canEditMembership, ensureFromBody, findUserBy, groupEntity, principalEntity, userByLogin, userEntity } from './principalResource';

/*
 * Site groups as PnPjs v4 addresses them (node_modules/@pnp/sp/site-groups/types.js; its own tests in
 * pnp/pnpjs test/sp/site-groups.ts): `sitegroups(5)` (getById), `sitegroups/getByName('X')`,
 * `sitegroups/removeById('5')` (the id travels quoted), `sitegroups/removeByLoginName('X')`, MERGE on a group
 * (update), `SetUserAsOwner(7)`, and `…/users` with `getById`, `getByEmail`, `users('!@v::login')`,
 * `removeById(7)`, `removeByLoginName(@v)?@v='login'`; a user in a group's users answers DELETE (deleteable).
 */

/** Whether the caller may change or remove the group itself: its owner, or someone who manages permissions. */
function canManageGroup(ctx: SpContext, group: SiteGroup): boolean {
  return hasPermission(ctx.webPermissions(), PermissionKind.ManagePermissions) || ctx.principalIds().has(group.ownerId);
}

function groupById(ctx: SpContext, id: number): SiteGroup {
  const group = ctx.site.groups.find(g => g.Id === id);
  if (!group) throw SpErrors.groupNotFound();
  return group;
}

function groupByName(ctx: SpContext, name: string): SiteGroup {
  const group = ctx.site.groups.find(g => g.Title.toLowerCase() === name.toLowerCase());
  if (!group) throw SpErrors.groupNotFound();
  return group;
}

/** `removeById('5')`: PnPjs quotes the id; a bare number is accepted too. */
function idArgument(segment: PathSegment): number {
  const value = segment.args[0];
  const id = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof id !== 'number' || !Number.isInteger(id)) throw SpErrors.badQuery(`${segment.raw} expects a group id.`);
  return id;
}

/** `web/siteGroups…` and `web/associated{Owner,Member,Visitor}Group…`. */
export function handleSiteGroups(ctx: SpContext, segments: PathSegment[]): SpResponse {
  const method = ctx.request.method;
  const [first, ...rest] = segments;
  if (first.name.startsWith('associated')) {
    if (first.called) throw SpErrors.badQuery(`The expression "${first.raw}(…)" is not valid.`);
    const id = first.name === 'associatedownergroup' ? ctx.site.associatedOwnerGroupId
      : first.name === 'associatedmembergroup' ? ctx.site.associatedMemberGroupId : ctx.site.associatedVisitorGroupId;
    return groupResource(ctx, groupById(ctx, id), rest, first.raw);
  }
  if (first.called) {
    const group = groupById(ctx, numberArg(first));
    return groupResource(ctx, group, rest, `siteGroups(${group.Id})`);
  }
  const [target, ...tail] = rest;
  if (!target) {
    if (method === 'POST') return createGroup(ctx);
    requireGet(method, 'the site groups');
    ctx.demand(ctx.webPermissions(), PermissionKind.BrowseUserInfo);
    return collectionResponse(ctx, queryPlain(ctx, ctx.site.groups.map(groupEntity)), 'SP.Groups');
  }
  switch (target.name) {
    case 'getbyid': return groupResource(ctx, groupById(ctx, numberArg(target)), tail, `siteGroups/getById(${numberArg(target)})`);
    case 'getbyname': return groupResource(ctx, groupByName(ctx, stringArg(target)), tail, `siteGroups/getByName('${stringArg(target)}')`);
    case 'removebyid':
    case 'removebyloginname': {
      requireEnd(tail, `siteGroups/${target.raw}`);
      if (method !== 'POST') throw SpErrors.methodNotAllowed(method, target.raw);
      const group = target.name === 'removebyid' ? groupById(ctx, idArgument(target)) : groupByName(ctx, stringArg(target));
      removeGroup(ctx, group);
      return emptyResponse(200);
    }
    default: throw SpErrors.notFound(`siteGroups/${target.raw}`);
  }
}

/**
 * The properties of SP.Group a client may set (Group members, https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-2010/ee545837(v=office.14)):
 * the four this server keeps, and the request-to-join settings, which it keeps at their defaults and refuses to
 * change (501) rather than pretend to store.
 */
function groupSetters(ctx: SpContext, group: SiteGroup): Setters {
  const unkept = (name: string, fallback: unknown) => (value: unknown) => {
    if (value !== fallback) throw notSupported(`Setting a group's ${name}`);
    return () => undefined;
  };
  return {
    Title: value => {
      const title = textValue('Title', value).trim();
      if (!title || title.length > 255) throw SpErrors.badRequest('A group name must have between 1 and 255 characters.');
      if (ctx.site.groups.some(g => g !== group && g.Title.toLowerCase() === title.toLowerCase())) throw SpErrors.badRequest(`The specified name is already in use. A group or user with the name '${title}' already exists.`);
      return () => { group.Title = title; };
    },
    Description: value => { const text = textValue('Description', value); return () => { group.Description = text; }; },
    OnlyAllowMembersViewMembership: value => {
      const flag = booleanValue('OnlyAllowMembersViewMembership', value);
      return () => { group.OnlyAllowMembersViewMembership = flag; };
    },
    AllowMembersEditMembership: value => {
      const flag = booleanValue('AllowMembersEditMembership', value);
      return () => { group.AllowMembersEditMembership = flag; };
    },
    AllowRequestToJoinLeave: unkept('AllowRequestToJoinLeave', false),
    AutoAcceptRequestToJoinLeave: unkept('AutoAcceptRequestToJoinLeave', false),
    RequestToJoinLeaveEmailSetting: unkept('RequestToJoinLeaveEmailSetting', null)
  };
}

function createGroup(ctx: SpContext): SpResponse {
  ctx.demand(ctx.webPermissions(), PermissionKind.CreateGroups);
  const body = ctx.jsonBody();
  if (typeof body.Title !== 'string' || !body.Title.trim()) throw SpErrors.badRequest('A group needs a Title.');
  const group: SiteGroup = {
    Id: ctx.site.nextPrincipalId, Title: '', Description: '', OwnerTitle: ctx.siteUser.Title, ownerId: ctx.siteUser.Id,
    OnlyAllowMembersViewMembership: false, AllowMembersEditMembership: false, memberIds: [ctx.siteUser.Id]
  };
  applyUpdate(groupEntity(group), body, groupSetters(ctx, group));
  ctx.site.nextPrincipalId++;
  ctx.site.groups.push(group);
  ctx.saveSite();
  return entityResponse(ctx, groupEntity(group), 'SP.Groups', 201);
}

/**
 * Deletes a group and every grant it held (the site's, its lists' and its items' role assignments), as deleting a
 * SharePoint group does. A group that owns other groups is refused: the stricter reading, since no primary source
 * says what becomes of their owner.
 */
function removeGroup(ctx: SpContext, group: SiteGroup): void {
  if (!canManageGroup(ctx, group)) throw SpErrors.accessDenied();
  if (ctx.site.groups.some(g => g !== group && g.ownerId === group.Id)) {
    throw SpErrors.badRequest(`The group '${group.Title}' owns other groups; give them another owner first.`);
  }
  const id = group.Id;
  ctx.site.groups = ctx.site.groups.filter(g => g !== group);
  ctx.site.roleAssignments = ctx.site.roleAssignments.filter(a => a.principalId !== id);
  ctx.saveSite();
  for (const list of ctx.store.listsOfSite(ctx.site.id)) {
    if (list.def.roleAssignments.some(a => a.principalId === id)) {
      list.def.roleAssignments = list.def.roleAssignments.filter(a => a.principalId !== id);
      ctx.store.persistListDefinition(list.def);
    }
    for (const item of list.items.values()) {
      if (item.roleAssignments.some(a => a.principalId === id)) {
        ctx.store.saveItem(list, { ...item, roleAssignments: item.roleAssignments.filter(a => a.principalId !== id) });
      }
    }
  }
}

/** One group: GET, MERGE (update), `owner`, `SetUserAsOwner(n)`, `users…`. */
function groupResource(ctx: SpContext, group: SiteGroup, rest: PathSegment[], where: string): SpResponse {
  const method = ctx.request.method;
  const [first, ...tail] = rest;
  if (!first) {
    if (method === 'GET') {
      ctx.demand(ctx.webPermissions(), PermissionKind.BrowseUserInfo);
      return entityResponse(ctx, selectProps(ctx, groupEntity(group)), 'SP.Groups');
    }
    if (method === 'MERGE' || method === 'PATCH') {
      if (!canManageGroup(ctx, group)) throw SpErrors.accessDenied();
      applyUpdate(groupEntity(group), ctx.jsonBody(), groupSetters(ctx, group));
      ctx.saveSite();
      return emptyResponse(204);
    }
    // SharePoint deletes groups through siteGroups.removeById / removeByLoginName (PnPjs's SiteGroup has no delete()).
    throw SpErrors.methodNotAllowed(method, `${where}: remove a group with siteGroups/removeById`);
  }
  switch (first.name) {
    case 'users': return groupUsers(ctx, group, first, tail, `${where}/users`);
    case 'owner': {
      requireEnd(tail, `${where}/owner`);
      requireGet(method, 'a group\'s owner');
      const owner = principalEntity(ctx, group.ownerId);
      if (!owner) throw SpErrors.userNotFound();
      return entityResponse(ctx, selectProps(ctx, owner), owner.meta.type);
    }
    case 'setuserasowner': {
      requireEnd(tail, `${where}/${first.raw}`);
      if (method !== 'POST') throw SpErrors.methodNotAllowed(method, first.raw);
      if (!canManageGroup(ctx, group)) throw SpErrors.accessDenied();
      const user = ctx.site.users.find(u => u.Id === numberArg(first));
      if (!user) throw SpErrors.userNotFound();
      group.ownerId = user.Id;
      group.OwnerTitle = user.Title;
      ctx.saveSite();
      return emptyResponse(200);
    }
    default: throw SpErrors.notFound(`${where}/${first.raw}`);
  }
}

function removeMember(ctx: SpContext, group: SiteGroup, user: SiteUser | undefined): SpResponse {
  if (!canEditMembership(ctx, group)) throw SpErrors.accessDenied();
  if (!user || !group.memberIds.includes(user.Id)) throw SpErrors.userNotFound();
  group.memberIds = group.memberIds.filter(id => id !== user.Id);
  ctx.saveSite();
  return emptyResponse(200);
}

/** `…/users[…]` of one group; membership may be hidden from non-members (OnlyAllowMembersViewMembership). */
function groupUsers(ctx: SpContext, group: SiteGroup, segment: PathSegment, rest: PathSegment[], where: string): SpResponse {
  const method = ctx.request.method;
  const principals = ctx.principalIds();
  const isMemberOrOwner = group.memberIds.some(id => principals.has(id)) || principals.has(group.ownerId);
  if (group.OnlyAllowMembersViewMembership && !isMemberOrOwner && !hasPermission(ctx.webPermissions(), PermissionKind.ManagePermissions)) {
    throw SpErrors.accessDenied();
  }
  ctx.demand(ctx.webPermissions(), PermissionKind.BrowseUserInfo);
  const members = group.memberIds.map(id => ctx.site.users.find(u => u.Id === id)).filter((u): u is SiteUser => Boolean(u));
  if (segment.called) {
    const user = findUserBy(ctx, segment, members, true);
    if (!user || user === 'no-form') throw SpErrors.userNotFound();
    return memberResource(ctx, group, user, rest, where);
  }
  const [action, ...tail] = rest;
  if (!action) {
    if (method === 'GET') return collectionResponse(ctx, queryPlain(ctx, members.map(userEntity)), 'SP.Users');
    if (method !== 'POST') throw SpErrors.methodNotAllowed(method, 'a group\'s users');
    if (!canEditMembership(ctx, group)) throw SpErrors.accessDenied();
    const user = ensureFromBody(ctx);
    if (!group.memberIds.includes(user.Id)) group.memberIds.push(user.Id);
    ctx.saveSite();
    return entityResponse(ctx, userEntity(user), 'SP.Users', 201);
  }
  if (action.name === 'removebyid' || action.name === 'removebyloginname') {
    requireEnd(tail, `${where}/${action.raw}`);
    if (method !== 'POST') throw SpErrors.methodNotAllowed(method, action.raw);
    const user = action.name === 'removebyid' ? ctx.site.users.find(u => u.Id === numberArg(action)) : userByLogin(ctx, stringArg(action));
    return removeMember(ctx, group, user);
  }
  const user = findUserBy(ctx, action, members, false);
  if (user === 'no-form') throw SpErrors.notFound(`${where}/${action.raw}`);
  if (!user) throw SpErrors.userNotFound();
  return memberResource(ctx, group, user, tail, where);
}

/** One member of a group: GET, or DELETE to take them out of the group. */
function memberResource(ctx: SpContext, group: SiteGroup, user: SiteUser, rest: PathSegment[], where: string): SpResponse {
  requireEnd(rest, `${where}/…`);
  const method = ctx.request.method;
  if (method === 'GET') return entityResponse(ctx, selectProps(ctx, userEntity(user)), 'SP.User');
  if (method === 'DELETE') return removeMember(ctx, group, user);
  if (method === 'MERGE' || method === 'PATCH') throw notSupported('Updating a user through a group\'s users');
  throw SpErrors.methodNotAllowed(method, 'a group member');
}
