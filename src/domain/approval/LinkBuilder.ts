import type { SubEntity } from './deepLink';

/** How links to a draft or round are made: a Teams deep link, and a browser link (for mail and for copying). */
export interface LinkBuilder {
  deepLink(target: SubEntity, label: string): string;
  webUrl(target: SubEntity): string;
}
