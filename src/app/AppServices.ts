import type { Strings } from '../loc/strings';
import type { IBankService } from '../services/bank/IBankService';
import type { IKeyValueStore } from '../services/drafts/IBlockStore';
import type { ISchoolService } from '../services/school/ISchoolService';
import type { IApprovalService } from '../services/approval/IApprovalService';
import type { LinkBuilder } from '../domain/approval/LinkBuilder';
import type { IPublishService } from '../services/publish/IPublishService';
import type { HostInfo } from '../services/host/HostInfo';
import type { ISiteService } from '../services/sharepoint/ISiteService';
import type { HostNavigation } from '../services/host/HostNavigation';
import type { IRoleService } from '../services/roles/IRoleService';
import type { SPFI } from '../services/sharepoint/pnp';
import type { IRegisterService } from '../services/register/IRegisterService';
import type { IAcknowledgementService } from '../services/acknowledgement/IAcknowledgementService';
import type { IReviewReminderService } from '../services/review/IReviewReminderService';
import type { ISitePagePublisher } from '../services/publish/ISitePagePublisher';

/**
 * Reads that go together: `work` queues reads on `site` (a batched root of this site, passed to the services' reads
 * that take one) without awaiting any of them; then one `$batch` answers them all. A read queued after that
 * `$batch` has gone would never be answered, so `work` must only queue (its results are awaited afterwards).
 */
export type ReadTogether = <T>(work: (site: SPFI) => T) => Promise<T>;

/**
 * Everything the React app is given by its composition root (the web part or the local workbench).
 * Components reach SharePoint and Graph only through these services, each held by its interface.
 */
export interface AppServices {
  host: HostInfo;
  strings: Strings;
  /** The site, the signed-in person and the site's owners (Graph stays inside the services: no screen calls it). */
  site: ISiteService;
  /** The authority's bank (this site, or the one the web part's "bank site" property names). */
  bank: IBankService;
  /** True when the app runs on the bank site itself. */
  isBankSite: boolean;
  /** This site as a school: profile, drafts and their blocks. */
  school: ISchoolService;
  /** Where unsent edits wait across reloads. */
  keyValueStore: IKeyValueStore;
  /** Approval rounds, decisions and the activity log of this school site. */
  approvals: IApprovalService;
  /** How links to a draft or round are made (Teams deep links, browser links). */
  links: LinkBuilder;
  /** Publishing approved documents to the Policies library, and starting their reviews. */
  publishing: IPublishService;
  /** The signed-in person's roles, read once while the page is open. */
  roles: IRoleService;
  /** Opening documents the way the host does (Teams keeps them in Teams). */
  navigation: HostNavigation;
  /** The authority's register of schools' milestones, on the bank site (a school sends; the officer reads all). */
  register: IRegisterService;
  /** Read and acknowledge: requests to staff and governors, their acknowledgements and the owner's record. */
  acknowledgements: IAcknowledgementService;
  /** Review reminders to documents' owners, sent once whoever opens the app first (issue 17). */
  reviewReminders: IReviewReminderService;
  /** The website copy of a published document as a SharePoint page on a site the school picks (issue 17). */
  sitePages: ISitePagePublisher;
  /** Several reads of this site in one `$batch` (a screen's opening reads: see `loadSchoolHome`). */
  readTogether: ReadTogether;
}
