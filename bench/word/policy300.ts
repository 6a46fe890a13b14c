import { OAKFIELD_PROFILE } from '../../workbench/seed/productSeed';
import { freezeDraft, type DraftSnapshot } from '../../src/domain/approval/snapshot';
import type { DocumentContext } from '../../src/domain/document/buildDocument';
import { assembleDraft } from '../../src/domain/draft/assembleDraft';
import { newCustomBlock } from '../../src/domain/draft/draftCommands';
import { mergeValuesFor, type SchoolProfile } from '../../src/domain/school/SchoolProfile';
import { formatDate } from '../../src/domain/time/formatDate';
import { starterBank } from '../../tests/drafts/starterBank';

/** Blocks in the benchmark policy. */
export const POLICY_BLOCKS = 300;

const PROFILE: SchoolProfile = { ...OAKFIELD_PROFILE, deputyDslName: 'Aisha Khan' };

/**
 * A 300-block secondary policy as a large school would send it for approval: the starter template's statements,
 * every seventh reworded by the school, and the school's own statements to make up the number.
 */
export function policyOf300(): DraftSnapshot {
  const draft = { ...assembleDraft(starterBank(), 'policy-secondary', PROFILE, 'Online safety policy'), id: 1, reviewDate: '2027-11-26' };
  draft.blocks.forEach((block, i) => {
    if (i % 7 === 0) block.content = { ...block.content, text: `${block.content.text} The school reviews this each term with its governors.` };
  });
  for (let n = 0; draft.blocks.length < POLICY_BLOCKS; n++) {
    const section = draft.sections[n % draft.sections.length];
    draft.blocks.push(newCustomBlock(draft.blocks, section, `Our own statement ${n}: staff record every online-safety concern on the school's safeguarding system on the day it is raised, and the designated safeguarding lead reviews the log each week.`, `c:bench-${n}`));
  }
  return freezeDraft(draft, draft.blocks, mergeValuesFor(PROFILE, { reviewDate: draft.reviewDate }));
}

/** The published policy's context: version, approval record and the school's changes as tracked changes. */
export function publishedContext(): DocumentContext {
  return {
    version: '2.0', showChanges: true, profile: PROFILE, reviewDate: '2027-11-26', now: '2026-11-26T10:00:00Z',
    formatDate: iso => formatDate(iso, 'Europe/London'),
    approval: { round: 1, rule: 'Majority', approvedOn: '2026-11-26T10:00:00Z', approvers: [
      { name: 'Margaret Lewis', decision: 'Approved', date: '2026-11-25T16:20:00Z' },
      { name: 'David Okafor', decision: 'Approved', date: '2026-11-26T10:00:00Z' }
    ] }
  };
}
