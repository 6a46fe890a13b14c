import type { Strings } from '../loc/strings';
import type { IGraphClient } from '../services/graph/IGraphClient';
import type { HostInfo } from '../services/host/HostInfo';
import type { ISiteService } from '../services/sharepoint/ISiteService';

/**
 * Everything the React app is given by its composition root (the web part or the local workbench).
 * Components reach SharePoint and Graph only through these services.
 */
export interface AppServices {
  host: HostInfo;
  strings: Strings;
  site: ISiteService;
  graph: IGraphClient;
}
