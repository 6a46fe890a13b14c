import type { Acknowledgement, AcknowledgementList, AcknowledgementRequest, AudienceMember, Reminder } from '../../domain/acknowledgement/AcknowledgementModel';
import type { SPFI } from '../sharepoint/pnp';
import { Filter, pathText } from '../sharepoint/odataFilter';
import { PAGE_SIZE } from '../sharepoint/listItems';
import { AppError, isAppError } from '../errors/AppError';
import type { IGraphClient } from '../graph/IGraphClient';
import { securityContext, setListGrants, type Grant } from '../approval/approvalPermissions';

/**
 * The lists of read-and-acknowledge, made and secured by a site owner as the ballot lists are (SECURITY.md):
 * - "Acknowledgement Requests": members may add a request and read all; nobody but owners edits or deletes one.
 * - "Acknowledgements <site user id>", one per person asked: only that person may add (the custom level "Add and
 *   read", view and add, never edit or delete); everyone else on the site reads it. Where an acknowledgement sits
 *   says whose it is, so a forged Author (the validate endpoints write it: pnp/pnpjs#3265, SharePoint/sp-dev-docs#6333)
 *   changes nothing, and SharePoint itself refuses anyone else's add with 403 (item-level permissions are not
 *   needed: the list's own unique permissions do it, "Break role inheritance" in the SharePoint REST docs).
 * A list a member made under a person's name before an owner secured it is emptied when secured.
 */
export const REQUESTS_LIST = 'Acknowledgement Requests';
export const ACK_LIST_PREFIX = 'Acknowledgements ';
const ACK_TITLE = /^Acknowledgements (\d{1,9})$/;

interface ListRow { Id: string; Title: string; HasUniqueRoleAssignments: boolean }

/** Every person's acknowledgement list on the site (one read of the lists collection). */
export async function readAcknowledgementLists(sp: SPFI): Promise<AcknowledgementList[]> {
  const lists = await sp.web.lists.select('Id', 'Title', 'HasUniqueRoleAssignments')<ListRow[]>();
  return lists.flatMap(list => {
    const match = ACK_TITLE.exec(list.Title);
    return match ? [{ id: list.Id, personId: Number(match[1]), secured: list.HasUniqueRoleAssignments }] : [];
  });
}

/** A Microsoft 365 group (a Team) as a member of a SharePoint group: its claim, not the owners' `_o` one. */
const TEAM_CLAIM = /^c:0o\.c\|federateddirectoryclaimprovider\|([0-9a-f-]{36})$/i;

/** Lists a Team's members (Graph `GET /groups/{id}/members`, which needs GroupMember.Read.All). */
export type TeamMembersReader = (groupId: string) => Promise<{ login: string; name: string; email: string }[]>;

/**
 * The people of a site group, as an audience. A Team site's members group holds the Team itself (its group claim),
 * not its people; those are listed through Graph where the tenant allows it (`teamMembers`), each made a site user
 * with `ensureUser` (so they have an id to name their list by). Where Graph refuses (the app asks no
 * GroupMember.Read.All: README) the request is refused with `acknowledgement.teamMembersHidden`: pick a
 * SharePoint group of people instead.
 */
export async function groupAudience(sp: SPFI, groupTitle: string, teamMembers?: TeamMembersReader): Promise<AudienceMember[]> {
  type GroupUser = { Id: number; Title: string; Email: string; UserPrincipalName: string | null; PrincipalType: number; LoginName: string };
  const users = await sp.web.siteGroups.getByName(pathText(groupTitle)).users.select('Id', 'Title', 'Email', 'UserPrincipalName', 'PrincipalType', 'LoginName')<GroupUser[]>();
  const people: AudienceMember[] = users.filter(u => u.PrincipalType === 1).map(u => ({ id: u.Id, name: u.Title, login: u.UserPrincipalName || u.Email, email: u.Email }));
  for (const team of users.flatMap(u => TEAM_CLAIM.exec(u.LoginName ?? '')?.[1] ?? [])) {
    let listed: { login: string; name: string; email: string }[];
    try {
      if (!teamMembers) throw new Error('No Graph client to list the Team\'s members.');
      listed = await teamMembers(team);
    } catch (error) {
      throw new AppError('accessDenied', 'acknowledgement.teamMembersHidden', `The Team's members could not be listed: ${(error as Error).message}`, { values: [groupTitle], cause: error });
    }
    for (const member of listed) {
      const user = await sp.web.ensureUser(`i:0#.f|membership|${member.login}`);
      const id = (user as { Id?: number; data?: { Id: number } }).Id ?? (user as { data?: { Id: number } }).data?.Id;
      if (typeof id === 'number' && !people.some(p => p.id === id)) people.push({ id, name: member.name, login: member.login, email: member.email });
    }
  }
  return people;
}

async function ensureFields(sp: SPFI, listId: string, wanted: { name: string; add: (fields: ReturnType<typeof fieldsOf>) => Promise<unknown> }[]): Promise<void> {
  const fields = fieldsOf(sp, listId);
  const existing = new Set((await fields.select('InternalName')<{ InternalName: string }[]>()).map(f => f.InternalName));
  for (const field of wanted) if (!existing.has(field.name)) await field.add(fields);
}

