import { createAppServices } from '../../../src/app/createAppServices';
import type { AppServices } from '../../../src/app/AppServices';
import { MemoryKeyValueStore } from '../../../src/services/drafts/IBlockStore';
import { localGraph, localSp } from '../../../workbench/client/localClients';
import { SITES } from '../../support/testTenant';
import { LINKS } from './securityTenant';

/**
 * The app's services exactly as a composition root builds them (`createAppServices`), over the local server at
 * `url`, signed in as `login`, on Oakfield's site, in Teams with the given deep-link sub-entity.
 */
export function appServicesFor(url: string, login: string, subEntityId?: string): AppServices {
  const siteUrl = `${url}${SITES.oakfield}`;
  return createAppServices(
    { site: localSp(url, SITES.oakfield, login), bank: localSp(url, SITES.bank, login), bankSiteUrl: `${url}${SITES.bank}` },
    localGraph(url, login),
    { kind: 'Teams', locale: 'en-GB', theme: 'default', siteUrl, subEntityId, teams: { subEntityId } },
    { links: LINKS(url), keyValueStore: new MemoryKeyValueStore() }
  );
}
