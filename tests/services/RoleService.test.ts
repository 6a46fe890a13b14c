import { RoleService } from '../../src/services/roles/RoleService';
import { ApprovalService } from '../../src/services/approval/ApprovalService';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';
import type { SchoolAccess } from '../../src/services/school/ISchoolService';

const member: SchoolAccess = { missingLists: [], canProvision: false, canEdit: true, userId: 12, userName: 'Margaret Lewis', userLogin: 'i:0#.f|membership|margaret.lewis@northshire.example', owners: ['Helen Carter'] };

function counted(access: () => Promise<SchoolAccess>, isMember: (group: string) => Promise<boolean>): { service: RoleService; calls: { access: number; groups: string[] } } {
  const calls = { access: 0, groups: [] as string[] };
  const service = new RoleService({ access: () => { calls.access++; return access(); } }, group => { calls.groups.push(group); return isMember(group); }, false);
  return { service, calls };
}

describe('RoleService: roles read once while the page is open', () => {
  it('reads access and group membership once, however many screens ask', async () => {
    const { service, calls } = counted(async () => member, async () => true);
    const first = await service.current('Oakfield Governors');
    await service.current('Oakfield Governors');
    await service.current('oakfield governors');
    expect(first.roles).toEqual(['Editor', 'Approver']);
    expect(calls).toEqual({ access: 1, groups: ['Oakfield Governors'] });
  });

  it('reads again after refresh (the lists were created, or another approvers group was named)', async () => {
    const { service, calls } = counted(async () => member, async () => false);
    await service.current('Governors');
    service.refresh();
    await service.current('Governors');
    expect(calls.access).toBe(2);
    expect(calls.groups).toHaveLength(2);
  });

  it('does not remember a failed read: the next attempt asks SharePoint again', async () => {
    let fail = true;
    const { service, calls } = counted(async () => { if (fail) throw new Error('503'); return member; }, async () => false);
    await expect(service.current('')).rejects.toThrow('503');
    fail = false;
    await expect(service.current('')).resolves.toMatchObject({ roles: ['Editor'] });
    expect(calls.access).toBe(2);
  });

  it('treats a failed membership read (or a group that is gone) as "not an approver", and asks nothing of an unnamed group', async () => {
    const { service, calls } = counted(async () => member, async () => { throw new Error('Access denied'); });
    expect((await service.current('Hidden group')).roles).toEqual(['Editor']);
    expect((await service.current('  ')).roles).toEqual(['Editor']);
    expect(calls.groups).toEqual(['Hidden group']);
  });
});

describe('RoleService against the local SharePoint: a governors group that hides its members', () => {
  let tenant: TestTenant;
  beforeAll(async () => { tenant = await startTestTenant(); }, 60_000);
  afterAll(async () => { await tenant.close(); });

  const rolesOf = async (login: string): Promise<string[]> => {
    const sp = tenant.sp(SITES.oakfield, login);
    const approvals = new ApprovalService(sp, { notify: async () => [] }, { deepLink: () => '', webUrl: () => '' });
    const school = { access: async (): Promise<SchoolAccess> => ({ ...member, userId: 0 }) };
    return (await new RoleService(school, group => approvals.isApprover(group), false).current('Oakfield Governors')).roles;
  };

  it('knows a governor is an approver from their own groups, though others may not read the group', async () => {
    expect(await rolesOf(PEOPLE.oakfieldGovernor)).toContain('Approver');
    expect(await rolesOf(PEOPLE.oakfieldGuestGovernor)).toContain('Approver');
    expect(await rolesOf(PEOPLE.oakfieldDsl)).not.toContain('Approver');
  });
});
