import { Filter, filterQuery } from '../sharepoint/odataFilter';
import type { IGraphClient } from './IGraphClient';

/**
 * Our Teams app's id in the organisation's catalogue, found by the manifest's own id:
 * `GET /appCatalogs/teamsApps` filtered on `externalId` (delegated AppCatalog.Read.All; PROTOCOL §6).
 * Activity notifications name it as `teamsAppId` where several installed apps share the SPFx Entra app id (409
 * otherwise, sp-dev-docs#8719), and deep links carry it. Resolves undefined when the app is not in the catalogue.
 */
export async function findTeamsAppCatalogId(graph: IGraphClient, manifestId: string): Promise<string | undefined> {
  const found = await graph.get<{ value?: { id: string; externalId?: string }[] }>(`/appCatalogs/teamsApps${filterQuery(Filter.eq('externalId', manifestId))}`);
  return (found.value ?? []).find(app => app.externalId?.toLowerCase() === manifestId.toLowerCase() && app.id)?.id;
}
