import { resolveStrings } from '../loc/strings';
import type { IGraphClient } from '../services/graph/IGraphClient';
import type { HostInfo } from '../services/host/HostInfo';
import type { SPFI } from '../services/sharepoint/pnp';
import { SiteService } from '../services/sharepoint/SiteService';
import type { AppServices } from './AppServices';

/**
 * Builds the app's services over a PnPjs root and a Graph client. Both composition roots call this, so the
 * web part and the workbench run the same services; only how `sp` and `graph` are made differs.
 */
export function createAppServices(sp: SPFI, graph: IGraphClient, host: HostInfo): AppServices {
  return {
    host,
    strings: resolveStrings(host.locale),
    site: new SiteService(sp),
    graph
  };
}
