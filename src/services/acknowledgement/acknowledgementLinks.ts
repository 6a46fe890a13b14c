import type { AcknowledgementRequest } from '../../domain/acknowledgement/AcknowledgementModel';
import type { LinkBuilder } from '../../domain/approval/LinkBuilder';
import type { AcknowledgementLinks } from './AcknowledgementService';

/**
 * Where a request's notice takes people: the app's own links (Teams deep link, browser link) with the sub-entity
 * `ack:<requestId>`, which opens the person's reading screen. Only the request's id travels in the link: what it
 * shows is read from SharePoint, so a forged id is just a request the person cannot find.
 */
export function acknowledgementLinks(links: LinkBuilder, label: (request: AcknowledgementRequest) => string): AcknowledgementLinks {
  return {
    forRequest: request => {
      const target = { kind: 'ack', requestId: request.id } as const;
      return { deepLink: links.deepLink(target, label(request)), webUrl: links.webUrl(target) };
    }
  };
}
