import type { SPFI } from '../sharepoint/pnp';
import type { ISitePagePublisher, SitePageSource } from './ISitePagePublisher';

/**
 * The site-page publisher, loaded the first time someone publishes a page: PnPjs's clientside-pages module is large
 * and few people use it, so it stays out of the web part's first bundle (300 KB gzipped, `tests/package/sppkg.test.ts`).
 */
export function lazySitePagePublisher(schoolSite: SPFI, schoolSiteUrl: string, spFor: (siteUrl: string) => SPFI): ISitePagePublisher {
  let loaded: Promise<ISitePagePublisher> | undefined;
  return {
    async publishAsPage(document: SitePageSource, siteAddress: string): Promise<string> {
      loaded ??= import(/* webpackChunkName: 'site-pages' */ './SitePagePublisher').then(m => new m.SitePagePublisher(schoolSite, schoolSiteUrl, spFor));
      return (await loaded).publishAsPage(document, siteAddress);
    }
  };
}
