import { ApprovalService, ApproversHiddenError } from '../../src/services/approval/ApprovalService';
import { enGB } from '../../src/loc/enGB';
import { format } from '../../src/loc/strings';
import { SchoolService } from '../../src/services/school/SchoolService';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';

/**
 * The seeded "Oakfield Governors" shows its members only to its members (TENANT-FACTS: a site group can hide its
 * membership). Staff must list the approvers to submit and to follow a round, so setting up approval shows them.
 */
describe('an approvers group that hides its members', () => {
  let tenant: TestTenant;
  const approvalsAs = (login: string): ApprovalService =>
    new ApprovalService(tenant.sp(SITES.oakfield, login), { notify: async () => [] }, { deepLink: () => '', webUrl: () => '' });
  const GROUP = 'Oakfield Governors';

  beforeAll(async () => {
    tenant = await startTestTenant();
    await new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${tenant.url}${SITES.oakfield}`).provision();
  }, 180_000);
  afterAll(async () => { await tenant.close(); });

  it('tells staff who may not see the group why the approvers cannot be listed, and governors and owners still list them', async () => {
    const refused = await approvalsAs(PEOPLE.oakfieldDsl).approvers(GROUP).then(() => undefined, (error: unknown) => error);
    expect(refused).toBeInstanceOf(ApproversHiddenError);
    expect((refused as ApproversHiddenError).status).toBe(403);
    // The person reads the loc sentence for its code, naming the group and what to do.
    expect(refused).toMatchObject({ kind: 'accessDenied', code: 'approval.approversHidden', values: [GROUP] });
    expect(format(enGB.errorCodes.approval.approversHidden, GROUP)).toContain('Ask a site owner to open the app on this site');
    expect((await approvalsAs(PEOPLE.oakfieldGovernor).approvers(GROUP)).map(a => a.name)).toEqual(['Margaret Lewis', 'David Okafor', 'Sarah Whitfield']);
    expect(await approvalsAs(PEOPLE.oakfieldHead).approvers(GROUP)).toHaveLength(3);
  });

  it("keeps SharePoint's own refusal for someone with no access to the site at all", async () => {
    const refused = await approvalsAs(PEOPLE.riversideHead).approvers(GROUP).then(() => undefined, (error: unknown) => error);
    expect(refused).not.toBeInstanceOf(ApproversHiddenError);
    expect((refused as { status?: number }).status).toBe(403);
  });

  it('lets everyone on the site see the approvers once a site owner secures the approval lists', async () => {
    await approvalsAs(PEOPLE.oakfieldHead).secure(GROUP);
    expect((await approvalsAs(PEOPLE.oakfieldDsl).approvers(GROUP)).map(a => a.name)).toEqual(['Margaret Lewis', 'David Okafor', 'Sarah Whitfield']);
    // Securing again changes nothing and asks nothing more of the group.
    await approvalsAs(PEOPLE.oakfieldHead).secure(GROUP);
    expect(await approvalsAs(PEOPLE.oakfieldLead).approvers(GROUP)).toHaveLength(3);
  });

  it('refuses a member who is not the group owner the change of the group setting (403)', async () => {
    const group = tenant.sp(SITES.oakfield, PEOPLE.oakfieldDsl).web.siteGroups.getByName(GROUP);
    const refused = await group.update({ OnlyAllowMembersViewMembership: true }).then(() => undefined, (error: unknown) => error);
    expect((refused as { status?: number }).status).toBe(403);
  });
});
