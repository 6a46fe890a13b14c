import type { PublishedDocument } from '../../domain/publish/PublishedDocument';

/**
 * Publishing a published document's website copy as a modern SharePoint page on a site the school picks (issue 17
 * item 2). Refusals are `AppError`s whose codes have sentences in `strings.errorCodes.documents`:
 * `documents.pageOutsideTenant` (not a site of this tenant), `documents.pageNoSite` (no site there),
 * `documents.pageDenied` (the person may not add pages there), `documents.pageNoWebsiteCopy` (nothing to publish).
 */
/** What a page is made from: the document's title (which names the page's file) and its website copy's URL. */
export type SitePageSource = Pick<PublishedDocument, 'title' | 'websiteCopyUrl'>;

export interface ISitePagePublisher {
  /**
   * Creates the page, or updates it when the site already has one with the same file name, and publishes it.
   * Returns the page's absolute URL.
   */
  publishAsPage(document: SitePageSource, siteAddress: string): Promise<string>;
}
