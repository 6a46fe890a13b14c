import { createAppServices } from '../../../src/app/createAppServices';
import { SchoolHomeController } from '../../../src/app/schoolHome/SchoolHomeController';
import type { SchoolHomeData } from '../../../src/app/schoolHome/schoolHomeModel';
import { formatSubEntity, teamsDeepLink } from '../../../src/domain/approval/deepLink';
import { STARTER_PACK_VERSION } from '../../../src/content/starterPack';
import { editStatement } from '../../../src/domain/bank/bankCommands';
import { BankService } from '../../../src/services/bank/BankService';
import { MemoryKeyValueStore } from '../../../src/services/drafts/IBlockStore';
import { SchoolService } from '../../../src/services/school/SchoolService';
import { localGraph, localSp } from '../../../workbench/client/localClients';
import { seedProduct } from '../../../workbench/seed/productSeed';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';

/**
 * The school's home as its controller runs it, through the services the composition root builds, against the local
 * server. Riverside's site has no lists (the seed sets up only the bank and Oakfield): a school's first day.
 */
// Creating a school's lists takes a few hundred requests on a shared machine: generous and explicit.
jest.setTimeout(240_000);

describe('SchoolHomeController against the local server', () => {
  let tenant: TestTenant;

  /** The services as `createAppServices` makes them for Riverside's site, signed in as `login`. */
  const controllerFor = (login: string, graphScopes?: string): SchoolHomeController => {
    const siteUrl = `${tenant.url}${SITES.riverside}`;
    const webUrl = (target: Parameters<typeof formatSubEntity>[0]): string => `${siteUrl}/_layouts/15/workbench.aspx?subEntityId=${encodeURIComponent(formatSubEntity(target))}`;
    const services = createAppServices(
      { site: localSp(tenant.url, SITES.riverside, login), bank: localSp(tenant.url, SITES.bank, login), bankSiteUrl: `${tenant.url}${SITES.bank}` },
      localGraph(tenant.url, login, graphScopes ? { 'X-Local-Graph-Scopes': graphScopes } : undefined),
      { kind: 'SharePoint', locale: 'en-GB', theme: 'default', siteUrl },
      { links: { webUrl, deepLink: (target, label) => teamsDeepLink({ appId: 'local-app', entityId: 'esafety-policy-hub', webUrl: webUrl(target), label, subEntity: target }) }, keyValueStore: new MemoryKeyValueStore() }
    );
    return new SchoolHomeController(services);
  };
  const tenantSchool = (): SchoolService => new SchoolService(tenant.sp(SITES.riverside, PEOPLE.riversideHead), `${tenant.url}${SITES.riverside}`);
  const ready = (controller: SchoolHomeController): SchoolHomeData => {
    const load = controller.state.load;
    if (load.status !== 'ready') throw new Error(`expected the home to be ready, got ${JSON.stringify(load)}`);
    return load.data;
  };

  beforeAll(async () => {
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
  }, 120_000);
  afterAll(async () => { await tenant.close(); });

  it('tells a member who cannot set the site up that an owner must, naming the owners only where Graph may read them', async () => {
    const member = controllerFor(PEOPLE.riversideDsl);
    await member.refresh();
    // Riverside's owners reach the site as the Team's owners claim, so SharePoint names no person; the app asks
    // Graph for no scope that could (README, least privilege): the member is still told to ask an owner.
    expect(member.state.load).toEqual({ status: 'notSetUp', owners: [] });

    // Every SPFx solution shares one Graph grant (TENANT-FACTS): where it holds GroupMember.Read.All, the owner is named.
    const withGrant = controllerFor(PEOPLE.riversideDsl, 'User.ReadBasic.All,GroupMember.Read.All');
    await withGrant.refresh();
    expect(withGrant.state.load).toEqual({ status: 'notSetUp', owners: ['Daniel Price'] });
  });

  it('takes the owner from an empty site through set-up, profile and approvers to a new document that appears on the home', async () => {
    const owner = controllerFor(PEOPLE.riversideHead);
    const seen: string[] = [];
    owner.subscribe(() => { if (owner.state.working?.label) seen.push(owner.state.working.label); });
    await owner.refresh();
    expect(ready(owner)).toMatchObject({ nextStep: 'lists', progress: { lists: false, bank: true } });

    await owner.takeStep('lists');
    expect(owner.state.setupFailure).toBeUndefined();
    expect(owner.state.working).toBeUndefined();
    expect(seen.length).toBeGreaterThan(0);
    expect(ready(owner)).toMatchObject({ nextStep: 'profile', progress: { lists: true, bank: true, profile: false } });
    expect(ready(owner).person.roles).toContain('Owner');
    expect(ready(owner).groups).toContain('Riverside Governors');

    await owner.takeStep('profile');
    expect(owner.state.panel).toBe('profile');
    const profile = { ...ready(owner).profile!, setting: 'Secondary' as const, schoolName: 'Riverside Secondary School', headteacherName: 'Daniel Price', dslName: 'Grace Li' };
    // A profile that could not be saved as it is never reaches SharePoint (the form says why as it is typed).
    expect(await owner.saveProfile({ ...profile, website: 'javascript:alert(1)' })).toBe(false);
    expect(owner.state.panelIssue).toEqual({ kind: 'invalidProfile' });
    expect(ready(owner).progress.profile).toBe(false);
    expect(await owner.saveProfile({ ...profile, email: 'not-an-email' })).toBe(false);
    expect(await owner.saveProfile(profile)).toBe(true);
    expect(owner.state).toMatchObject({ panel: 'none', notice: 'profileSaved', panelBusy: false });
    expect(ready(owner)).toMatchObject({ nextStep: 'approvers', progress: { profile: true, approvers: false } });

    await owner.takeStep('approvers');
    expect(await owner.saveProfile({ ...ready(owner).profile!, approversGroup: 'Riverside Governors' })).toBe(true);
    expect(ready(owner)).toMatchObject({ nextStep: 'firstDraft', progress: { approvers: true } });
    // The home reads only the bank's newest release; its content is read when the new-document panel needs it.
    expect(ready(owner).bank).toBeUndefined();
    expect(ready(owner).bankCheck.release).toBe(STARTER_PACK_VERSION);

    // The officer publishes a release that changes a statement but no template: a draft started now is built from
    // it, so it must say so (the template's own release label, the seed's, would be wrong).
    const officer = new BankService(tenant.sp(SITES.bank, PEOPLE.officer), `${tenant.url}${SITES.bank}`);
    const working = await officer.load();
    const statement = working.statements.find(s => s.published && !s.working.retired)!;
    await officer.publish(await officer.save(working, editStatement(working, statement.key, { text: `${statement.working.text} Reviewed.` })), '2026.3', 'One statement clarified.');
    await owner.refresh();

    await owner.takeStep('firstDraft');
    expect(owner.state.panel).toBe('new');
    const template = ready(owner).bank!.templates.find(t => t.published && t.working.body.kind === 'Policy' && t.working.setting === 'Secondary')!;
    expect(template.published!.releaseLabel).not.toBe('2026.3');
    const id = await owner.createDocument(template.key, 'Online safety policy 2026');
    expect(id).toEqual(expect.any(Number));
    expect(owner.state.screen).toEqual({ kind: 'draft', draftId: id });

    await owner.backHome();
    expect(owner.state.screen).toEqual({ kind: 'home' });
    expect(ready(owner).nextStep).toBeUndefined();
    expect(ready(owner).rows).toEqual([expect.objectContaining({ id, title: 'Online safety policy 2026', kind: 'Policy', state: 'Draft', bankRelease: '2026.3', settingMismatch: undefined })]);

    // The draft's things to fix fill empty profile fields where they show: saved over the profile as read (nothing
    // else changes), the new profile in the home's data at once for the open editor, and checked as the form checks.
    const before = ready(owner).profile!;
    expect(await owner.fillProfile({ deputyDslName: 'Sam Patel', phone: '01632 960456' })).toBeUndefined();
    expect(ready(owner).profile).toEqual({ ...before, deputyDslName: 'Sam Patel', phone: '01632 960456' });
    expect(await tenantSchool().loadProfile()).toEqual({ ...before, deputyDslName: 'Sam Patel', phone: '01632 960456' });
    expect(await owner.fillProfile({ email: 'not-an-email' })).toMatchObject({ kind: 'invalid', code: 'draft.fillDetails.invalid' });
    expect((await tenantSchool().loadProfile()).email).toBe(before.email);

    // A second document may not take the first one's name, whatever its case and spaces.
    owner.showPanel('new');
    expect(await owner.createDocument(template.key, '  online SAFETY policy 2026 ')).toBeUndefined();
    expect(owner.state).toMatchObject({ panel: 'new', panelIssue: { kind: 'duplicateName', existing: 'Online safety policy 2026' } });
    owner.showPanel('none');

    // The school turns out to be a primary: the secondary draft is flagged on the home until it is replaced.
    expect(await owner.saveProfile({ ...ready(owner).profile!, setting: 'Primary' })).toBe(true);
    expect(ready(owner).rows[0].settingMismatch).toEqual({ template: 'Secondary', school: 'Primary' });
    expect(await owner.saveProfile({ ...ready(owner).profile!, setting: 'Secondary' })).toBe(true);
    expect(ready(owner).rows[0].settingMismatch).toBeUndefined();
    expect((await tenantSchool().listDrafts()).length).toBe(1);
    // What the controller did is on the site, read by another client.
    expect(await tenantSchool().loadProfile()).toMatchObject({ schoolName: 'Riverside Secondary School', approversGroup: 'Riverside Governors' });
  });

  it('keeps a failed save on the panel as a Failure, never as raw text, and keeps the panel open', async () => {
    // A site member (not an owner) may not change the profile item: SharePoint refuses, the panel says so.
    const member = controllerFor(PEOPLE.riversideDsl);
    await member.refresh();
    const data = ready(member);
    member.showPanel('profile');
    expect(await member.saveProfile({ ...data.profile!, schoolName: 'Renamed by a member' })).toBe(false);
    expect(member.state.panel).toBe('profile');
    expect(member.state.panelFailure).toMatchObject({ kind: expect.stringMatching(/accessDenied|notFound/) });
    // From a draft's things to fix, too: the refusal comes back as a Failure to show, and the profile is unchanged.
    expect(await member.fillProfile({ deputyDslName: 'Filled by a member' })).toMatchObject({ kind: expect.stringMatching(/accessDenied|notFound/) });
    expect(ready(member).profile!.deputyDslName).not.toBe('Filled by a member');
  });
});
