import { rolesOf, type Role } from '../../domain/roles/roles';
import type { ISchoolService, SchoolAccess } from '../school/ISchoolService';

/** What the app knows about the signed-in person on this site. */
export interface CurrentPerson {
  access: SchoolAccess;
  roles: Role[];
}

/**
 * The signed-in person's roles, read from SharePoint once and kept while the page is open: their effective
 * permissions on the site and whether they are in the approvers group. Refreshed only after something that
 * changes them (setting up the lists, naming another approvers group).
 */
export class RoleService {
  private accessOnce: Promise<SchoolAccess> | undefined;
  private readonly groups = new Map<string, Promise<number[]>>();

  constructor(
    private readonly school: Pick<ISchoolService, 'access'>,
    private readonly approverIds: (groupName: string) => Promise<number[]>,
    private readonly isBankSite: boolean
  ) {}

  /** The person's access and roles; the approvers group comes from the school profile. */
  async current(approversGroup: string): Promise<CurrentPerson> {
    const access = await this.access();
    const inApproversGroup = access.missingLists.length === 0 && approversGroup.trim() !== ''
      ? (await this.members(approversGroup)).includes(access.userId) : false;
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

  private members(groupName: string): Promise<number[]> {
    const key = groupName.toLowerCase();
    let members = this.groups.get(key);
    if (!members) {
      // A group that hides its members from this person (or is gone) makes them not an approver.
      members = this.approverIds(groupName).catch(() => []);
      this.groups.set(key, members);
    }
    return members;
  }
}
