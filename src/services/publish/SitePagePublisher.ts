import '@pnp/sp/clientside-pages';
import { ClientsideText, type IClientsidePage } from '@pnp/sp/clientside-pages';
import { sitePageFileName, sitePageHtml, siteWithinTenant } from '../../domain/publish/sitePage';
import { AppError, isAppError } from '../errors/AppError';
import type { SPFI } from '../sharepoint/pnp';
import type { ISitePagePublisher, SitePageSource } from './ISitePagePublisher';

/**
 * The website copy as a modern page, through PnPjs v4's clientside pages (`addClientsidePage`, `loadClientsidePage`,
 * `save(true)` = checkout, savepage, publish: pnp.github.io/pnpjs/sp/clientside-pages). The page holds one text web
 * part with the copy cut to what that part keeps (`sitePageHtml`). The same document on the same site always gets
 * the same file name (`sitePageFileName` of its title), so publishing again updates the page instead of adding one.
 *
 * The target may be any site of the tenant (`siteWithinTenant` refuses other hosts before any request goes out);
 * `spFor` gives a PnPjs root for it, as the composition root makes them (the person's own rights apply there).
 */
export class SitePagePublisher implements ISitePagePublisher {
  constructor(
    private readonly schoolSite: SPFI,
    private readonly schoolSiteUrl: string,
    private readonly spFor: (siteUrl: string) => SPFI
  ) {}

  async publishAsPage(document: SitePageSource, siteAddress: string): Promise<string> {
    const siteUrl = siteWithinTenant(siteAddress, new URL(this.schoolSiteUrl).origin);
    if (!siteUrl) {
      throw new AppError('invalid', 'documents.pageOutsideTenant', `"${siteAddress}" is not a site address of ${new URL(this.schoolSiteUrl).origin}.`, { values: [new URL(this.schoolSiteUrl).origin] });
    }
    if (!document.websiteCopyUrl) throw new AppError('notFound', 'documents.pageNoWebsiteCopy', `"${document.title}" has no website copy beside it.`);
    const copy = await this.schoolSite.web.getFileByServerRelativePath(document.websiteCopyUrl).getText();
    const site = this.spFor(siteUrl);
    // Reading the web first tells "no site here" (404) and "not for you" (403) apart from "no page yet" (404 below).
    await refusals(site.web.select('Url')(), siteUrl);
    const fileName = sitePageFileName(document.title);
    const pagePath = `${new URL(siteUrl).pathname.replace(/\/$/, '')}/SitePages/${fileName}`;
    const page = await refusals(existingPage(site, pagePath).then(found => found ?? site.web.addClientsidePage(fileName, document.title)), siteUrl);
    page.title = document.title;
    page.sections = [];
    page.addSection().addControl(new ClientsideText(sitePageHtml(copy)));
    await refusals(page.save(true), siteUrl);
    // The page's own file (a new page whose name was taken gets another name from SharePoint).
    const { FileRef } = await refusals(page.getItem<{ FileRef?: string }>('FileRef'), siteUrl);
    return `${new URL(siteUrl).origin}${encodeURI(FileRef ?? pagePath)}`;
  }
}

/** The page at `path`, or undefined when the site has none there (SharePoint's 404 for the file). */
async function existingPage(site: SPFI, path: string): Promise<IClientsidePage | undefined> {
  try {
    return await site.web.loadClientsidePage(path);
  } catch (error) {
    if (isAppError(error) && error.status === 404) return undefined;
    throw error;
  }
}

/** SharePoint's 403 and 404 for the chosen site, as the sentences a person can act on. */
async function refusals<T>(work: Promise<T>, siteUrl: string): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error) && error.status === 403) {
      throw new AppError('accessDenied', 'documents.pageDenied', error.message, { status: 403, values: [siteUrl], cause: error });
    }
    if (isAppError(error) && error.status === 404) {
      throw new AppError('notFound', 'documents.pageNoSite', error.message, { status: 404, values: [siteUrl], cause: error });
    }
    throw error;
  }
}
