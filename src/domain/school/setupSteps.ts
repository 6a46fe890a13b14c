import type { SchoolProfile } from './SchoolProfile';

/** The first-run steps on a new school site, in the order an owner takes them. */
export type SetupStep = 'lists' | 'bank' | 'profile' | 'approvers' | 'firstDraft';

export const SETUP_STEPS: readonly SetupStep[] = ['lists', 'bank', 'profile', 'approvers', 'firstDraft'];

/** What is known about the site when the app opens. */
export interface SetupFacts {
  missingLists: number;
  /** The bank site answered and has a published release. */
  bankReady: boolean;
  profile?: Pick<SchoolProfile, 'schoolName' | 'headteacherName' | 'dslName' | 'approversGroup'>;
  documents: number;
}

/** Which steps are done. A step is done by what the site holds, so the guide resumes where anyone left it. */
export function setupProgress(facts: SetupFacts): Record<SetupStep, boolean> {
  const profile = facts.profile;
  return {
    lists: facts.missingLists === 0,
    bank: facts.bankReady,
    profile: Boolean(profile && profile.schoolName.trim() && profile.headteacherName.trim() && profile.dslName.trim()),
    approvers: Boolean(profile?.approversGroup.trim()),
    firstDraft: facts.documents > 0
  };
}

/** The first step not yet done, or undefined when the site is set up. */
export function nextSetupStep(progress: Record<SetupStep, boolean>): SetupStep | undefined {
  return SETUP_STEPS.find(step => !progress[step]);
}
