import type { MergeField } from './MergeField';
import type { SchoolSetting } from './SchoolSetting';

/** How many approvals an approval round needs. */
export type ApprovalRule = 'All' | 'Majority' | 'Any';

/** The school's details, filled once; every document's merge fields come from here. */
export interface SchoolProfile {
  schoolName: string;
  setting: SchoolSetting;
  headteacherName: string;
  dslName: string;
  deputyDslName: string;
  onlineSafetyLead: string;
  chairOfGovernors: string;
  linkGovernor: string;
  itServiceProvider: string;
  website: string;
  address: string;
  phone: string;
  email: string;
  localAuthority: string;
  /** Months between reviews (12 by default). */
  reviewPeriodMonths: number;
  /** The SharePoint group whose members approve documents (e.g. "Governors"). */
  approversGroup: string;
  approvalRule: ApprovalRule;
}

/** A profile with nothing filled in but the defaults. */
export function emptyProfile(setting: SchoolSetting = 'Primary'): SchoolProfile {
  return {
    schoolName: '', setting, headteacherName: '', dslName: '', deputyDslName: '', onlineSafetyLead: '', chairOfGovernors: '',
    linkGovernor: '', itServiceProvider: '', website: '', address: '', phone: '', email: '', localAuthority: '', reviewPeriodMonths: 12,
    approversGroup: '', approvalRule: 'Majority'
  };
}

/** The merge-field values a profile (and the document's dates) provide. Empty values are left out, so they show as missing. */
export function mergeValuesFor(profile: SchoolProfile, dates: { reviewDate?: string; approvalDate?: string; letterDate?: string } = {}): Partial<Record<MergeField, string>> {
  const values: Partial<Record<MergeField, string>> = {
    SchoolName: profile.schoolName, HeadteacherName: profile.headteacherName, DSLName: profile.dslName, DeputyDSLName: profile.deputyDslName,
    OnlineSafetyLead: profile.onlineSafetyLead, ChairOfGovernors: profile.chairOfGovernors, LinkGovernor: profile.linkGovernor,
    ITServiceProvider: profile.itServiceProvider, SchoolWebsite: profile.website, SchoolAddress: profile.address, SchoolPhone: profile.phone,
    SchoolEmail: profile.email, LocalAuthority: profile.localAuthority, ReviewDate: dates.reviewDate, ApprovalDate: dates.approvalDate,
    LetterDate: dates.letterDate
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as Partial<Record<MergeField, string>>;
}

/** The date a year (or the review period) after `from`, as an ISO date (31 August + 6 months is 28 February, never into March). */
export function nextReviewDate(from: Date, months: number): string {
  const month = from.getUTCMonth() + Math.max(1, months);
  const lastDay = new Date(Date.UTC(from.getUTCFullYear(), month + 1, 0)).getUTCDate();
  const next = new Date(Date.UTC(from.getUTCFullYear(), month, Math.min(from.getUTCDate(), lastDay)));
  return next.toISOString().slice(0, 10);
}
