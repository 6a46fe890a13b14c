import { parseLinkTarget } from '../../../src/domain/approval/deepLink';
import type { AcknowledgementRequest } from '../../../src/domain/acknowledgement/AcknowledgementModel';
import { acknowledgementLinks } from '../../../src/services/acknowledgement/acknowledgementLinks';
import { linkBuilder } from '../../../src/services/host/linkBuilder';

const SITE = 'https://contoso.sharepoint.com/sites/oakfield-primary';
const request = { id: 7, title: 'Online safety policy', version: '2.0' } as AcknowledgementRequest;

describe("a request's links (what its notice and mail open)", () => {
  const links = acknowledgementLinks(
    linkBuilder({ teamsAppId: 'catalog-app-id', host: { kind: 'SharePoint', locale: 'en-GB', theme: 'default', siteUrl: SITE, pageWebUrl: SITE } }),
    r => `Read and acknowledge: ${r.title} (version ${r.version})`
  );

  it('opens the request itself on the school site, in the browser and in Teams', () => {
    const { webUrl, deepLink } = links.forRequest(request);
    const subEntity = new URL(webUrl).searchParams.get('subEntityId');
    expect(subEntity).toBe('ack:7@/sites/oakfield-primary');
    expect(parseLinkTarget(subEntity ?? undefined)).toEqual({ target: { kind: 'ack', requestId: 7 }, sitePath: '/sites/oakfield-primary' });
    const context = JSON.parse(new URL(deepLink).searchParams.get('context') ?? '{}') as { subEntityId?: string };
    expect(context.subEntityId).toBe('ack:7@/sites/oakfield-primary');
    expect(new URL(deepLink).searchParams.get('label')).toBe('Read and acknowledge: Online safety policy (version 2.0)');
  });

  it('carries only the request id: nothing of the policy travels in the link but its label', () => {
    const { webUrl } = links.forRequest({ ...request, id: 8, title: 'x' });
    expect(new URL(webUrl).searchParams.get('subEntityId')).toBe('ack:8@/sites/oakfield-primary');
  });
});
