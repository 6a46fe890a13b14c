import type { SchoolProfile } from './SchoolProfile';

/** Why a profile field cannot be saved as it is (each has a sentence in `strings.school.profileForm.problems`). */
export type ProfileProblem = 'required' | 'email' | 'website' | 'websiteScheme' | 'setting';

/** The profile fields a problem can be on. */
export type ProfileProblemField = keyof SchoolProfile;

/** The fields every document needs: the setup guide counts the profile done when they are filled. */
export const REQUIRED_PROFILE_FIELDS = ['schoolName', 'headteacherName', 'dslName'] as const;

/**
 * One address with a local part, an `@` and a dotted domain, no spaces. Deliberately simple (RFC 5322 allows far
 * more): it catches "not-an-email" and typos such as a missing domain, which is what a person filling a form needs.
 */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;

/** A website must be a web address: http or https only (a `javascript:` or `data:` link would run when clicked). */
function websiteProblem(value: string): ProfileProblem | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // "www.school.sch.uk" without a scheme: a person types this; it is not a link yet, so say how to make it one.
    return 'website';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'websiteScheme';
  return url.hostname.includes('.') ? undefined : 'website';
}

/**
 * What stops a profile from being saved, field by field (empty when it can be saved). `settingChosen` is false until
 * the person has picked the school's setting themselves: the setting picks the template, so it is never assumed.
 */
export function profileProblems(profile: SchoolProfile, options: { settingChosen?: boolean } = {}): Partial<Record<ProfileProblemField, ProfileProblem>> {
  const problems: Partial<Record<ProfileProblemField, ProfileProblem>> = {};
  if (options.settingChosen === false) problems.setting = 'setting';
  for (const key of REQUIRED_PROFILE_FIELDS) if (!profile[key].trim()) problems[key] = 'required';
  const email = profile.email.trim();
  if (email && !EMAIL.test(email)) problems.email = 'email';
  const website = profile.website.trim();
  if (website) {
    const problem = websiteProblem(website);
    if (problem) problems.website = problem;
  }
  return problems;
}
