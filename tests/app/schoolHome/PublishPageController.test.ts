import { PublishPageController } from '../../../src/app/schoolHome/PublishPageController';
import { AppError } from '../../../src/services/errors/AppError';
import type { ISitePagePublisher, SitePageSource } from '../../../src/services/publish/ISitePagePublisher';

const DOCUMENT: SitePageSource = { title: 'Online safety policy', websiteCopyUrl: '/sites/oakfield/Policies/online-safety-policy.html' };
const SCHOOL = 'https://contoso.sharepoint.com/sites/oakfield';

describe('PublishPageController', () => {
  it('starts on the school site and publishes the document to the site typed, keeping the page URL', async () => {
    const calls: [SitePageSource, string][] = [];
    const publisher: ISitePagePublisher = { publishAsPage: async (d, s) => { calls.push([d, s]); return `${s}/SitePages/online-safety-policy.aspx`; } };
    const controller = new PublishPageController(publisher, DOCUMENT, SCHOOL);
    expect(controller.state.siteAddress).toBe(SCHOOL);
    controller.setSiteAddress('https://contoso.sharepoint.com/sites/public');
    await controller.publish();
    expect(calls).toEqual([[DOCUMENT, 'https://contoso.sharepoint.com/sites/public']]);
    expect(controller.state).toMatchObject({ busy: false, pageUrl: 'https://contoso.sharepoint.com/sites/public/SitePages/online-safety-policy.aspx', failure: undefined });
  });

  it("keeps a refusal as a Failure (its code's sentence, never the message), and clears it when the address changes", async () => {
    const publisher: ISitePagePublisher = { publishAsPage: async () => { throw new AppError('accessDenied', 'documents.pageDenied', 'raw', { values: ['x'] }); } };
    const controller = new PublishPageController(publisher, DOCUMENT, SCHOOL);
    await controller.publish();
    expect(controller.state).toMatchObject({ busy: false, pageUrl: undefined, failure: { kind: 'accessDenied', code: 'documents.pageDenied' } });
    controller.setSiteAddress(`${SCHOOL}/`);
    expect(controller.state.failure).toBeUndefined();
  });

  it('sends one publication at a time', async () => {
    let release: (url: string) => void = () => undefined;
    let count = 0;
    const publisher: ISitePagePublisher = { publishAsPage: () => { count++; return new Promise<string>(resolve => { release = resolve; }); } };
    const controller = new PublishPageController(publisher, DOCUMENT, SCHOOL);
    const first = controller.publish();
    await controller.publish();
    expect(count).toBe(1);
    expect(controller.state.busy).toBe(true);
    release('u');
    await first;
    expect(controller.state).toMatchObject({ busy: false, pageUrl: 'u' });
  });
});
