import { emptyProfile, type ApprovalRule, type SchoolProfile } from '../../domain/school/SchoolProfile';
import { isSchoolSetting } from '../../domain/school/SchoolSetting';

/** SharePoint's shape of the "School Profile" item. */
export interface ProfileItem {
  Id: number;
  'odata.etag'?: string;
  Title: string | null;
  SchoolSetting: string | null;
  HeadteacherName: string | null;
  DSLName: string | null;
  DeputyDSLName: string | null;
  OnlineSafetyLead: string | null;
  ChairOfGovernors: string | null;
  LinkGovernor: string | null;
  ITServiceProvider: string | null;
  SchoolWebsite: string | null;
  SchoolAddress: string | null;
  SchoolPhone: string | null;
  SchoolEmail: string | null;
  LocalAuthority: string | null;
  ReviewPeriodMonths: number | null;
  ApproversGroup: string | null;
  ApprovalRule: string | null;
}

export const PROFILE_SELECT = ['Id', 'Title', 'SchoolSetting', 'HeadteacherName', 'DSLName', 'DeputyDSLName', 'OnlineSafetyLead', 'ChairOfGovernors', 'LinkGovernor',
  'ITServiceProvider', 'SchoolWebsite', 'SchoolAddress', 'SchoolPhone', 'SchoolEmail', 'LocalAuthority', 'ReviewPeriodMonths', 'ApproversGroup', 'ApprovalRule'];

const RULES: ApprovalRule[] = ['All', 'Majority', 'Any'];

export function toProfile(item: ProfileItem | undefined): SchoolProfile {
  if (!item) return emptyProfile();
  const base = emptyProfile(isSchoolSetting(item.SchoolSetting) ? item.SchoolSetting : 'Primary');
  return {
    ...base, schoolName: item.Title ?? '', headteacherName: item.HeadteacherName ?? '', dslName: item.DSLName ?? '', deputyDslName: item.DeputyDSLName ?? '',
    onlineSafetyLead: item.OnlineSafetyLead ?? '', chairOfGovernors: item.ChairOfGovernors ?? '', linkGovernor: item.LinkGovernor ?? '',
    itServiceProvider: item.ITServiceProvider ?? '', website: item.SchoolWebsite ?? '', address: item.SchoolAddress ?? '', phone: item.SchoolPhone ?? '',
    email: item.SchoolEmail ?? '', localAuthority: item.LocalAuthority ?? '', reviewPeriodMonths: item.ReviewPeriodMonths ?? 12,
    approversGroup: item.ApproversGroup ?? '', approvalRule: RULES.includes(item.ApprovalRule as ApprovalRule) ? (item.ApprovalRule as ApprovalRule) : 'Majority'
  };
}

export function profileColumns(profile: SchoolProfile): Record<string, unknown> {
  return {
    Title: profile.schoolName, SchoolSetting: profile.setting, HeadteacherName: profile.headteacherName, DSLName: profile.dslName, DeputyDSLName: profile.deputyDslName,
    OnlineSafetyLead: profile.onlineSafetyLead, ChairOfGovernors: profile.chairOfGovernors, LinkGovernor: profile.linkGovernor, ITServiceProvider: profile.itServiceProvider,
    SchoolWebsite: profile.website, SchoolAddress: profile.address, SchoolPhone: profile.phone, SchoolEmail: profile.email, LocalAuthority: profile.localAuthority,
    ReviewPeriodMonths: profile.reviewPeriodMonths, ApproversGroup: profile.approversGroup, ApprovalRule: profile.approvalRule
  };
}
