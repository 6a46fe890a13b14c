import type { Role } from '../../domain/roles/roles';
import type { SchoolAccess } from '../school/ISchoolService';

/** What the app knows about the signed-in person on this site. */
export interface CurrentPerson {
  access: SchoolAccess;
  roles: Role[];
}

/** The signed-in person's roles on this site, read once while the page is open (`RoleService`). */
export interface IRoleService {
  /** The person's access and roles; the approvers group comes from the school profile. */
  current(approversGroup: string): Promise<CurrentPerson>;
  /** The person's access to this site (lists missing, may provision, may edit). */
  access(): Promise<SchoolAccess>;
  /**
   * Takes the person's access and groups from reads queued elsewhere (the opening `$batch`, see `readTogether`), so
   * they are not read again; kept once answered.
   */
  remember(access: Promise<SchoolAccess>, ownGroups?: Promise<string[]>): void;
  /** Forget what was read (after provisioning or a change of approvers group). */
  refresh(): void;
}
