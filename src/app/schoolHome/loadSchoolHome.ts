import type { Bank } from '../../domain/bank/BankModel';
import { parseSubEntity } from '../../domain/approval/deepLink';
import { queueDraftOpening } from '../draftEditor/draftOpening';
import { nextSetupStep, setupProgress } from '../../domain/school/setupSteps';
import { DEFAULT_SITE_ZONE } from '../../domain/time/siteZone';
import { describeError } from '../../services/errors/describeError';
import type { AppServices } from '../AppServices';
import type { CurrentUser, SiteSummary } from '../../services/sharepoint/ISiteService';
import { documentRows, pendingDecisions, type BankCheck, type SchoolHomeData } from './schoolHomeModel';

/** The services the school's home reads and acts through. */
export type SchoolHomeServices = Pick<AppServices, 'host' | 'site' | 'bank' | 'school' | 'approvals' | 'publishing' | 'roles' | 'navigation' | 'readTogether' | 'keyValueStore' | 'reviewReminders'>;

/** The site has no lists yet and this person cannot create them: whom to ask. */
export interface NotSetUp {
  notSetUp: true;
  owners: string[];
}

/**
 * Whether the bank has a published release, or why the bank site could not be read (shown on the bank step, not
 * thrown); with `withBank`, its published content too (a new document or a draft is built from it). The home alone
 * needs only the release: one small GET instead of the whole bank (issue 16: 500 statements are ~80 KB on the wire).
 */
async function checkBank(services: SchoolHomeServices, withBank: boolean): Promise<{ bank?: Bank; check: BankCheck }> {
  const siteUrl = services.bank.siteUrl;
  try {
    if (!withBank) return { check: { siteUrl, release: await services.bank.latestRelease() } };
    const bank = await services.bank.loadPublished();
    const latest = bank.releases[bank.releases.length - 1];
    return { bank, check: { siteUrl, release: latest && bank.templates.length > 0 ? latest.label : undefined } };
  } catch (error) {
    return { check: { siteUrl, failure: describeError(error) } };
  }
}

/** A read's outcome, so a read that fails (a list not made yet) is looked at only when it matters. */
type Settled<T> = Promise<{ ok: true; value: T } | { ok: false; error: unknown }>;
function settle<T>(read: Promise<T>): Settled<T> {
  return read.then(value => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));
}
async function valueOf<T>(read: Settled<T>): Promise<T> {
  const outcome = await read;
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

/**
 * Everything the home reads from the school site, queued together: one `$batch` (issue 16's opening budget). The
 * site and the person (the shell's greeting), their access and own groups (their roles: read once, kept by
 * `RoleService`), the profile, drafts, site groups, time zone, publications, and the rounds with the snapshots'
 * folder. The lists' reads fail on a site not set up yet; they are looked at only when the lists exist.
 */
function readOpening(services: SchoolHomeServices) {
  const { school, site, roles, approvals, publishing } = services;
  const draftId = deepLinkedDraft(services);
  return services.readTogether(together => {
    const access = school.access(together);
    roles.remember(access, approvals.myGroups(together));
    // A deep link straight to a draft: the editor's first reads join this `$batch`, and the documents' outcomes
    // (a second `$batch`, for the home behind the editor) are left until the person goes home (issue 16).
    if (draftId !== undefined) queueDraftOpening(services, draftId, together);
    return {
      siteAndUser: settle(site.getSiteAndUser(together)),
      access: settle(access),
      profile: settle(school.loadProfile(together)),
      drafts: settle(school.listDrafts(together)),
      groups: settle(school.siteGroups(together)),
      zone: settle(site.timeZone(together)),
      published: settle(publishing.published(together)),
      outcomes: settle(draftId !== undefined ? Promise.resolve(new Map() as Outcomes) : approvals.latestOutcomes(undefined, together))
    };
  });
}
type Outcomes = Awaited<ReturnType<SchoolHomeServices['approvals']['latestOutcomes']>>;

/** Apps whose first opening has been read: a deep link is followed by the first opening only. */
const openedOnce = new WeakSet<SchoolHomeServices>();

/** The draft the app was opened on by a deep link (`draft:<id>`), for its first opening only. */
function deepLinkedDraft(services: SchoolHomeServices): number | undefined {
  if (openedOnce.has(services)) return undefined;
  openedOnce.add(services);
  const target = parseSubEntity(services.host.subEntityId ?? services.host.teams?.subEntityId);
  return target?.kind === 'draft' ? target.draftId : undefined;
}
type Opening = ReturnType<typeof readOpening>;

/** The opening a screen started before the home asked for it (the shell starts it: see `startSchoolOpening`). */
const started = new WeakMap<SchoolHomeServices, Opening>();

/**
 * Starts the home's opening reads now, so the shell's greeting (the site and the person) comes from the same
 * `$batch` as the home's content; the home's first load then takes them instead of reading again. A failed opening
 * is forgotten, so trying again reads again.
 */
export async function startSchoolOpening(services: SchoolHomeServices): Promise<{ site: SiteSummary; user: CurrentUser }> {
  let opening = started.get(services);
  if (!opening) {
    opening = readOpening(services);
    started.set(services, opening);
    opening.catch(() => started.delete(services));
  }
  return valueOf((await opening).siteAndUser);
}

/**
 * Reads the school's home: who the person is, the profile, documents, rounds, publications and the bank's release;
 * the bank's content too with `withBank` (a deep link to a draft; otherwise the controller reads it when needed).
 */
export async function loadSchoolHome(services: SchoolHomeServices, options: { withBank?: boolean } = {}): Promise<SchoolHomeData | NotSetUp> {
  const opening = started.get(services) ?? readOpening(services);
  started.delete(services);
  // The bank is another site: its own `$batch`, sent alongside the school's.
  const bankRead = checkBank(services, options.withBank === true);
  const reads = await opening;
  const { roles, site } = services;
  const access = await valueOf(reads.access);
  const siteTitle = (await valueOf(reads.siteAndUser)).site.title;
  if (access.missingLists.length > 0) {
    if (!access.canProvision) return { notSetUp: true, owners: await site.owners() };
    const [{ bank, check }, person] = await Promise.all([bankRead, roles.current('')]);
    const progress = setupProgress({ missingLists: access.missingLists.length, bankReady: Boolean(check.release), documents: 0 });
    return { person, siteTitle, rows: [], published: [], pending: [], bank, bankCheck: check, groups: [], zone: DEFAULT_SITE_ZONE, owners: access.owners, progress, nextStep: nextSetupStep(progress) };
  }
  const [profile, drafts, groups, zone, published, outcomes, { bank, check }] = await Promise.all([
    valueOf(reads.profile), valueOf(reads.drafts), valueOf(reads.groups), valueOf(reads.zone), valueOf(reads.published), valueOf(reads.outcomes), bankRead
  ]);
  const person = await roles.current(profile.approversGroup);
  const progress = setupProgress({ missingLists: 0, bankReady: Boolean(check.release), profile, documents: drafts.length });
  return {
    // Only someone who cannot finish the profile needs to know whom to ask: the owners are read for them alone.
    owners: !access.canProvision && !progress.profile ? await site.owners() : access.owners,
    person, siteTitle, profile, rows: documentRows(drafts, outcomes, published, new Date(), { setting: profile.setting, bank }), published, pending: pendingDecisions(access.userId, drafts, outcomes),
    bank, bankCheck: check, groups, zone, progress, nextStep: nextSetupStep(progress)
  };
}
