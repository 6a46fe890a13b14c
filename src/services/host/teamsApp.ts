/**
 * Facts about our Teams app that the code and the Teams manifest share. The package build fills the
 * manifest template from these, and deep links are built with them.
 */

/** The personal tab's entity id: deep links to a round open this tab with the round as the sub-entity. */
export const TEAMS_PERSONAL_ENTITY_ID = 'esafety-policy-hub';

/** The activity types the approval flow sends (declared in the manifest's `activities`). */
export const ACTIVITY_TYPES = ['approvalRequested', 'approvalReminder', 'changesRequested', 'policyApproved', 'approvalWithdrawn', 'roundClosed', 'decisionRecorded', 'acknowledgementRequested', 'acknowledgementReminder', 'reviewReminder'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