function fieldsOf(sp: SPFI, listId: string) {
  return sp.web.lists.getById(listId).fields;
}

/**
 * Owners only: makes and secures the requests list and an acknowledgement list for each person of the audience.
 * Safe to run again. Site owners get a list too (they are staff), though an owner can write any list: the
 * record cannot prove an owner's acknowledgement more than SharePoint can (SECURITY.md, "What a site owner can do").
 */
export async function secureAcknowledgementLists(sp: SPFI, audience: AudienceMember[]): Promise<void> {
  const ctx = await securityContext(sp, '');
  const readers: Grant[] = [{ principal: ctx.members, role: ctx.reader }, { principal: ctx.visitors, role: ctx.reader }];
  const requests = await sp.web.lists.ensure(REQUESTS_LIST, 'Requests to read and acknowledge a published policy. Members add; nobody changes one.', 100, false, { EnableVersioning: true });
  const { Id: requestsId } = await requests.list.select('Id')<{ Id: string }>();
  await ensureFields(sp, requestsId, [
    { name: 'DraftId', add: f => f.addNumber('DraftId', { Indexed: true }) },
    { name: 'DocumentVersion', add: f => f.addText('DocumentVersion', { MaxLength: 20 }) },
    { name: 'RoundNumber', add: f => f.addNumber('RoundNumber') },
    { name: 'SnapshotHash', add: f => f.addText('SnapshotHash', { MaxLength: 64 }) },
    { name: 'AudienceGroup', add: f => f.addText('AudienceGroup', { MaxLength: 255 }) },
    { name: 'Audience', add: f => f.addMultilineText('Audience', { RichText: false, NumberOfLines: 6, AppendOnly: false }) },
    { name: 'ReminderOf', add: f => f.addNumber('ReminderOf', { Indexed: true }) }
  ]);
  await setListGrants(sp, requestsId, ctx, [...readers.filter(g => g.principal !== ctx.members), { principal: ctx.members, role: ctx.addAndRead }]);
  const known = await readAcknowledgementLists(sp);
  for (const person of audience) {
    const ensured = await sp.web.lists.ensure(`${ACK_LIST_PREFIX}${person.id}`, `Acknowledgements of ${person.name}. Only they may add here; nobody changes or deletes one.`, 100, false, { EnableVersioning: true });
    const { Id } = await ensured.list.select('Id')<{ Id: string }>();
    if (!known.find(l => l.id.toLowerCase() === Id.toLowerCase())?.secured) {
      // A list someone made under this name before it was secured may hold planted acknowledgements: it starts empty.
      for (const item of await ensured.list.items.select('Id')<{ Id: number }[]>()) await ensured.list.items.getById(item.Id).delete();
    }
    await ensureFields(sp, Id, [
      { name: 'RequestId', add: f => f.addNumber('RequestId', { Indexed: true }) },
      { name: 'DraftId', add: f => f.addNumber('DraftId') },
      { name: 'SnapshotHash', add: f => f.addText('SnapshotHash', { MaxLength: 64 }) }
    ]);
    await setListGrants(sp, Id, ctx, [...readers, { principal: person.id, role: ctx.addAndRead }]);
  }
}

interface RequestItem { Id: number; Title: string | null; DraftId: number | null; DocumentVersion: string | null; RoundNumber: number | null; SnapshotHash: string | null; AudienceGroup: string | null; Audience: string | null; Created: string }
const REQUEST_SELECT = ['Id', 'Title', 'DraftId', 'DocumentVersion', 'RoundNumber', 'SnapshotHash', 'AudienceGroup', 'Audience', 'Created'];

function parseAudience(text: string | null): AudienceMember[] {
  try {
    const parsed = JSON.parse(text ?? '[]') as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((p: Partial<AudienceMember>) => typeof p?.id === 'number' && typeof p.name === 'string'
      ? [{ id: p.id, name: p.name, login: String(p.login ?? ''), email: String(p.email ?? '') }] : []);
  } catch {
    return [];
  }
}

/** The requests, newest first; an item missing its version's hash is not a request and is left out. */
export async function readRequests(sp: SPFI): Promise<AcknowledgementRequest[]> {
  let items: RequestItem[];
  try {
    items = await sp.web.lists.getByTitle(REQUESTS_LIST).items.select(...REQUEST_SELECT).orderBy('Id', false).top(PAGE_SIZE)<RequestItem[]>();
  } catch (error) {
    // The list is made by the first request (`secureAcknowledgementLists`): until then SharePoint answers 404 for it
    // (List 'x' does not exist), which means "no requests yet", not a failure. Anything else still fails.
    if ((isAppError(error) ? error.status : (error as { status?: number } | undefined)?.status) === 404) return [];
    throw error;
  }
  return items.flatMap(item => item.DraftId && item.SnapshotHash && /^[0-9a-f]{64}$/.test(item.SnapshotHash) && item.RoundNumber ? [{
    id: item.Id, draftId: item.DraftId, title: item.Title ?? '', version: item.DocumentVersion ?? '', roundNumber: item.RoundNumber, snapshotHash: item.SnapshotHash,
    audienceGroup: item.AudienceGroup ?? '', audience: parseAudience(item.Audience), created: item.Created
  }] : []);
}

