import { Observable } from '../common/Observable';
import { describeError, type Failure } from '../../services/errors/describeError';
import type { ISitePagePublisher, SitePageSource } from '../../services/publish/ISitePagePublisher';

export interface PublishPageState {
  /** The site address as typed (the school site to begin with). */
  siteAddress: string;
  busy: boolean;
  /** The published page's URL, after a publication. */
  pageUrl?: string;
  failure?: Failure;
}

/**
 * "Publish as a SharePoint page…" for one published document (issue 17 item 2): the site address the person picks
 * (the school site by default), one publication at a time, then the page's link or the failure to show.
 */
export class PublishPageController extends Observable<PublishPageState> {
  constructor(private readonly publisher: ISitePagePublisher, private readonly document: SitePageSource, schoolSiteUrl: string) {
    super({ siteAddress: schoolSiteUrl, busy: false });
  }

  setSiteAddress(siteAddress: string): void {
    this.update({ siteAddress, pageUrl: undefined, failure: undefined });
  }

  async publish(): Promise<void> {
    if (this.state.busy) return;
    this.update({ busy: true, pageUrl: undefined, failure: undefined });
    try {
      const pageUrl = await this.publisher.publishAsPage(this.document, this.state.siteAddress);
      this.update({ busy: false, pageUrl });
    } catch (error) {
      this.update({ busy: false, failure: describeError(error) });
    }
  }
}
