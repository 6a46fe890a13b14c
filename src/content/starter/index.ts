import type { StarterSection } from './StarterContentTypes';
import { purposeScopeSection } from './sections/purposeScope';
import { rolesResponsibilitiesSection } from './sections/rolesResponsibilities';
import { onlineRisksSection } from './sections/onlineRisks';
import { teachingOnlineSafetySection } from './sections/teachingOnlineSafety';
import { trainingStaffGovernorsSection } from './sections/trainingStaffGovernors';
import { filteringMonitoringSection } from './sections/filteringMonitoring';
import { cyberSecurityDataSection } from './sections/cyberSecurityData';
import { mobilePhonesSmartTechSection } from './sections/mobilePhonesSmartTech';
import { generativeAiSection } from './sections/generativeAi';
import { photosVideoSection } from './sections/photosVideo';
import { communicationSocialMediaSection } from './sections/communicationSocialMedia';
import { remoteLearningSection } from './sections/remoteLearning';
import { respondingToIncidentsSection } from './sections/respondingToIncidents';
import { searchingConfiscationSection } from './sections/searchingConfiscation';
import { workingWithParentsSection } from './sections/workingWithParents';
import { monitoringReviewSection } from './sections/monitoringReview';
import { aupEarlyYearsKs1Section } from './sections/aupEarlyYearsKs1';
import { aupKs2Section } from './sections/aupKs2';
import { aupKs3to5Section } from './sections/aupKs3to5';
import { aupStaffVolunteersSection } from './sections/aupStaffVolunteers';
import { aupGovernorsSection } from './sections/aupGovernors';
import { aupVisitorsSection } from './sections/aupVisitors';
import { aupParentsCarersSection } from './sections/aupParentsCarers';

export { STARTER_LETTERS } from './letters';
export { STARTER_RISK_ASSESSMENT } from './riskAssessment';
export { STARTER_RESOURCES } from './resources';
export { STARTER_INCIDENT_FLOWCHART } from './incidentFlowchart';

/** The 16 sections of the starter online-safety policy, in the order the policy presents them. */
export const STARTER_POLICY_SECTIONS: StarterSection[] = [
  purposeScopeSection,
  rolesResponsibilitiesSection,
  onlineRisksSection,
  teachingOnlineSafetySection,
  trainingStaffGovernorsSection,
  filteringMonitoringSection,
  cyberSecurityDataSection,
  mobilePhonesSmartTechSection,
  generativeAiSection,
  photosVideoSection,
  communicationSocialMediaSection,
  remoteLearningSection,
  respondingToIncidentsSection,
  searchingConfiscationSection,
  workingWithParentsSection,
  monitoringReviewSection
];

/** One acceptable use agreement per audience, in the order of AUP_AUDIENCES (youngest first). */
export const STARTER_AUP_SECTIONS: StarterSection[] = [
  aupEarlyYearsKs1Section,
  aupKs2Section,
  aupKs3to5Section,
  aupStaffVolunteersSection,
  aupGovernorsSection,
  aupVisitorsSection,
  aupParentsCarersSection
];