/** What the request item stores. */
export function requestFields(request: Omit<AcknowledgementRequest, 'id' | 'created'>): Record<string, unknown> {
  return {
    Title: request.title.slice(0, 255), DraftId: request.draftId, DocumentVersion: request.version, RoundNumber: request.roundNumber, SnapshotHash: request.snapshotHash,
    AudienceGroup: request.audienceGroup.slice(0, 255), Audience: JSON.stringify(request.audience)
  };
}

interface ReminderItem { Id: number; ReminderOf: number | null; Audience: string | null; Created: string }

/**
 * A reminder is an item of the requests list with `ReminderOf` (the request's id) and the ids of the people reminded
 * in `Audience`; it has no version hash, so `readRequests` never takes it for a request. Members may add to that list
 * (as they may ask), so the DSL's reminders are kept too.
 */
export function reminderFields(request: AcknowledgementRequest, people: AudienceMember[]): Record<string, unknown> {
  return { Title: `${request.title} ${request.version}`.slice(0, 255), ReminderOf: request.id, Audience: JSON.stringify(people.map(p => p.id)) };
}

/**
 * The reminders about one request. A requests list made before reminders were kept has no `ReminderOf` field
 * until an owner next asks (SharePoint answers 400 for a filter on a field it doesn't have), and no list at all
 * means no request yet (404): both mean "no reminders recorded", not a failure.
 */
export async function readReminders(sp: SPFI, requestId: number): Promise<Reminder[]> {
  let items: ReminderItem[];
  try {
    items = await sp.web.lists.getByTitle(REQUESTS_LIST).items.select('Id', 'ReminderOf', 'Audience', 'Created').filter(Filter.eq('ReminderOf', requestId)).top(PAGE_SIZE)<ReminderItem[]>();
  } catch (error) {
    const status = isAppError(error) ? error.status : (error as { status?: number } | undefined)?.status;
    if (status === 400 || status === 404) return [];
    throw error;
  }
  return items.flatMap(item => {
    let ids: unknown;
    try { ids = JSON.parse(item.Audience ?? '[]'); } catch { ids = []; }
    const personIds = Array.isArray(ids) ? ids.filter((id): id is number => typeof id === 'number') : [];
    return item.ReminderOf === requestId ? [{ itemId: item.Id, requestId, personIds, created: item.Created }] : [];
  });
}

interface AckItem { Id: number; RequestId: number | null; DraftId: number | null; SnapshotHash: string | null; Created: string }

/**
 * A SharePoint REST `$batch` carries at most 100 requests (pnp/pnpcore#284, which splits its batches for that
 * reason), so a large staff is read in batches of that size.
 */
const BATCH_LIMIT = 100;

/** Every acknowledgement in the given lists (each list read once; batched). */
export async function readAcknowledgements(sp: SPFI, lists: AcknowledgementList[]): Promise<Acknowledgement[]> {
  const found: Acknowledgement[] = [];
  for (let start = 0; start < lists.length; start += BATCH_LIMIT) {
    const chunk = lists.slice(start, start + BATCH_LIMIT);
    const [batched, execute] = sp.batched();
    const reads = chunk.map(list => batched.web.lists.getById(list.id).items.select('Id', 'RequestId', 'DraftId', 'SnapshotHash', 'Created').top(PAGE_SIZE)<AckItem[]>());
    await execute();
    const settled = await Promise.allSettled(reads);
    chunk.forEach((list, i) => {
      const result = settled[i];
      if (result.status !== 'fulfilled') return;
      for (const item of result.value) {
        if (item.RequestId && item.DraftId && item.SnapshotHash) {
          found.push({ personId: list.personId, itemId: item.Id, requestId: item.RequestId, draftId: item.DraftId, snapshotHash: item.SnapshotHash, created: item.Created });
        }
      }
    });
  }
  return found;
}

/** A Team's members through Graph (`GET /groups/{id}/members`: GroupMember.Read.All, "List group members"). */
export function graphTeamMembers(graph: IGraphClient): TeamMembersReader {
  return async groupId => {
    const members = await graph.getAll<{ '@odata.type'?: string; displayName?: string; mail?: string | null; userPrincipalName?: string }>(
      `/groups/${encodeURIComponent(groupId)}/members?$select=displayName,mail,userPrincipalName`, 20);
    return members.filter(m => m.userPrincipalName && (m['@odata.type'] ?? '#microsoft.graph.user') === '#microsoft.graph.user')
      .map(m => ({ login: m.userPrincipalName!, name: m.displayName ?? m.userPrincipalName!, email: m.mail ?? m.userPrincipalName! }));
  };
}
