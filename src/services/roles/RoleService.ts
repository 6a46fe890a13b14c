import { rolesOf } from '../../domain/roles/roles';
import type { ISchoolService, SchoolAccess } from '../school/ISchoolService';
import type { CurrentPerson, IRoleService } from './IRoleService';

// moved to IRoleService: remove after the screen lanes merge
export type { CurrentPerson } from './IRoleService';

/**
 * The signed-in person's roles, read from SharePoint once and kept while the page is open: their effective
 * permissions on the site and whether they are in the approvers group. Refreshed only after something that
 * changes them (setting up the lists, naming another approvers group).
 */
export class RoleService implements IRoleService {
  private accessOnce: Promise<SchoolAccess> | undefined;
  private readonly groups = new Map<string, Promise<boolean>>();

  /**
   * @param isApprover whether the signed-in person is in the named group: read from their own groups
   * (`web/currentUser/groups`), since a group may hide its members from everyone else.
   */
  constructor(
    private readonly school: Pick<ISchoolService, 'access'>,
    private readonly isApprover: (groupName: string) => Promise<boolean>,
    private readonly isBankSite: boolean
  ) {}

  /** The person's access and roles; the approvers group comes from the school profile. */
  async current(approversGroup: string): Promise<CurrentPerson> {
    const access = await this.access();
    const inApproversGroup = access.missingLists.length === 0 && approversGroup.trim() !== ''
      ? await this.membership(approversGroup) : false;
    return { access, roles: rolesOf({ isBankSite: this.isBankSite, canManageSite: access.canProvision, canEditItems: access.canEdit, inApproversGroup }) };
  }

  access(): Promise<SchoolAccess> {
    this.accessOnce ??= this.school.access().catch((error: unknown) => {
      // A failed read is not remembered: the next attempt asks SharePoint again.
      this.accessOnce = undefined;
      throw error;
    });
    return this.accessOnce;
  }

  /** Forget what was read (after provisioning or a change of approvers group). */
  refresh(): void {
    this.accessOnce = undefined;
    this.groups.clear();
  }

  private membership(groupName: string): Promise<boolean> {
    const key = groupName.toLowerCase();
    let member = this.groups.get(key);
    if (!member) {
      // A failed read (or a group that is gone) makes them not an approver; SharePoint still decides who may decide.
      member = this.isApprover(groupName).catch(() => false);
      this.groups.set(key, member);
    }
    return member;
  }
}
