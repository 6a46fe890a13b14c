import { PermissionKind } from '@pnp/sp/security';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import type { SPFI } from '../../../src/services/sharepoint/pnp';
import { digestFor, SP, spErrorOf, spErrorOfResponse } from './helpers';

interface User { Id: number; Title: string; LoginName: string; Email: string; PrincipalType: number; UserPrincipalName: string }
interface Group { Id: number; Title: string }

const ACCESS_DENIED_BODY = { 'odata.error': { code: SP.accessDenied.code, message: { lang: 'en-US', value: SP.accessDenied.message } } };

describe('people, groups, permissions and the request digest through the real PnPjs (PROTOCOL §1)', () => {
  let tenant: TestTenant;
  const oakfield = (login: string): SPFI => tenant.sp(SITES.oakfield, login);
  const bank = (login: string): SPFI => tenant.sp(SITES.bank, login);

  beforeAll(async () => { tenant = await startTestTenant(); });
  afterAll(async () => { await tenant.close(); });

  describe('users and groups', () => {
    it('answers web.currentUser() with the caller as SP.User', async () => {
      const me = await oakfield(PEOPLE.oakfieldHead).web.currentUser<User & { 'odata.type': string }>();
      expect(me).toMatchObject({
        'odata.type': 'SP.User', Title: 'Helen Carter', Email: PEOPLE.oakfieldHead, PrincipalType: 1,
        LoginName: `i:0#.f|membership|${PEOPLE.oakfieldHead}`, UserPrincipalName: PEOPLE.oakfieldHead
      });
      expect(Number.isInteger(me.Id)).toBe(true);
    });

    it('answers currentUser.groups() with the site groups the caller reaches, through Team claims too', async () => {
      const titles = async (login: string): Promise<string[]> =>
        (await oakfield(login).web.currentUser.groups<Group[]>()).map(g => g.Title).sort();
      // A Team's owners are members of the Team too, so the owner reaches both groups.
      expect(await titles(PEOPLE.oakfieldHead)).toEqual(['Oakfield Primary School Members', 'Oakfield Primary School Owners']);
      expect(await titles(PEOPLE.oakfieldDsl)).toEqual(['Oakfield Primary School Members']);
      expect(await titles(PEOPLE.oakfieldGovernor)).toEqual(['Oakfield Governors', 'Oakfield Primary School Members']);
      expect(await titles(PEOPLE.oakfieldGuestGovernor)).toEqual(['Oakfield Governors', 'Oakfield Primary School Members']);
    });

    it("answers siteGroups() and siteGroups.getByName('Oakfield Governors').users()", async () => {
      const sp = oakfield(PEOPLE.oakfieldDsl);
      const groups = await sp.web.siteGroups<Group[]>();
      expect(groups.map(g => g.Title).sort()).toEqual([
        'Oakfield Governors', 'Oakfield Primary School Members', 'Oakfield Primary School Owners', 'Oakfield Primary School Visitors',
        'Oakfield Teaching Assistants', expect.stringMatching(/^SharingLinks\./)
      ]);
      // The seeded governors show their members only to members (seedPermissions.test.ts): a governor reads them.
      const governors = await oakfield(PEOPLE.oakfieldGovernor).web.siteGroups.getByName('Oakfield Governors').users<User[]>();
      expect(governors.map(u => u.Title).sort()).toEqual(['David Okafor', 'Margaret Lewis', 'Sarah Whitfield']);
      expect(await spErrorOf(sp.web.siteGroups.getByName('No Such Group').users())).toMatchObject({ status: 404, message: 'Group cannot be found.' });
    });

    it('adds a tenant person to a site with ensureUser and answers the same entry twice', async () => {
      const sp = oakfield(PEOPLE.oakfieldHead);
      const first = await sp.web.ensureUser(`i:0#.f|membership|${PEOPLE.adviser}`) as User;
      const second = await sp.web.ensureUser(PEOPLE.adviser) as User;
      expect(first).toMatchObject({ Title: 'Ben Morgan', Email: PEOPLE.adviser, LoginName: `i:0#.f|membership|${PEOPLE.adviser}` });
      expect(second.Id).toBe(first.Id);
      const byId = await sp.web.getUserById(first.Id)<User>();
      expect(byId.Title).toBe('Ben Morgan');
      expect(await spErrorOf(sp.web.ensureUser('nobody@northshire.example'))).toMatchObject({ status: 404, message: 'User cannot be found.' });
    });
  });

  describe('effective permissions checked with hasPermissions', () => {
    const webCan = async (sp: SPFI, kind: PermissionKind): Promise<boolean> =>
      sp.web.hasPermissions(await sp.web.getCurrentUserEffectivePermissions(), kind);

    it.each([
      ['the Team owner', PEOPLE.oakfieldHead, { manage: true, add: true, view: true }],
      ['a Team member', PEOPLE.oakfieldDsl, { manage: false, add: true, view: true }],
      ['a governor (Team member and in Oakfield Governors)', PEOPLE.oakfieldGovernor, { manage: false, add: true, view: true }],
      ['a guest governor (through the Team claim)', PEOPLE.oakfieldGuestGovernor, { manage: false, add: true, view: true }]
    ])('gives %s the right web permissions on the school site', async (_who, login, expected) => {
      const sp = oakfield(login);
      expect({
        manage: await webCan(sp, PermissionKind.ManagePermissions),
        add: await webCan(sp, PermissionKind.AddListItems),
        view: await webCan(sp, PermissionKind.ViewListItems)
      }).toEqual(expected);
    });

    it('gives the officer full control of the bank, the adviser Edit, school staff Read and guests nothing', async () => {
      expect(await webCan(bank(PEOPLE.officer), PermissionKind.ManagePermissions)).toBe(true);
      expect(await webCan(bank(PEOPLE.adviser), PermissionKind.ManagePermissions)).toBe(false);
      expect(await webCan(bank(PEOPLE.adviser), PermissionKind.EditListItems)).toBe(true);
      expect(await webCan(bank(PEOPLE.oakfieldHead), PermissionKind.ViewListItems)).toBe(true);
      expect(await webCan(bank(PEOPLE.oakfieldHead), PermissionKind.AddListItems)).toBe(false);
      expect(await spErrorOf(bank(PEOPLE.oakfieldGuestGovernor).web.getCurrentUserEffectivePermissions())).toEqual({ status: 403, ...SP.accessDenied });
    });

    it("keeps the other school's people out of the school site entirely (403)", async () => {
      expect(await spErrorOf(oakfield(PEOPLE.riversideDsl).web.getCurrentUserEffectivePermissions())).toEqual({ status: 403, ...SP.accessDenied });
      expect(await spErrorOf(oakfield(PEOPLE.riversideDsl).web.currentUser())).toEqual({ status: 403, ...SP.accessDenied });
    });

    describe('on a list with its own permissions (Members removed, Governors keep Read)', () => {
      const TITLE = 'Governors Only';

      beforeAll(async () => {
        const sp = oakfield(PEOPLE.oakfieldHead);
        await sp.web.lists.add(TITLE, '', 100);
        await sp.web.lists.getByTitle(TITLE).items.add({ Title: 'Confidential' });
        const members = await sp.web.associatedMemberGroup<Group>();
        const edit = await sp.web.roleDefinitions.getByName('Edit')<{ Id: number }>();
        await sp.web.lists.getByTitle(TITLE).breakRoleInheritance(true);
        await sp.web.lists.getByTitle(TITLE).roleAssignments.remove(members.Id, edit.Id);
      });

      const listCan = async (login: string, kind: PermissionKind): Promise<boolean> => {
        const list = oakfield(login).web.lists.getByTitle(TITLE);
        return list.hasPermissions(await list.getCurrentUserEffectivePermissions(), kind);
      };

      it('reads list permissions per role: owner manages, a governor only reads', async () => {
        expect(await listCan(PEOPLE.oakfieldHead, PermissionKind.ManageLists)).toBe(true);
        expect(await listCan(PEOPLE.oakfieldGovernor, PermissionKind.ViewListItems)).toBe(true);
        expect(await listCan(PEOPLE.oakfieldGovernor, PermissionKind.AddListItems)).toBe(false);
        expect(await webCan(oakfield(PEOPLE.oakfieldGovernor), PermissionKind.AddListItems)).toBe(true);
      });

      it('answers "list does not exist" to a member who cannot see it, never revealing it', async () => {
        const notFound = { status: 404, ...SP.listNotFound(TITLE, `${tenant.url}${SITES.oakfield}`) };
        expect(await spErrorOf(oakfield(PEOPLE.oakfieldDsl).web.lists.getByTitle(TITLE)())).toEqual(notFound);
        expect(await spErrorOf(oakfield(PEOPLE.oakfieldDsl).web.lists.getByTitle(TITLE).items())).toEqual(notFound);
        const visible = await oakfield(PEOPLE.oakfieldDsl).web.lists.select('Title')<{ Title: string }[]>();
        expect(visible.map(l => l.Title)).not.toContain(TITLE);
      });

      it('refuses a governor (Read) adding to it with 403', async () => {
        const error = await spErrorOf(oakfield(PEOPLE.oakfieldGovernor).web.lists.getByTitle(TITLE).items.add({ Title: 'Not allowed' }));
        expect(error).toEqual({ status: 403, ...SP.accessDenied });
      });
    });
  });

  describe('permission denied changes nothing', () => {
    const TITLE = 'Bank Statements';
    const snapshot = async (): Promise<unknown> => bank(PEOPLE.officer).web.lists.getByTitle(TITLE).items.top(500)();

    beforeAll(async () => {
      await bank(PEOPLE.officer).web.lists.add(TITLE, '', 100);
      await bank(PEOPLE.officer).web.lists.getByTitle(TITLE).items.add({ Title: 'Statement one' });
    });

    it("refuses a school user's write to the bank with SharePoint's exact 403 body, and nothing changes", async () => {
      const before = await snapshot();
      const add = bank(PEOPLE.oakfieldHead).web.lists.getByTitle(TITLE).items.add({ Title: 'Sneaked in' });
      const error = await spErrorOf(add);
      expect(error).toEqual({ status: 403, ...SP.accessDenied });
      const digest = await digestFor(tenant, PEOPLE.oakfieldHead, SITES.bank);
      const raw = await tenant.fetchAs(PEOPLE.oakfieldHead, `${SITES.bank}/_api/web/lists/getByTitle('Bank%20Statements')/items`, {
        method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': digest }, body: JSON.stringify({ Title: 'Raw' })
      });
      expect(raw.status).toBe(403);
      expect(await raw.json()).toEqual(ACCESS_DENIED_BODY);
      expect(await spErrorOf(bank(PEOPLE.oakfieldHead).web.lists.add('School List', '', 100))).toEqual({ status: 403, ...SP.accessDenied });
      expect(await snapshot()).toEqual(before);
      const lists = await bank(PEOPLE.officer).web.lists.select('Title')<{ Title: string }[]>();
      expect(lists.map(l => l.Title)).not.toContain('School List');
    });

    it("refuses a reader's update and delete of an item with 403, the item unchanged", async () => {
      const before = await snapshot();
      const item = bank(PEOPLE.oakfieldDsl).web.lists.getByTitle(TITLE).items.getById(1);
      expect(await spErrorOf(item.update({ Title: 'Rewritten by a reader' }))).toEqual({ status: 403, ...SP.accessDenied });
      expect(await spErrorOf(item.delete())).toEqual({ status: 403, ...SP.accessDenied });
      expect(await spErrorOf(item.recycle())).toEqual({ status: 403, ...SP.accessDenied });
      expect(await snapshot()).toEqual(before);
      const read = await item.select('Title')<{ Title: string; 'odata.etag': string }>();
      expect(read).toMatchObject({ Title: 'Statement one', 'odata.etag': '"1"' });
    });
  });

  describe('request digest', () => {
    it('answers contextinfo with the top-level JSON light shape PnPjs reads', async () => {
      const response = await tenant.fetchAs(PEOPLE.officer, `${SITES.bank}/_api/contextinfo`, {
        method: 'POST', headers: { Accept: 'application/json', 'X-PnPjs-NoDigest': '1' }
      });
      expect(response.status).toBe(200);
      const body = await response.json() as Record<string, unknown>;
      expect(body).toMatchObject({
        'odata.metadata': `${tenant.url}${SITES.bank}/_api/$metadata#SP.ContextWebInformation`,
        FormDigestTimeoutSeconds: 1800,
        SiteFullUrl: `${tenant.url}${SITES.bank}`,
        WebFullUrl: `${tenant.url}${SITES.bank}`,
        SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0']
      });
      expect(body.FormDigestValue).toMatch(/^0x[0-9A-F]+,\d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} -0000$/);
      expect(typeof body.LibraryVersion).toBe('string');
      expect(body).not.toHaveProperty('d');
    });

    it("refuses a POST without X-RequestDigest with 403 and SharePoint's security-validation body", async () => {
      const response = await tenant.fetchAs(PEOPLE.officer, `${SITES.bank}/_api/web/lists`, {
        method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, body: JSON.stringify({ Title: 'No Digest', BaseTemplate: 100 })
      });
      expect(response.status).toBe(403);
      expect(await spErrorOfResponse(response)).toEqual({ status: 403, ...SP.invalidDigest });
      const lists = await bank(PEOPLE.officer).web.lists.select('Title')<{ Title: string }[]>();
      expect(lists.map(l => l.Title)).not.toContain('No Digest');
    });

    it("refuses one site's digest on another site", async () => {
      const bankDigest = await digestFor(tenant, PEOPLE.oakfieldHead, SITES.bank);
      const post = (digest: string): Promise<Response> => tenant.fetchAs(PEOPLE.oakfieldHead, `${SITES.oakfield}/_api/web/lists`, {
        method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': digest },
        body: JSON.stringify({ Title: 'Digest Check', BaseTemplate: 100 })
      });
      const refused = await post(bankDigest);
      expect(await spErrorOfResponse(refused)).toEqual({ status: 403, ...SP.invalidDigest });
      const accepted = await post(await digestFor(tenant, PEOPLE.oakfieldHead, SITES.oakfield));
      expect(accepted.status).toBe(201);
    });

    it('needs no digest for a GET', async () => {
      const response = await tenant.fetchAs(PEOPLE.officer, `${SITES.bank}/_api/web?%24select=Title`, { headers: { Accept: 'application/json' } });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ Title: 'Northshire e-Safety Bank' });
    });
  });
});
