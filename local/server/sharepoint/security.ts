import type { BasePermissions, ListDefinition, ListItemRecord, RoleAssignment, SiteRecord, SiteUser, TenantGroup, TenantUser } from '../store/model';
import { EMPTY_MASK, FULL_MASK, RoleDefinitionId, unionMask } from './permissions';

/** Login names in the SharePoint Online claims form: `i:0#.f|membership|<upn>`. */
export function claimsLogin(upn: string): string {
  return `i:0#.f|membership|${upn.toLowerCase()}`;
}

/** The UPN inside a claims login, or the value itself when it is already a UPN or e-mail. */
export function upnFromLogin(login: string): string {
  const bar = login.lastIndexOf('|');
  return (bar >= 0 ? login.slice(bar + 1) : login).toLowerCase();
}

/** The site's entry for a tenant user, if the user has been to the site (or was added to it). */
export function siteUserOf(site: SiteRecord, user: TenantUser): SiteUser | undefined {
  const login = claimsLogin(user.userPrincipalName);
  return site.users.find(u => u.LoginName === login);
}

/** Adds the tenant user to the site's user list (SharePoint does this on first visit or `ensureuser`). */
export function ensureSiteUser(site: SiteRecord, user: TenantUser): SiteUser {
  const existing = siteUserOf(site, user);
  if (existing) return existing;
  const siteUser: SiteUser = {
    Id: site.nextPrincipalId++,
    LoginName: claimsLogin(user.userPrincipalName),
    Title: user.displayName,
    Email: user.mail,
    UserPrincipalName: user.userPrincipalName,
    IsSiteAdmin: false,
    PrincipalType: 1,
    aadObjectId: user.id
  };
  site.users.push(siteUser);
  return siteUser;
}

/** The claim SharePoint uses for "Everyone except external users" (all members of the tenant, no guests). */
export const EVERYONE_EXCEPT_EXTERNAL = 'c:0-.f|rolemanager|spo-grid-all-users';

/** The claims login of an M365 group's members (or owners) as SharePoint writes it. */
export function groupClaimLogin(groupId: string, owners: boolean): string {
  return `c:0o.c|federateddirectoryclaimprovider|${groupId}${owners ? '_o' : ''}`;
}

/**
 * The principal ids that speak for a person on a site: their own site user id, the M365 group claims
 * they satisfy (a Team's members and owners reach its site this way, guests included), and every site
 * group holding any of those.
 */
export function principalIdsOf(site: SiteRecord, user: TenantUser, tenantGroups: ReadonlyMap<string, TenantGroup>): Set<number> {
  const ids = new Set<number>();
  const siteUser = siteUserOf(site, user);
  if (siteUser) ids.add(siteUser.Id);
  for (const principal of site.users) {
    if (principal.PrincipalType !== 4) continue;
    if (principal.LoginName.startsWith(EVERYONE_EXCEPT_EXTERNAL)) {
      if (user.userType === 'Member') ids.add(principal.Id);
      continue;
    }
    const group = tenantGroups.get(principal.aadObjectId);
    const holders = principal.claimsOwners ? group?.ownerIds : group?.memberIds;
    if (holders?.includes(user.id)) ids.add(principal.Id);
  }
  for (const group of site.groups) if (group.memberIds.some(id => ids.has(id))) ids.add(group.Id);
  return ids;
}

/** The permissions role assignments give to a set of principals. */
export function maskFromAssignments(site: SiteRecord, assignments: RoleAssignment[], principals: Set<number>): BasePermissions {
  let mask = EMPTY_MASK;
  for (const assignment of assignments) {
    if (!principals.has(assignment.principalId)) continue;
    for (const roleId of assignment.roleDefinitionIds) {
      const role = site.roleDefinitions.find(r => r.Id === roleId);
      if (role) mask = unionMask(mask, role.BasePermissions);
    }
  }
  return mask;
}

/** Effective permissions on the web (site collection admins hold everything). */
export function webMask(site: SiteRecord, user: TenantUser, principals: Set<number>): BasePermissions {
  if (siteUserOf(site, user)?.IsSiteAdmin) return FULL_MASK;
  return maskFromAssignments(site, site.roleAssignments, principals);
}

/** Effective permissions on a list: its own assignments when inheritance is broken, else the web's. */
export function listMask(site: SiteRecord, list: ListDefinition, user: TenantUser, principals: Set<number>): BasePermissions {
  if (!list.hasUniqueRoleAssignments) return webMask(site, user, principals);
  if (siteUserOf(site, user)?.IsSiteAdmin) return FULL_MASK;
  return maskFromAssignments(site, list.roleAssignments, principals);
}

/** Effective permissions on an item: its own assignments when inheritance is broken, else the list's. */
export function itemMask(site: SiteRecord, list: ListDefinition, item: ListItemRecord, user: TenantUser, principals: Set<number>): BasePermissions {
  if (!item.hasUniqueRoleAssignments) return listMask(site, list, user, principals);
  if (siteUserOf(site, user)?.IsSiteAdmin) return FULL_MASK;
  return maskFromAssignments(site, item.roleAssignments, principals);
}

/**
 * The assignments an object gets when it stops inheriting (SP.SecurableObject.breakRoleInheritance): with
 * copyRoleAssignments, a copy of **every** assignment of the parent (site groups, custom groups, direct user grants,
 * sharing-link groups with Limited Access: TENANT-FACTS "Lists, fields, versions"); without, "only 1 role assignment
 * containing the current user", who keeps Full Control.
 */
export function assignmentsAfterBreak(callerId: number, parent: RoleAssignment[], copy: boolean): RoleAssignment[] {
  if (copy) return parent.map(a => ({ principalId: a.principalId, roleDefinitionIds: [...a.roleDefinitionIds] }));
  return [{ principalId: callerId, roleDefinitionIds: [RoleDefinitionId.FullControl] }];
}
