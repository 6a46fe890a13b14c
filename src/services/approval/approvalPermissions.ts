import { PermissionKind } from '@pnp/sp/security';
import type { SPFI } from '../sharepoint/pnp';
import { SCHOOL_LISTS } from '../sharepoint/schema/schoolSchema';
import { pathText } from '../sharepoint/odataFilter';
import { secureBallotLists } from './ballotLists';

/** The permission level the approval records need: read, and add items, but never edit or delete them. */
export const ADD_AND_READ = 'Add and read (e-Safety Policy Hub)';

const ADD_AND_READ_KINDS = [
  PermissionKind.ViewListItems, PermissionKind.AddListItems, PermissionKind.OpenItems, PermissionKind.ViewVersions, PermissionKind.ViewFormPages,
  PermissionKind.Open, PermissionKind.ViewPages, PermissionKind.BrowseUserInfo, PermissionKind.UseClientIntegration, PermissionKind.UseRemoteAPIs,
  PermissionKind.CreateAlerts
];

/** SharePoint's role types (stable across languages, unlike the names). */
const ROLE_TYPE = { reader: 2, administrator: 5 } as const;

/** The 64-bit mask of permission kinds as SharePoint's High/Low halves. */
export function permissionMask(kinds: number[]): { High: number; Low: number } {
  let low = 0;
  let high = 0;
  for (const kind of kinds) {
    const bit = kind - 1;
    if (bit < 32) low = (low | (1 << bit)) >>> 0;
    else high = (high | (1 << (bit - 32))) >>> 0;
  }
  return { High: high, Low: low };
}

async function ensureAddAndReadRole(sp: SPFI): Promise<number> {
  const roles = await sp.web.roleDefinitions.select('Id', 'Name')<{ Id: number; Name: string }[]>();
  const existing = roles.find(r => r.Name === ADD_AND_READ);
  if (existing) return existing.Id;
  const added = await sp.web.roleDefinitions.add(ADD_AND_READ, 'Can read items and add new ones, but not change or delete any. Used for approval rounds, ballots and the activity log.', 1000, permissionMask(ADD_AND_READ_KINDS));
  return (added.data as { Id: number }).Id;
}

/** The principals and levels the approval lists are given. */
export interface SecurityContext {
  owners: number;
  members: number;
  visitors: number;
  approvers?: number;
  reader: number;
  admin: number;
  addAndRead: number;
}

/** One grant: a principal and a permission level. */
export interface Grant {
  principal: number;
  role: number;
}

/**
 * Gives a list exactly these grants, plus Full Control for the site's owners. Breaking inheritance copies every
 * principal of the site (custom groups with Contribute, direct user grants, sharing-link groups: TENANT-FACTS),
 * so every copied assignment that is not wanted is then removed. Copying first (rather than
 * `copyroleassignments=false`) keeps the owner running this able to finish: the owners group never loses access.
 */
export async function setListGrants(sp: SPFI, listId: string, ctx: SecurityContext, grants: Grant[]): Promise<void> {
  const list = sp.web.lists.getById(listId);
  const unique = await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
  if (!unique.HasUniqueRoleAssignments) await list.breakRoleInheritance(true, false);
  const wanted = [{ principal: ctx.owners, role: ctx.admin }, ...grants];
  const current = await list.roleAssignments.expand('RoleDefinitionBindings')<{ PrincipalId: number; RoleDefinitionBindings: { Id: number }[] }[]>();
  const [batched, execute] = sp.batched();
  const target = batched.web.lists.getById(listId).roleAssignments;
  const changes: Promise<void>[] = [];
  for (const assignment of current) {
    for (const binding of assignment.RoleDefinitionBindings) {
      if (!wanted.some(w => w.principal === assignment.PrincipalId && w.role === binding.Id)) changes.push(target.remove(assignment.PrincipalId, binding.Id));
    }
  }
  for (const grant of wanted) {
    const has = current.some(a => a.PrincipalId === grant.principal && a.RoleDefinitionBindings.some(b => b.Id === grant.role));
    if (!has) changes.push(target.add(grant.principal, grant.role));
  }
  if (changes.length === 0) return;
  await execute();
  await Promise.all(changes);
}

