import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import type { SPFI } from '../../../src/services/sharepoint/pnp';
import { siteRecord, SP, spErrorOf } from './helpers';

/*
 * Site groups, site users, role assignments and role definitions through the real PnPjs v4, with the cases of
 * PnPjs's own suite (pnp/pnpjs test/sp/site-groups.ts, site-users.ts, security.ts) and what each call must really
 * change. Before issue 13 the local server answered `siteGroups(5)` and `roleAssignments(3)` with the whole
 * collection, MERGE/DELETE on groups and users as reads, and `removeById('5')` with "group not found".
 */

// The machine is shared: generous explicit time for each network round trip, never jest's default.
jest.setTimeout(60_000);

interface Group { Id: number; Title: string; LoginName: string; Description: string; OwnerTitle: string; AllowMembersEditMembership: boolean }
interface User { Id: number; Title: string; LoginName: string; Email: string }
interface Assignment { PrincipalId: number; Member?: { Title: string } }
interface RoleDef { Id: number; Name: string; RoleTypeKind: number; BasePermissions: { High: string; Low: string } }

describe('principals and permissions through the real PnPjs, as its own test suite calls them', () => {
  let tenant: TestTenant;
  let owner: SPFI;
  let member: SPFI;

  beforeAll(async () => {
    tenant = await startTestTenant();
    owner = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead);
    member = tenant.sp(SITES.oakfield, PEOPLE.oakfieldDsl);
  }, 60_000);
  afterAll(async () => { await tenant.close(); });

  const groupTitles = async (): Promise<string[]> => (await owner.web.siteGroups.select('Title')<Group[]>()).map(g => g.Title).sort();

  describe('site groups', () => {
    it('answers siteGroups.getById(n) (sent as sitegroups(n)) with that one group, and 404 for an unknown id', async () => {
      const all = await owner.web.siteGroups<Group[]>();
      const governors = all.find(g => g.Title === 'Oakfield Governors') as Group;
      const one = await owner.web.siteGroups.getById(governors.Id)<Group & { value?: unknown }>();
      expect(one.value).toBeUndefined();
      expect(one).toMatchObject({ Id: governors.Id, Title: 'Oakfield Governors' });
      expect(await spErrorOf(owner.web.siteGroups.getById(99_999)())).toMatchObject({ status: 404, message: 'Group cannot be found.' });
    });

    it('adds, renames (MERGE), removes by id and by login name, as pnpjs test/sp/site-groups.ts does', async () => {
      const added = await owner.web.siteGroups.add({ Title: 'Test Group One', Description: 'first' }) as Group;
      expect(added).toMatchObject({ Title: 'Test Group One', LoginName: 'Test Group One', Description: 'first', OwnerTitle: 'Helen Carter' });
      await owner.web.siteGroups.getByName('Test Group One').update({ Title: 'Test Group Renamed' });
      expect((await owner.web.siteGroups.getById(added.Id).select('Title')<Group>()).Title).toBe('Test Group Renamed');

      await owner.web.siteGroups.removeById(added.Id);
      expect(await groupTitles()).not.toContain('Test Group Renamed');
      const second = await owner.web.siteGroups.add({ Title: 'Test Group Two' }) as Group;
      await owner.web.siteGroups.removeByLoginName(second.LoginName);
      expect(await groupTitles()).not.toContain('Test Group Two');
      expect(await spErrorOf(owner.web.siteGroups.removeById(second.Id))).toMatchObject({ status: 404, message: 'Group cannot be found.' });
    });

    it('takes a removed group out of every role assignment it held', async () => {
      const group = await owner.web.siteGroups.add({ Title: 'Test Group Granted' }) as Group;
      const read = await owner.web.roleDefinitions.getByType(2).select('Id')<{ Id: number }>();
      await owner.web.roleAssignments.add(group.Id, read.Id);
      expect((await owner.web.roleAssignments<Assignment[]>()).some(a => a.PrincipalId === group.Id)).toBe(true);
      await owner.web.siteGroups.removeById(group.Id);
      expect((await owner.web.roleAssignments<Assignment[]>()).some(a => a.PrincipalId === group.Id)).toBe(false);
    });

    it('refuses a group update with a property SP.Group does not have, or a read-only change, changing nothing', async () => {
      const group = await owner.web.siteGroups.add({ Title: 'Test Group Strict' }) as Group;
      const target = owner.web.siteGroups.getById(group.Id);
      // PnPjs types the body as the group's own properties; a client can still send any JSON.
      const anyUpdate = (props: Record<string, unknown>): Promise<unknown> => target.update(props as Parameters<typeof target.update>[0]);
      expect(await spErrorOf(anyUpdate({ Colour: 'red' }))).toMatchObject({ status: 400, code: SP.invalidClientQuery });
      expect(await spErrorOf(anyUpdate({ Title: 'Changed', Id: 12 }))).toMatchObject({ status: 400 });
      expect(await spErrorOf(target.update({ AllowRequestToJoinLeave: true }))).toMatchObject({ status: 501, message: expect.stringContaining('not supported by the local server') });
      expect((await target.select('Title')<Group>()).Title).toBe('Test Group Strict');
    });

    it("refuses a member renaming or removing a group they do not own (403), the group unchanged", async () => {
      const governors = await member.web.siteGroups.getByName('Oakfield Governors').select('Id')<Group>();
      expect(await spErrorOf(member.web.siteGroups.getById(governors.Id).update({ Title: 'Hijacked' }))).toMatchObject({ status: 403, ...SP.accessDenied });
      expect(await spErrorOf(member.web.siteGroups.removeById(governors.Id))).toMatchObject({ status: 403 });
      expect(await groupTitles()).toContain('Oakfield Governors');
    });

    it('finds, adds and removes members: users.getById, getByEmail, users(login), DELETE on a member, removeById', async () => {
      const group = await owner.web.siteGroups.add({ Title: 'Test Group Members' }) as Group;
      const users = owner.web.siteGroups.getById(group.Id).users;
      const adviser = await owner.web.ensureUser(PEOPLE.adviser) as User;
      await users.add(adviser.LoginName);
      expect((await users.getById(adviser.Id)<User>()).Title).toBe('Ben Morgan');
      expect((await users.getByEmail(PEOPLE.adviser)<User>()).Id).toBe(adviser.Id);
      expect((await users.getByLoginName(adviser.LoginName)<User>()).Id).toBe(adviser.Id);
      // A person of the site who is not in this group is not found through the group's users.
      const dsl = await owner.web.ensureUser(PEOPLE.oakfieldDsl) as User;
      expect(await spErrorOf(users.getById(dsl.Id)())).toMatchObject({ status: 404, message: 'User cannot be found.' });

      await users.getById(adviser.Id).delete();
      expect((await users<User[]>()).map(u => u.Id)).not.toContain(adviser.Id);
      await users.add(adviser.LoginName);
      await users.removeById(adviser.Id);
      expect((await users<User[]>()).map(u => u.Id)).not.toContain(adviser.Id);
      await users.add(adviser.LoginName);
      await users.removeByLoginName(adviser.LoginName);
      expect((await users<User[]>()).map(u => u.Id)).not.toContain(adviser.Id);
      expect(await spErrorOf(users.removeById(adviser.Id))).toMatchObject({ status: 404, message: 'User cannot be found.' });
    });

    it('sets a user as the owner of a group (SetUserAsOwner), who may then rename it', async () => {
      const group = await owner.web.siteGroups.add({ Title: 'Test Group Owned' }) as Group;
      const dsl = await owner.web.ensureUser(PEOPLE.oakfieldDsl) as User;
      expect(await spErrorOf(member.web.siteGroups.getById(group.Id).update({ Description: 'mine' }))).toMatchObject({ status: 403 });
      await owner.web.siteGroups.getById(group.Id).setUserAsOwner(dsl.Id);
      expect((await owner.web.siteGroups.getById(group.Id)<Group>()).OwnerTitle).toBe('Tom Reid');
      await member.web.siteGroups.getById(group.Id).update({ Description: 'mine' });
      expect((await owner.web.siteGroups.getById(group.Id)<Group>()).Description).toBe('mine');
    });

    it('applies $filter, $orderby and $top to siteGroups instead of ignoring them', async () => {
      const filtered = await owner.web.siteGroups.filter("startswith(Title,'Oakfield Primary')").orderBy('Title', false).top(2).select('Title')<Group[]>();
      expect(filtered.map(g => g.Title)).toEqual(['Oakfield Primary School Visitors', 'Oakfield Primary School Owners']);
      expect(await spErrorOf(owner.web.siteGroups.filter("Colour eq 'red'")())).toMatchObject({ status: 400 });
    });
  });

  describe('site users', () => {
    it('answers getById, getByEmail and getByLoginName (sent as siteusers(\'!@v::login\')) with that one user', async () => {
      const me = await owner.web.currentUser<User>();
      expect((await owner.web.siteUsers.getById(me.Id)<User>()).Id).toBe(me.Id);
      expect((await owner.web.siteUsers.getByEmail(me.Email)<User>()).Id).toBe(me.Id);
      expect((await owner.web.siteUsers.getByLoginName(me.LoginName)<User>()).Id).toBe(me.Id);
      expect(await spErrorOf(owner.web.siteUsers.getById(99_999)())).toMatchObject({ status: 404, message: 'User cannot be found.' });
    });

    it('updates the caller\'s own entry from the whole object it read, as pnpjs test/sp/site-users.ts does', async () => {
      const props = await member.web.currentUser<Record<string, unknown>>();
      await member.web.currentUser.update({ ...props, Title: 'Tom Reid (DSL)' });
      expect((await member.web.currentUser<User>()).Title).toBe('Tom Reid (DSL)');
      expect(await spErrorOf(member.web.currentUser.update({ LoginName: 'i:0#.f|membership|someone@else.example' }))).toMatchObject({ status: 400 });
      expect(await spErrorOf(member.web.currentUser.update({ Email: 'someone@else.example' }))).toMatchObject({ status: 403 });
      expect((await member.web.currentUser<User>()).Email).toBe(PEOPLE.oakfieldDsl);
    });

    it("refuses a member editing someone else's entry (403), and answers removing users from the site with 501", async () => {
      const head = await owner.web.currentUser<User>();
      expect(await spErrorOf(member.web.siteUsers.getById(head.Id).update({ Title: 'Renamed' }))).toMatchObject({ status: 403 });
      expect((await owner.web.currentUser<User>()).Title).toBe('Helen Carter');
      const adviser = await owner.web.ensureUser(PEOPLE.adviser) as User;
      expect(await spErrorOf(owner.web.siteUsers.removeById(adviser.Id))).toMatchObject({ status: 501 });
      expect(await spErrorOf(owner.web.siteUsers.getById(adviser.Id).delete())).toMatchObject({ status: 501 });
      expect((await owner.web.siteUsers.getById(adviser.Id)<User>()).Title).toBe('Ben Morgan');
    });

    it('applies $filter and $top to siteUsers, as pnpjs test/sp/security.ts reads siteUsers.top(1).select("LoginName")', async () => {
      const one = await owner.web.siteUsers.top(1).select('LoginName')<User[]>();
      expect(one).toHaveLength(1);
      expect(Object.keys(one[0]).filter(k => !k.startsWith('odata.'))).toEqual(['LoginName']);
      const people = await owner.web.siteUsers.filter('PrincipalType eq 1').select('PrincipalType')<{ PrincipalType: number }[]>();
      expect(people.length).toBeGreaterThan(0);
      expect(people.every(p => p.PrincipalType === 1)).toBe(true);
    });
  });

  describe('role assignments and role definitions', () => {
    it('answers roleAssignments.getById(n) (sent as roleassignments(n)) with that one assignment, and deletes it', async () => {
      const group = await owner.web.siteGroups.add({ Title: 'Test Group Assigned' }) as Group;
      const read = await owner.web.roleDefinitions.getByType(2).select('Id')<{ Id: number }>();
      await owner.web.roleAssignments.add(group.Id, read.Id);
      const one = await owner.web.roleAssignments.getById(group.Id).expand('Member').select('PrincipalId', 'Member/Title')<Assignment & { value?: unknown }>();
      expect(one.value).toBeUndefined();
      expect(one).toMatchObject({ PrincipalId: group.Id, Member: { Title: 'Test Group Assigned' } });
      const bindings = await owner.web.roleAssignments.getById(group.Id).bindings<RoleDef[]>();
      expect(bindings.map(b => b.Id)).toEqual([read.Id]);

      await owner.web.roleAssignments.getById(group.Id).delete();
      expect(await spErrorOf(owner.web.roleAssignments.getById(group.Id)())).toMatchObject({ status: 404 });
      expect(siteRecord(tenant, SITES.oakfield).roleAssignments.some(a => a.principalId === group.Id)).toBe(false);
    });

    it('changes a list\'s assignments only once it holds its own (breakRoleInheritance first), as SharePoint requires', async () => {
      await owner.web.lists.add('Test Inheriting List', '', 100);
      const list = owner.web.lists.getByTitle('Test Inheriting List');
      const members = await owner.web.associatedMemberGroup.select('Id')<{ Id: number }>();
      const read = await owner.web.roleDefinitions.getByType(2).select('Id')<{ Id: number }>();
      const refused = await spErrorOf(list.roleAssignments.add(members.Id, read.Id));
      expect(refused).toMatchObject({ status: 400, message: 'This operation is not allowed on an object that inherits permissions.' });
      expect(await spErrorOf(list.roleAssignments.getById(members.Id).delete())).toMatchObject({ status: 400 });
      expect(await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).toMatchObject({ HasUniqueRoleAssignments: false });
      await list.breakRoleInheritance(true, false);
      await list.roleAssignments.add(members.Id, read.Id);
      const bindings = await list.roleAssignments.getById(members.Id).bindings<RoleDef[]>();
      expect(bindings.map(b => b.Id)).toContain(read.Id);
    });

    it('refuses a member deleting a role assignment (403), the assignment kept', async () => {
      const owners = await owner.web.associatedOwnerGroup.select('Id')<{ Id: number }>();
      expect(await spErrorOf(member.web.roleAssignments.getById(owners.Id).delete())).toMatchObject({ status: 403 });
      expect((await owner.web.roleAssignments.getById(owners.Id)<Assignment>()).PrincipalId).toBe(owners.Id);
    });

    it('adds, updates (MERGE) and deletes a custom permission level; built-in levels are not changed', async () => {
      const { data } = await owner.web.roleDefinitions.add('Test Level', 'for tests', 1000, { Low: 1, High: 0 }) as { data: RoleDef };
      await owner.web.roleDefinitions.getByName('Test Level').update({ BasePermissions: { Low: 3, High: 0 } });
      expect((await owner.web.roleDefinitions.getById(data.Id)<RoleDef>()).BasePermissions).toEqual({ High: '0', Low: '3' });
      const byKey = await owner.web.roleDefinitions.getById(data.Id).select('Name')<RoleDef>();
      expect(byKey.Name).toBe('Test Level');

      const reader = await owner.web.roleDefinitions.getByType(2)<RoleDef>();
      // PnPjs 4.21's update() reads BasePermissions whether given or not, so every call here passes one.
      const readerUpdate = owner.web.roleDefinitions.getById(reader.Id).update({ Name: 'Renamed Read', BasePermissions: { Low: 1, High: 0 } });
      expect(await spErrorOf(readerUpdate)).toMatchObject({ status: 400 });
      expect(await spErrorOf(owner.web.roleDefinitions.getById(reader.Id).delete())).toMatchObject({ status: 400 });
      expect(await spErrorOf(member.web.roleDefinitions.getById(data.Id).delete())).toMatchObject({ status: 403 });

      await owner.web.roleDefinitions.getById(data.Id).delete();
      expect(await spErrorOf(owner.web.roleDefinitions.getById(data.Id)())).toMatchObject({ status: 404 });
      expect((await owner.web.roleDefinitions.getByType(2)<RoleDef>()).Name).toBe(reader.Name);
    });
  });
});
