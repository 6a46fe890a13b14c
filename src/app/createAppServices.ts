import { format, resolveStrings } from '../loc/strings';
import { BankService } from '../services/bank/BankService';
import type { IGraphClient } from '../services/graph/IGraphClient';
import type { HostInfo } from '../services/host/HostInfo';
import type { SPFI } from '../services/sharepoint/pnp';
import { SiteService } from '../services/sharepoint/SiteService';
import { SchoolService } from '../services/school/SchoolService';
import { LocalStorageKeyValueStore } from '../services/drafts/LocalStorageKeyValueStore';
import type { IKeyValueStore } from '../services/drafts/IBlockStore';
import { ApprovalService } from '../services/approval/ApprovalService';
import type { LinkBuilder } from '../domain/approval/LinkBuilder';
import { GraphNotificationService } from '../services/notify/GraphNotificationService';
import { PublishService } from '../services/publish/PublishService';
import { PdfConversionService, type GraphFilesClientLike } from '../services/publish/pdfConversion';
import { RoleService } from '../services/roles/RoleService';
import { browserNavigation, type HostNavigation } from '../services/host/HostNavigation';
import { RegisterService } from '../services/register/RegisterService';
import { AcknowledgementService } from '../services/acknowledgement/AcknowledgementService';
import { graphTeamMembers } from '../services/acknowledgement/acknowledgementLists';
import { acknowledgementLinks } from '../services/acknowledgement/acknowledgementLinks';
import { ReviewReminderService } from '../services/review/ReviewReminderService';
import { lazySitePagePublisher } from '../services/publish/lazySitePagePublisher';
import { spfi } from '../services/sharepoint/pnp';
import type { AppServices, ReadTogether } from './AppServices';

/** How a composition root reaches SharePoint: this site, and the bank site (the same root when they are one). */
export interface SharePointRoots {
  site: SPFI;
  bank: SPFI;
  /** Absolute URL of the bank site. */
  bankSiteUrl: string;
  /**
   * A PnPjs root for another site of the tenant, as the composition root makes them (`HostStartInput.spFor`): where
   * the website copy is published as a page. Without it, a root copied from this site's (same behaviours, other URL).
   */
  spFor?: (siteUrl: string) => SPFI;
}

/** Two site URLs name the same site (case and a trailing slash aside). */
export function sameSite(a: string, b: string): boolean {
  return a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();
}

/**
 * Most reads one opening `$batch` carries. SharePoint Online takes up to 100 requests in a `$batch` (pnp/pnpcore#284;
 * PnPjs's maintainers in pnp/pnpjs#3207); PnPjs splits at 20 by default, its own choice, which would turn a first
 * screen with 21 reads into two POSTs. Half SharePoint's limit leaves room; the local server refuses past 100.
 */
export const OPENING_BATCH_MAX_READS = 50;

/**
 * Runs `work` over a batched root of `sp` and sends its reads as one `$batch` (PnPjs v4 `sp.batched()`,
 * pnp.github.io/pnpjs/concepts/batching). A `$batch` is a POST, so it needs a form digest: the page carries its own
 * site's (SharePoint's `formDigestValue`, taken by PnPjs's SPFx behavior; the workbench page's by `PageDigest`), so
 * nothing more is sent for the page's own site.
 */
export function readTogetherOver(sp: SPFI): ReadTogether {
  return async <T>(work: (site: SPFI) => T): Promise<T> => {
    const [batched, execute] = sp.batched({ maxRequests: OPENING_BATCH_MAX_READS });
    const queued = work(batched);
    await execute();
    return queued;
  };
}

/**
 * Builds the app's services over PnPjs roots and a Graph client. Both composition roots call this, so the
 * web part and the workbench run the same services; only how `roots` and `graph` are made differs.
 */
export function createAppServices(roots: SharePointRoots, graph: IGraphClient, host: HostInfo, options: { links: LinkBuilder; keyValueStore?: IKeyValueStore; teamsAppId?: string | (() => Promise<string | undefined>); navigation?: HostNavigation; graphFiles?: GraphFilesClientLike }): AppServices {
  const site = new SiteService(roots.site, { graph, groupId: host.teams?.groupId });
  // In Teams the context names the Team; on a SharePoint page the site says which group it belongs to.
  // `teamsAppId` (our org-catalogue id, or how to find it) goes into each notification: see GraphNotificationService.
  const strings = resolveStrings(host.locale);
  // Every word of a notice or mail comes from loc: `strings.notify` is the service's `NotificationText`.
  const notifier = new GraphNotificationService(graph, strings.notify, host.teams?.groupId ?? (() => site.teamGroupId()), options.teamsAppId);
  const approvals = new ApprovalService(roots.site, notifier, options.links);
  const school = new SchoolService(roots.site, host.siteUrl);
  const isBankSite = sameSite(roots.bankSiteUrl, host.siteUrl);
  return {
    host,
    strings,
    site,
    bank: new BankService(roots.bank, roots.bankSiteUrl),
    isBankSite,
    school,
    keyValueStore: options.keyValueStore ?? new LocalStorageKeyValueStore(),
    approvals,
    links: options.links,
    // The PDF beside each published Word file comes from Graph's file conversion (without the client: no PDF, said so).
    publishing: new PublishService(roots.site, approvals, () => site.timeZone(), options.graphFiles ? { converter: new PdfConversionService(options.graphFiles), siteUrl: host.siteUrl } : undefined),
    roles: new RoleService(school, group => approvals.isApprover(group), isBankSite),
    navigation: options.navigation ?? browserNavigation(new URL(host.siteUrl).origin),
    register: new RegisterService(roots.bank, graph),
    // Content comes from the approval rounds' hash-checked copies; notices go the way approval notices go.
    acknowledgements: new AcknowledgementService(roots.site, approvals, notifier, acknowledgementLinks(options.links, r => format(strings.acknowledgement.readTitle, r.title, r.version)), graphTeamMembers(graph)),
    reviewReminders: new ReviewReminderService(roots.site, notifier, options.links),
    sitePages: lazySitePagePublisher(roots.site, host.siteUrl, siteUrl => (sameSite(siteUrl, host.siteUrl) ? roots.site
      : sameSite(siteUrl, roots.bankSiteUrl) ? roots.bank : roots.spFor?.(siteUrl) ?? spfi([roots.site.web, siteUrl]))),
    readTogether: readTogetherOver(roots.site)
  };
}
