import type { ReportRoute } from '../../domain/register/dashboard';
import { isSchoolName, type SchoolIdentity } from '../../domain/register/ReportPack';
import type { SPFI } from '../sharepoint/pnp';
import { AppError } from '../errors/AppError';
import { describeError } from '../errors/describeError';
import { securityContext, setListGrants, type Grant } from '../approval/approvalPermissions';

/**
 * The register's lists on the bank site: **one list per school**, "School Register <the school's Team group id>".
 *
 * Why a list per school and not one list with per-item permissions or `ReadSecurity`/`WriteSecurity`:
 * - `ReadSecurity = 2` ("read items that were created by the user") and `WriteSecurity` decide by the item's
 *   **Author** (SP.List ReadSecurity/WriteSecurity reference), which any contributor can write through
 *   `AddValidateUpdateItemUsingPath` (pnp/pnpjs#3265, SharePoint/sp-dev-docs#6333): a school could plant an entry
 *   "by" another school's head. They also work per person, not per school (the DSL could not see the head's report).
 * - Item-level permissions would have to be set on each entry after a school adds it, which needs Manage
 *   Permissions: a school cannot secure its own entry, and until the officer did, every school could read it.
 *   And in one shared list a school-id column is just a value the adder types, so a school could file entries
 *   under another's id.
 * So the list an entry sits in is whose it is (as for approval ballots, `ballotLists.ts`): the officer makes the
 * list and breaks its inheritance, removes every copied grant (Everyone, which lets all schools read the bank),
 * keeps the bank's owners at Full Control and its members at Read, and gives the school's Team members the
 * "Add and read" level (view and add, never edit or delete). Item ids only grow, so the newest entry is the one
 * with the highest id; nothing reads Author or Created. A site holds at most 2,000 lists (TENANT-FACTS), enough
 * for Kent's 600 schools; each list has one unique scope, far below 50,000.
 */
export const REGISTER_LIST_PREFIX = 'School Register ';
const REGISTER_TITLE = /^School Register ([0-9a-f-]{36})$/;

export function registerListTitle(schoolKey: string): string {
  return `${REGISTER_LIST_PREFIX}${schoolKey}`;
}

/** What the list's description records (written by the officer only: lists' properties need Manage Lists). */
interface RegisterListMeta {
  name: string;
  route: ReportRoute;
}

export interface RegisterList {
  id: string;
  key: string;
  name: string;
  route: ReportRoute;
  /** Its permissions are its own (the officer secured it). A list made by hand under this name is not trusted. */
  secured: boolean;
}

function parseMeta(description: string | null): RegisterListMeta | undefined {
  try {
    const value = JSON.parse(description ?? '') as Partial<RegisterListMeta>;
    if (typeof value.name === 'string' && isSchoolName(value.name) && (value.route === 'tenant' || value.route === 'pack')) return { name: value.name, route: value.route };
  } catch {
    // Not ours: a description typed by hand; the list is then not read as a register list.
  }
  return undefined;
}

/** Every register list this person can see (SharePoint trims lists they may not read from the collection). */
export async function readRegisterLists(sp: SPFI): Promise<RegisterList[]> {
  const lists = await sp.web.lists.select('Id', 'Title', 'Description', 'HasUniqueRoleAssignments')<{ Id: string; Title: string; Description: string | null; HasUniqueRoleAssignments: boolean }[]>();
  return lists.flatMap(list => {
    const match = REGISTER_TITLE.exec(list.Title);
    const meta = match ? parseMeta(list.Description) : undefined;
    return match && meta ? [{ id: list.Id, key: match[1], ...meta, secured: list.HasUniqueRoleAssignments }] : [];
  });
}

async function addRegisterFields(sp: SPFI, listId: string): Promise<void> {
  const fields = sp.web.lists.getById(listId).fields;
  const existing = new Set((await fields.select('InternalName')<{ InternalName: string }[]>()).map(f => f.InternalName));
  if (!existing.has('Sequence')) await fields.addNumber('Sequence');
  if (!existing.has('ReportedOn')) await fields.addText('ReportedOn', { MaxLength: 40 });
  // A Note column in a list is not capped at 255 (TENANT-FACTS); a report is a few KB of JSON.
  if (!existing.has('Report')) await fields.addMultilineText('Report', { RichText: false, NumberOfLines: 6, AppendOnly: false });
}

/** The site principal of a Team's members (`ensureuser` with the group's claim); a group the tenant lacks is refused. */
async function teamMembersPrincipal(sp: SPFI, groupId: string): Promise<number> {
  try {
    return (await sp.web.ensureUser(`c:0o.c|federateddirectoryclaimprovider|${groupId}`)).Id;
  } catch (error) {
    const failure = describeError(error);
    if (failure.kind === 'notFound') throw new AppError('invalid', 'register.unknownSchool', failure.detail, { status: failure.status, values: [groupId] });
    throw error;
  }
}

/**
 * Makes (or re-secures) a school's register list. For a tenant school its Team's members claim
 * (`c:0o.c|federateddirectoryclaimprovider|<group id>`, made a principal by `ensureuser`: pnp/pnpjs#2246) gets
 * "Add and read"; a pack school's list is written only by the officer's imports. Safe to run again.
 */
export async function ensureRegisterList(sp: SPFI, school: SchoolIdentity, route: ReportRoute): Promise<string> {
  const title = registerListTitle(school.key);
  const description = JSON.stringify({ name: school.name, route } satisfies RegisterListMeta);
  // The school's Team first: a code that names no Team stops here, before any list exists.
  const schoolPrincipal = route === 'tenant' ? await teamMembersPrincipal(sp, school.key) : undefined;
  const ensured = await sp.web.lists.ensure(title, description, 100, false, { EnableVersioning: true });
  const { Id, HasUniqueRoleAssignments } = await ensured.list.select('Id', 'HasUniqueRoleAssignments')<{ Id: string; HasUniqueRoleAssignments: boolean }>();
  if (!HasUniqueRoleAssignments) {
    // Bank members (Edit) can make a list under this name before the officer secures it, and fill it: a list
    // that was not yet secured starts empty, as ballot lists do (`ballotLists.ts`).
    const planted = await ensured.list.items.select('Id')<{ Id: number }[]>();
    for (const item of planted) await ensured.list.items.getById(item.Id).delete();
  }
  await ensured.list.update({ EnableVersioning: true, Description: description });
  await addRegisterFields(sp, Id);
  const ctx = await securityContext(sp, '');
  const grants: Grant[] = [{ principal: ctx.members, role: ctx.reader }];
  if (schoolPrincipal !== undefined) grants.push({ principal: schoolPrincipal, role: ctx.addAndRead });
  await setListGrants(sp, Id, ctx, grants);
  return Id;
}
