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
  /** The person's own groups' titles when a screen read them together with its other reads (undefined: ask). */
  private ownGroups: Promise<string[]> | undefined;

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
    this.ownGroups = undefined;
    this.groups.clear();
  }

  /**
   * Keeps what a screen read together with its other reads (one `$batch`, see `readTogether`): the person's access
   * and the titles of their own groups, so neither is read again while the page is open. A failed read is forgotten.
   */
  remember(access: Promise<SchoolAccess>, ownGroups?: Promise<string[]>): void {
    // Kept once answered: a read queued in a `$batch` that is never sent is never answered.
    access.then(value => { this.accessOnce = Promise.resolve(value); }, () => undefined);
    ownGroups?.then(titles => {
      this.ownGroups = Promise.resolve(titles);
      this.groups.clear();
    }, () => undefined);
  }

  private membership(groupName: string): Promise<boolean> {
    const key = groupName.toLowerCase();
    let member = this.groups.get(key);
    if (!member) {
      // A failed read (or a group that is gone) makes them not an approver; SharePoint still decides who may decide.
      const known = this.ownGroups;
      member = (known ? known.then(titles => titles.some(t => t.toLowerCase() === key)) : this.isApprover(groupName)).catch(() => false);
      this.groups.set(key, member);
    }
    return member;
  }
}
