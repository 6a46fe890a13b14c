import type { AppServices } from '../../app/AppServices';
import type { ApprovalRound, RoundOutcome } from '../../domain/approval/ApprovalModel';
import type { Bank } from '../../domain/bank/BankModel';
import { documentState, reviewStatus } from '../../domain/publish/documentStatus';
import type { SchoolProfile } from '../../domain/school/SchoolProfile';
import { setupProgress } from '../../domain/school/setupSteps';
import { describeError, type Failure } from '../../services/errors/describeError';
import type { PublishedDocument } from '../../services/publish/PublishService';
import type { CurrentPerson } from '../../services/roles/RoleService';
import type { DraftSummary } from '../../services/school/ISchoolService';
import type { DocumentRow } from './DocumentList';
import type { PendingDecision } from './RoleHome';
import type { BankCheck } from './SetupGuide';
import { DEFAULT_SITE_ZONE } from '../../domain/time/siteZone';

/** Everything the school's home shows, read when the page opens (and again after a change). */
export interface SchoolHomeData {
  person: CurrentPerson;
  siteTitle: string;
  /** Undefined until the lists exist. */
  profile?: SchoolProfile;
  rows: DocumentRow[];
  published: PublishedDocument[];
  pending: PendingDecision[];
  /** The authority's published bank; undefined when the bank site could not be read (see bankCheck). */
  bank?: Bank;
  bankCheck: BankCheck;
  groups: string[];
  zone: string;
  /** The site's owners, read only when someone who cannot finish setting up needs to know whom to ask. */
  owners: string[];
}

/** The dashboard's rows: each draft with its derived state, its latest publication and its review date. */
export function documentRows(drafts: DraftSummary[], outcomes: Map<number, { round: ApprovalRound; outcome: RoundOutcome }>, published: PublishedDocument[], now = new Date()): DocumentRow[] {
  return drafts.map(draft => {
    const latest = outcomes.get(draft.id);
    const publication = [...published].filter(p => p.draftId === draft.id).sort((a, b) => (Number.parseFloat(b.version) || 0) - (Number.parseFloat(a.version) || 0))[0];
    return {
      ...draft,
      state: documentState(latest ? { number: latest.round.number, state: latest.outcome.state } : undefined, publication, draft.nextVersionOf),
      review: reviewStatus(publication?.reviewDate, now), reviewDate: publication?.reviewDate, publishedUrl: publication?.url, publishedVersion: publication?.version
    };
  });
}

/** Open rounds still waiting for this person's decision (derived outcomes: pending approvers are live group members). */
export function pendingDecisions(userId: number, drafts: DraftSummary[], outcomes: Map<number, { round: ApprovalRound; outcome: RoundOutcome }>): PendingDecision[] {
  return [...outcomes.entries()]
    .filter(([, { outcome }]) => outcome.state === 'Open' && outcome.pending.includes(userId))
    .map(([draftId, { round, outcome }]) => ({
      draftId, title: drafts.find(d => d.id === draftId)?.title ?? `#${draftId}`, round: round.number,
      approvals: outcome.approvals.length, needed: outcome.needed, dueDate: round.dueDate, overdue: outcome.overdue
    }));
}

async function checkBank(services: AppServices): Promise<{ bank?: Bank; check: BankCheck }> {
  try {
    const bank = await services.bank.loadPublished();
    const latest = bank.releases[bank.releases.length - 1];
    return { bank, check: { siteUrl: services.bank.siteUrl, release: latest && bank.templates.length > 0 ? latest.label : undefined } };
  } catch (error) {
    return { check: { siteUrl: services.bank.siteUrl, failure: describeError(error) } };
  }
}

/**
 * Who owns the site, for someone who cannot set it up. A Team's site lists its owners as the Microsoft 365 group's
 * owners claim, not as people: then the group's owners come from Graph.
 */
async function ownerNames(services: AppServices, listed: string[]): Promise<string[]> {
  if (listed.length > 0) return listed;
  try {
    const groupId = services.host.teams?.groupId ?? await services.site.teamGroupId();
    if (!groupId) return [];
    const owners = await services.graph.getAll<{ displayName?: string }>(`/groups/${encodeURIComponent(groupId)}/owners?$select=displayName`, 2);
    return owners.map(o => o.displayName ?? '').filter(Boolean);
  } catch {
    return [];
  }
}

/** Reads the school's home: who the person is (cached), then the profile, documents, rounds, publications and bank. */
export async function loadSchoolHome(services: AppServices): Promise<SchoolHomeData | { notSetUp: true; owners: string[] }> {
  const { school, roles } = services;
  const access = await roles.access();
  const siteTitle = (await services.site.getSiteAndUser()).site.title;
  if (access.missingLists.length > 0) {
    if (!access.canProvision) return { notSetUp: true, owners: await ownerNames(services, access.owners) };
    const [{ bank, check }, person] = await Promise.all([checkBank(services), roles.current('')]);
    return { person, siteTitle, rows: [], published: [], pending: [], bank, bankCheck: check, groups: [], zone: DEFAULT_SITE_ZONE, owners: access.owners };
  }
  const [profile, drafts, groups, zone, published, { bank, check }] = await Promise.all([
    school.loadProfile(), school.listDrafts(), school.siteGroups(), services.site.timeZone(), services.publishing.published(), checkBank(services)
  ]);
  const [outcomes, person] = await Promise.all([services.approvals.latestOutcomes(profile), roles.current(profile.approversGroup)]);
  const profileIncomplete = !setupProgress({ missingLists: 0, bankReady: true, profile, documents: drafts.length }).profile;
  return {
    owners: !access.canProvision && profileIncomplete ? await ownerNames(services, access.owners) : access.owners,
    person, siteTitle, profile, rows: documentRows(drafts, outcomes, published), published, pending: pendingDecisions(access.userId, drafts, outcomes),
    bank, bankCheck: check, groups, zone
  };
}

export type { Failure };