/** Reads the site's groups and levels the approval lists are secured with (an owner's read). */
export async function securityContext(sp: SPFI, approversGroup: string): Promise<SecurityContext> {
  const [batched, execute] = sp.batched();
  const ownersQ = batched.web.associatedOwnerGroup.select('Id')<{ Id: number }>();
  const membersQ = batched.web.associatedMemberGroup.select('Id')<{ Id: number }>();
  const visitorsQ = batched.web.associatedVisitorGroup.select('Id')<{ Id: number }>();
  const readerQ = batched.web.roleDefinitions.getByType(ROLE_TYPE.reader).select('Id')<{ Id: number }>();
  const adminQ = batched.web.roleDefinitions.getByType(ROLE_TYPE.administrator).select('Id')<{ Id: number }>();
  await execute();
  const [owners, members, visitors, reader, admin] = await Promise.all([ownersQ, membersQ, visitorsQ, readerQ, adminQ]);
  const addAndRead = await ensureAddAndReadRole(sp);
  const approvers = approversGroup.trim()
    ? (await sp.web.siteGroups.getByName(pathText(approversGroup)).select('Id')<{ Id: number }>()).Id
    : undefined;
  return { owners: owners.Id, members: members.Id, visitors: visitors.Id, approvers, reader: reader.Id, admin: admin.Id, addAndRead };
}

/**
 * Gives the approval lists their own permissions (a site owner runs this, at set-up and whenever the approvers
 * group changes): the school profile is read-only for everyone but owners; members may add rounds (and
 * withdrawals), frozen copies and activity but change none; each approver gets a ballot list only they may add
 * to (`secureBallotLists`). Nobody but owners may edit or delete any of these records, and the lists keep
 * versions. Safe to run again.
 */
export async function secureApprovalLists(sp: SPFI, approversGroup: string): Promise<void> {
  const ctx = await securityContext(sp, approversGroup);
  const readers = (extra: Grant[] = []): Grant[] => [
    { principal: ctx.members, role: ctx.reader }, { principal: ctx.visitors, role: ctx.reader },
    ...(ctx.approvers !== undefined ? [{ principal: ctx.approvers, role: ctx.reader }] : []), ...extra
  ].filter((g, i, all) => !all.slice(i + 1).some(o => o.principal === g.principal));
  const plan: { list: string; grants: Grant[]; versioned: boolean }[] = [
    { list: SCHOOL_LISTS.profile, grants: readers(), versioned: true },
    { list: SCHOOL_LISTS.rounds, grants: readers([{ principal: ctx.members, role: ctx.addAndRead }]), versioned: true },
    { list: SCHOOL_LISTS.snapshots, grants: readers([{ principal: ctx.members, role: ctx.addAndRead }]), versioned: true },
    { list: SCHOOL_LISTS.decisions, grants: readers(), versioned: true },
    {
      list: SCHOOL_LISTS.activity, versioned: true,
      grants: readers([{ principal: ctx.members, role: ctx.addAndRead }, ...(ctx.approvers !== undefined ? [{ principal: ctx.approvers, role: ctx.addAndRead }] : [])])
    }
  ];
  for (const step of plan) {
    const list = sp.web.lists.getByTitle(step.list);
    const { Id } = await list.select('Id')<{ Id: string }>();
    // History is kept where the app shows it (SharePoint versions a list only when asked).
    if (step.versioned) await list.update({ EnableVersioning: true });
    await setListGrants(sp, Id, ctx, step.grants);
  }
  if (approversGroup.trim()) await secureBallotLists(sp, approversGroup, ctx, readers());
}
