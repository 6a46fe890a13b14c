import { PermissionKind } from '@pnp/sp/security';
import type { SPFI } from '../sharepoint/pnp';
import { SCHOOL_LISTS } from '../sharepoint/schema/schoolSchema';
import { pathText } from '../sharepoint/odataFilter';

/** The permission level the approval records need: read, and add items, but never edit or delete them. */
export const ADD_AND_READ = 'Add and read (e-Safety Policy Hub)';

const ADD_AND_READ_KINDS = [
  PermissionKind.ViewListItems, PermissionKind.AddListItems, PermissionKind.OpenItems, PermissionKind.ViewVersions, PermissionKind.ViewFormPages,
  PermissionKind.Open, PermissionKind.ViewPages, PermissionKind.BrowseUserInfo, PermissionKind.UseClientIntegration, PermissionKind.UseRemoteAPIs,
  PermissionKind.CreateAlerts
];

/** SharePoint's role types (stable across languages, unlike the names). */
const ROLE_TYPE = { reader: 2, contributor: 3, webDesigner: 4, administrator: 5, editor: 6 } as const;

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
  const added = await sp.web.roleDefinitions.add(ADD_AND_READ, 'Can read items and add new ones, but not change or delete any. Used for approval decisions and the activity log.', 1000, permissionMask(ADD_AND_READ_KINDS));
  return (added.data as { Id: number }).Id;
}

/**
 * Gives the approval lists their own permissions (a site owner runs this): the school profile is read-only for
 * members; members may add rounds, snapshots and activity but not change them; only the approvers group may add
 * decisions; nobody but owners may edit or delete any of these records. Safe to run again (e.g. when the
 * approvers group changes).
 */
export async function secureApprovalLists(sp: SPFI, approversGroup: string): Promise<void> {
  const [batched, execute] = sp.batched();
  const ownersQ = batched.web.associatedOwnerGroup.select('Id')<{ Id: number }>();
  const membersQ = batched.web.associatedMemberGroup.select('Id')<{ Id: number }>();
  const visitorsQ = batched.web.associatedVisitorGroup.select('Id')<{ Id: number }>();
  const readerQ = batched.web.roleDefinitions.getByType(ROLE_TYPE.reader).select('Id')<{ Id: number }>();
  const editorQ = batched.web.roleDefinitions.getByType(ROLE_TYPE.editor).select('Id')<{ Id: number }>();
  const contributorQ = batched.web.roleDefinitions.getByType(ROLE_TYPE.contributor).select('Id')<{ Id: number }>();
  const adminQ = batched.web.roleDefinitions.getByType(ROLE_TYPE.administrator).select('Id')<{ Id: number }>();
  await execute();
  const [owners, members, visitors, reader, editor, contributor, admin] = await Promise.all([ownersQ, membersQ, visitorsQ, readerQ, editorQ, contributorQ, adminQ]);
  const addAndRead = await ensureAddAndReadRole(sp);
  const approvers = approversGroup.trim()
    ? (await sp.web.siteGroups.getByName(pathText(approversGroup)).select('Id')<{ Id: number }>()).Id
    : undefined;
  const plan: { list: string; members: number; approvers?: number }[] = [
    { list: SCHOOL_LISTS.profile, members: reader.Id },
    { list: SCHOOL_LISTS.rounds, members: addAndRead },
    { list: SCHOOL_LISTS.snapshots, members: addAndRead },
    { list: SCHOOL_LISTS.decisions, members: reader.Id, approvers: addAndRead },
    { list: SCHOOL_LISTS.activity, members: addAndRead, approvers: addAndRead }
  ];
  for (const step of plan) {
    const list = sp.web.lists.getByTitle(step.list);
    // Copy the site's assignments first, so the owner running this never loses access half-way.
    await list.breakRoleInheritance(true, false);
    const [b, run] = sp.batched();
    const target = b.web.lists.getByTitle(step.list).roleAssignments;
    const changes: Promise<void>[] = [];
    for (const role of [editor.Id, contributor.Id, reader.Id, addAndRead]) changes.push(target.remove(members.Id, role));
    changes.push(target.add(owners.Id, admin.Id), target.add(members.Id, step.members), target.add(visitors.Id, reader.Id));
    if (approvers !== undefined) {
      for (const role of [editor.Id, contributor.Id]) changes.push(target.remove(approvers, role));
      changes.push(target.add(approvers, step.approvers ?? reader.Id));
    }
    await run();
    await Promise.all(changes);
  }
}
