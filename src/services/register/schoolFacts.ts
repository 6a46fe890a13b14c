import type { ApprovalRound, RoundOutcome } from '../../domain/approval/ApprovalModel';
import type { DocumentFacts } from '../../domain/register/milestones';
import type { SchoolProfile } from '../../domain/school/SchoolProfile';
import type { PublishedDocument } from '../../domain/publish/PublishedDocument';
import type { DraftSummary, ISchoolService } from '../school/ISchoolService';

/** What the school's milestones are read from: its drafts, their latest rounds and its publications. */
export interface SchoolFactsSources {
  school: Pick<ISchoolService, 'listDrafts' | 'openDraft' | 'loadProfile'>;
  approvals: { latestOutcomes(profile: SchoolProfile): Promise<Map<number, { round: ApprovalRound; outcome: RoundOutcome }>> };
  publishing: { published(): Promise<PublishedDocument[]> };
}

/**
 * One document's facts from what the school's site holds. Dates are the ones the site shows (the draft's and
 * round's Created, the decision date): school-reported facts for the authority's overview, which decide nothing.
 * A document is "published" once a publication of it exists; its date is the approval the publication carries.
 */
export function documentFacts(draft: DraftSummary, blocks: DocumentFacts['blocks'], latest: { round: ApprovalRound; outcome: RoundOutcome } | undefined, publications: PublishedDocument[]): DocumentFacts {
  const publication = [...publications].filter(p => p.draftId === draft.id).sort((a, b) => (Number.parseFloat(b.version) || 0) - (Number.parseFloat(a.version) || 0))[0];
  const approved = latest?.outcome.state === 'Approved' ? latest.outcome.decidedAt ?? latest.round.created : publication?.approvedOn;
  return {
    id: draft.id, kind: draft.kind, templateKey: draft.templateKey, bankRelease: draft.bankRelease, started: draft.created, blocks,
    ...(latest ? { submitted: latest.round.created } : {}),
    ...(approved ? { approved } : {}),
    ...(publication ? { published: publication.approvedOn ?? approved ?? draft.modified, reviewDue: publication.reviewDate } : {})
  };
}

/** Every document's facts (one request per draft for its blocks: reporting runs rarely, not on every page). */
export async function readSchoolFacts(sources: SchoolFactsSources): Promise<DocumentFacts[]> {
  const profile = await sources.school.loadProfile();
  const [drafts, outcomes, published] = await Promise.all([sources.school.listDrafts(), sources.approvals.latestOutcomes(profile), sources.publishing.published()]);
  const opened = await Promise.all(drafts.map(d => sources.school.openDraft(d.id)));
  return drafts.map((draft, i) => documentFacts(draft, opened[i].draft.blocks, outcomes.get(draft.id), published));
}
