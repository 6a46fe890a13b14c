import { teamsFileLink } from '../../domain/approval/deepLink';
import type { SPFI } from '../sharepoint/pnp';
import type { HostNavigation } from './HostNavigation';

/** What the Teams context says about where the tab is. */
export interface TeamsPlace {
  siteUrl: string;
  tenantId?: string;
  channelId?: string;
  groupId?: string;
}

/**
 * In Teams: a document opens in Teams' file viewer through a file deep link handed to teams-js
 * (`app.openLink`), so it stays inside Teams. The file's unique id is read when someone opens it.
 */
export function teamsNavigation(sp: SPFI, place: TeamsPlace, openLink: (deepLink: string) => Promise<void>): HostNavigation {
  return {
    openDocument: async serverRelativeUrl => {
      const file = await sp.web.getFileByServerRelativePath(serverRelativeUrl).select('UniqueId')<{ UniqueId: string }>();
      const origin = new URL(place.siteUrl).origin;
      await openLink(teamsFileLink({ fileId: file.UniqueId, fileUrl: `${origin}${encodeURI(serverRelativeUrl)}`, siteUrl: place.siteUrl, tenantId: place.tenantId, channelId: place.channelId, groupId: place.groupId }));
    }
  };
}
