import { PermissionKind } from '@pnp/sp/security';
import type { Elector } from '../../domain/approval/ApprovalModel';
import type { SPFI } from '../sharepoint/pnp';
import { pathText } from '../sharepoint/odataFilter';
import type { Grant, SecurityContext } from './approvalPermissions';
import { setListGrants } from './approvalPermissions';

/**
 * Ballot lists: one list per approver, "Approval Ballots <site user id>", which only that approver may add
 * items to (a custom level without edit or delete); everyone else reads it. Where a decision sits is whose it
 * is, so no outcome reads Author (which any contributor can write through the validate endpoints). A site
 * owner makes and secures them; a member cannot: making a list is theirs (Edit), but once the owner has broken
 * its inheritance they only read it, and a list made by a member before then is emptied when it is secured.
 */
export const BALLOT_LIST_PREFIX = 'Approval Ballots ';
/** The description of a ballot list whose approver has left the group (it keeps its history, read-only). */
export const RETIRED_MARK = 'Retired:';

/** A ballot list as anyone reads it: whose, whether secured (unique permissions), and its deletion stamp. */
export interface BallotListInfo {
  id: string;
  userId: number;
  secured: boolean;
  retired: boolean;
  created: string;
  lastItemDeletedDate?: string;
}

interface ListRow {
  Id: string;
  Title: string;
  Description: string | null;
  HasUniqueRoleAssignments: boolean;
  Created: string;
  LastItemDeletedDate?: string;
}

const BALLOT_TITLE = /^Approval Ballots (\d{1,9})$/;

/** Every ballot list of the site (one read of the lists collection). */
export async function readBallotLists(sp: SPFI): Promise<BallotListInfo[]> {
  const lists = await sp.web.lists.select('Id', 'Title', 'Description', 'HasUniqueRoleAssignments', 'Created', 'LastItemDeletedDate')<ListRow[]>();
  return lists.flatMap(list => {
    const match = BALLOT_TITLE.exec(list.Title);
    if (!match) return [];
    return [{
      id: list.Id, userId: Number(match[1]), secured: list.HasUniqueRoleAssignments, retired: (list.Description ?? '').startsWith(RETIRED_MARK),
      created: list.Created, lastItemDeletedDate: list.LastItemDeletedDate
    }];
  });
}

/** The electorate a round is submitted to now: the approvers with a secured, active ballot list. */
export async function currentElectorate(sp: SPFI): Promise<Elector[]> {
  const boxes = (await readBallotLists(sp)).filter(b => b.secured && !b.retired).sort((a, b) => a.userId - b.userId);
  if (boxes.length === 0) return [];
  const [batched, execute] = sp.batched();
  const people = boxes.map(box => batched.web.getUserById(box.userId).select('Id', 'Title', 'Email', 'UserPrincipalName')<{ Id: number; Title: string; Email: string; UserPrincipalName: string | null }>());
  await execute();
  const settled = await Promise.allSettled(people);
  return boxes.flatMap((box, i) => {
    const result = settled[i];
    if (result.status !== 'fulfilled') return [];
    const user = result.value;
    return [{ id: user.Id, name: user.Title, login: user.UserPrincipalName || user.Email, email: user.Email, ballotList: box.id }];
  });
}

async function addBallotFields(sp: SPFI, listId: string): Promise<void> {
  const fields = sp.web.lists.getById(listId).fields;
  const existing = new Set((await fields.select('InternalName')<{ InternalName: string }[]>()).map(f => f.InternalName));
  if (!existing.has('RoundId')) await fields.addNumber('RoundId', { Indexed: true });
  if (!existing.has('DraftId')) await fields.addNumber('DraftId');
  if (!existing.has('Decision')) await fields.addChoice('Decision', { Choices: ['Approve', 'RequestChanges'] });
  if (!existing.has('DecisionComment')) await fields.addMultilineText('DecisionComment', { RichText: false, NumberOfLines: 6, AppendOnly: false });
  if (!existing.has('SnapshotHash')) await fields.addText('SnapshotHash', { MaxLength: 64 });
}

/**
 * Makes (or re-secures) a ballot list for every approver of the group who is not a site owner, and retires the
 * lists of people who left the group or own the site (their add right goes; their history stays). An owner's
 * decision would prove nothing: owners can write anyone's ballot.
 */
export async function secureBallotLists(sp: SPFI, approversGroup: string, ctx: SecurityContext, readers: Grant[]): Promise<void> {
  const users = await sp.web.siteGroups.getByName(pathText(approversGroup)).users.select('Id', 'Title', 'LoginName', 'PrincipalType')<{ Id: number; Title: string; LoginName: string; PrincipalType: number }[]>();
  const approvers: { Id: number; Title: string }[] = [];
  for (const user of users.filter(u => u.PrincipalType === 1)) {
    const rights = await sp.web.getUserEffectivePermissions(user.LoginName);
    if (!sp.web.hasPermissions(rights, PermissionKind.ManagePermissions)) approvers.push(user);
  }
  const known = await readBallotLists(sp);
  for (const approver of approvers) {
    const title = `${BALLOT_LIST_PREFIX}${approver.Id}`;
    const ensured = await sp.web.lists.ensure(title, `Decisions of ${approver.Title}. Only they may add here; nobody changes or deletes a decision.`, 100, false, { EnableVersioning: true });
    const { Id } = await ensured.list.select('Id')<{ Id: string }>();
    const box = known.find(b => b.id.toLowerCase() === Id.toLowerCase());
    if (!box?.secured) {
      // A list a member made under this name before it was secured may hold planted ballots: it starts empty.
      const planted = await ensured.list.items.select('Id')<{ Id: number }[]>();
      for (const item of planted) await ensured.list.items.getById(item.Id).delete();
    }
    await ensured.list.update({ EnableVersioning: true, Description: `Decisions of ${approver.Title}. Only they may add here; nobody changes or deletes a decision.` });
    await addBallotFields(sp, Id);
    await setListGrants(sp, Id, ctx, [...readers, { principal: approver.Id, role: ctx.addAndRead }]);
  }
  for (const box of known.filter(b => !approvers.some(a => a.Id === b.userId))) {
    await sp.web.lists.getById(box.id).update({ Description: `${RETIRED_MARK} no longer an approver; earlier decisions are kept here.` });
    await setListGrants(sp, box.id, ctx, readers);
  }
}
