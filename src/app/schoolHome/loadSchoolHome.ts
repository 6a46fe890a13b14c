import type { Bank } from '../../domain/bank/BankModel';
import { nextSetupStep, setupProgress } from '../../domain/school/setupSteps';
import { DEFAULT_SITE_ZONE } from '../../domain/time/siteZone';
import { describeError } from '../../services/errors/describeError';
import type { AppServices } from '../AppServices';
import { documentRows, pendingDecisions, type BankCheck, type SchoolHomeData } from './schoolHomeModel';

/** The services the school's home reads and acts through. */
export type SchoolHomeServices = Pick<AppServices, 'host' | 'site' | 'bank' | 'school' | 'approvals' | 'publishing' | 'roles' | 'navigation'>;

/** The site has no lists yet and this person cannot create them: whom to ask. */
export interface NotSetUp {
  notSetUp: true;
  owners: string[];
}

/** The bank's published content, or why the bank site could not be read (shown on the bank step, not thrown). */
async function checkBank(services: SchoolHomeServices): Promise<{ bank?: Bank; check: BankCheck }> {
  try {
    const bank = await services.bank.loadPublished();
    const latest = bank.releases[bank.releases.length - 1];
    return { bank, check: { siteUrl: services.bank.siteUrl, release: latest && bank.templates.length > 0 ? latest.label : undefined } };
  } catch (error) {
    return { check: { siteUrl: services.bank.siteUrl, failure: describeError(error) } };
  }
}

/** Reads the school's home: who the person is (cached), then the profile, documents, rounds, publications and bank. */
export async function loadSchoolHome(services: SchoolHomeServices): Promise<SchoolHomeData | NotSetUp> {
  const { school, roles, site } = services;
  const access = await roles.access();
  const siteTitle = (await site.getSiteAndUser()).site.title;
  if (access.missingLists.length > 0) {
    if (!access.canProvision) return { notSetUp: true, owners: await site.owners() };
    const [{ bank, check }, person] = await Promise.all([checkBank(services), roles.current('')]);
    const progress = setupProgress({ missingLists: access.missingLists.length, bankReady: Boolean(check.release), documents: 0 });
    return { person, siteTitle, rows: [], published: [], pending: [], bank, bankCheck: check, groups: [], zone: DEFAULT_SITE_ZONE, owners: access.owners, progress, nextStep: nextSetupStep(progress) };
  }
  const [profile, drafts, groups, zone, published, { bank, check }] = await Promise.all([
    school.loadProfile(), school.listDrafts(), school.siteGroups(), site.timeZone(), services.publishing.published(), checkBank(services)
  ]);
  const [outcomes, person] = await Promise.all([services.approvals.latestOutcomes(profile), roles.current(profile.approversGroup)]);
  const progress = setupProgress({ missingLists: 0, bankReady: Boolean(check.release), profile, documents: drafts.length });
  return {
    // Only someone who cannot finish the profile needs to know whom to ask: the owners are read for them alone.
    owners: !access.canProvision && !progress.profile ? await site.owners() : access.owners,
    person, siteTitle, profile, rows: documentRows(drafts, outcomes, published, new Date(), { setting: profile.setting, bank }), published, pending: pendingDecisions(access.userId, drafts, outcomes),
    bank, bankCheck: check, groups, zone, progress, nextStep: nextSetupStep(progress)
  };
}
