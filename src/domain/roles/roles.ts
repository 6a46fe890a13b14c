/**
 * Who the signed-in person is to the product, derived only from what SharePoint says: their effective
 * permissions on the site and their membership of the approvers group. Never from anything the app wrote.
 */
export type Role = 'Officer' | 'Owner' | 'Editor' | 'Approver' | 'Visitor';

/** The SharePoint facts roles are read from (read once per page). */
export interface RoleFacts {
  /** The app runs on the authority's bank site. */
  isBankSite: boolean;
  /** May manage lists on this site (a site owner). */
  canManageSite: boolean;
  /** May edit list items on this site (a member). */
  canEditItems: boolean;
  /** Is in the SharePoint group the school named as its approvers. */
  inApproversGroup: boolean;
}

/** Every role the person holds here, most capable first. A headteacher can be an owner and an approver at once. */
export function rolesOf(facts: RoleFacts): Role[] {
  const roles: Role[] = [];
  if (facts.isBankSite && facts.canEditItems) roles.push('Officer');
  if (!facts.isBankSite && facts.canManageSite) roles.push('Owner');
  if (!facts.isBankSite && facts.canEditItems && !facts.canManageSite) roles.push('Editor');
  if (!facts.isBankSite && facts.inApproversGroup) roles.push('Approver');
  if (roles.length === 0) roles.push('Visitor');
  return roles;
}

/** The home a person lands on: what needs them first. Someone asked to decide sees that before anything else. */
export type HomeKind = 'Bank' | 'Decisions' | 'Dashboard' | 'MyDrafts' | 'Published';

export function homeFor(roles: Role[], pendingDecisions: number): HomeKind {
  if (roles.includes('Officer')) return 'Bank';
  if (pendingDecisions > 0 || (roles.includes('Approver') && !roles.includes('Owner') && !roles.includes('Editor'))) return 'Decisions';
  if (roles.includes('Owner')) return 'Dashboard';
  if (roles.includes('Editor')) return 'MyDrafts';
  return 'Published';
}
