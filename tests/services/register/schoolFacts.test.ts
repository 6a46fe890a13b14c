import { stableGuid } from '../../../local/seed/tenantSeed';
import { buildReport } from '../../../src/domain/register/milestones';
import { ApprovalService } from '../../../src/services/approval/ApprovalService';
import { BankService } from '../../../src/services/bank/BankService';
import { PublishService } from '../../../src/services/publish/PublishService';
import { RegisterService } from '../../../src/services/register/RegisterService';
import { readSchoolFacts } from '../../../src/services/register/schoolFacts';
import { reportingSources } from '../../../src/services/register/reportingSources';
import { MemoryKeyValueStore } from '../../../src/services/drafts/IBlockStore';
import { SiteService } from '../../../src/services/sharepoint/SiteService';
import { SchoolService } from '../../../src/services/school/SchoolService';
import { seedProduct } from '../../../workbench/seed/productSeed';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';

/**
 * Milestones from a real draft: Oakfield's seeded policy, read through the school's own services, measured
 * against the published starter bank, then amended and trimmed by the school, reach the register as outcomes
 * without a word of the policy's text.
 */
jest.setTimeout(300_000);

const OAKFIELD = { key: stableGuid(`group:${SITES.oakfield}`), name: 'Oakfield Primary School' };
const SCHOOL_WORDING = 'At Oakfield, only the headteacher may approve a change to web filtering.';

describe('a school\'s milestones from its drafts', () => {
  let tenant: TestTenant;
  beforeAll(async () => {
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
    await new RegisterService(tenant.sp(SITES.bank, PEOPLE.officer)).enrolSchool(OAKFIELD);
  }, 300_000);
  afterAll(async () => { await tenant.close(); });

  it('reports each bank statement as kept, amended or left out, and the register holds no text', async () => {
    const sp = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead);
    const school = new SchoolService(sp, `${tenant.url}${SITES.oakfield}`);
    const approvals = new ApprovalService(sp, { notify: async () => [] }, { deepLink: () => '', webUrl: () => '' });
    const sources = { school, approvals, publishing: new PublishService(sp, approvals, async () => 'Europe/London') };
    const bank = await new BankService(tenant.sp(SITES.bank, PEOPLE.oakfieldHead), `${tenant.url}${SITES.bank}`).loadPublished();

    const before = await readSchoolFacts(sources);
    expect(before).toHaveLength(1);
    const fresh = buildReport(undefined, before, bank, '2026-03-01T09:00:00Z');
    const outcomes = Object.values(fresh.documents[0].statements);
    expect(outcomes.length).toBeGreaterThan(10);
    expect(new Set(outcomes)).toEqual(new Set(['kept']));
    expect(fresh.documents[0]).toMatchObject({ kind: 'Policy', templateKey: 'policy-primary', release: bank.releases[0].label });
    expect(fresh.adoptions.map(a => a.release)).toEqual([bank.releases[0].label]);

    // The school rewrites one statement and leaves another out.
    const statements = before[0].blocks.filter(b => b.kind === 'Statement' && b.itemId !== undefined && b.version !== undefined);
    const [amend, drop] = statements.filter(b => !b.mandatory);
    await school.blocks().updateBlock(amend.itemId as number, amend.version as number, { text: SCHOOL_WORDING });
    await school.blocks().updateBlock(drop.itemId as number, drop.version as number, { included: false });
    const report = buildReport(fresh, await readSchoolFacts(sources), bank, '2026-03-02T09:00:00Z');
    expect(report.documents[0].statements[amend.sourceKey as string]).toBe('amended');
    expect(report.documents[0].statements[drop.sourceKey as string]).toBe('leftOut');

    await new RegisterService(tenant.sp(SITES.bank, PEOPLE.oakfieldHead)).sendReport(OAKFIELD.key, report);
    const raw = await tenant.sp(SITES.bank, PEOPLE.officer).web.lists.getByTitle(`School Register ${OAKFIELD.key}`).items.select('Report')<{ Report: string }[]>();
    const stored = raw.map(r => r.Report).join('\n');
    expect(stored).toContain(amend.sourceKey as string);
    for (const text of [SCHOOL_WORDING, amend.baseText, drop.baseText, 'Online safety policy', 'Helen', 'Oakfield']) expect(stored).not.toContain(text);
  });

  it('knows the school as its Team under the profile\'s name, on a SharePoint page as in Teams', async () => {
    const sp = tenant.sp(SITES.oakfield, PEOPLE.oakfieldDsl);
    const school = new SchoolService(sp, `${tenant.url}${SITES.oakfield}`);
    const approvals = new ApprovalService(sp, { notify: async () => [] }, { deepLink: () => '', webUrl: () => '' });
    const services = {
      school, approvals, publishing: new PublishService(sp, approvals, async () => 'Europe/London'), site: new SiteService(sp), host: {},
      bank: new BankService(tenant.sp(SITES.bank, PEOPLE.oakfieldDsl), `${tenant.url}${SITES.bank}`), keyValueStore: new MemoryKeyValueStore()
    };
    const register = new RegisterService(tenant.sp(SITES.bank, PEOPLE.oakfieldDsl));
    expect(await reportingSources(services, register).identity()).toEqual(OAKFIELD);
    expect(await reportingSources({ ...services, host: { teams: { groupId: OAKFIELD.key.toUpperCase() } } }, register).identity()).toEqual(OAKFIELD);
    expect((await reportingSources(services, register).facts())[0].kind).toBe('Policy');
  });
});
