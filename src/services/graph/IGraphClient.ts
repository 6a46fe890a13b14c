/**
 * The small port the app talks to Microsoft Graph through. In SharePoint and Teams it wraps the client from
 * `msGraphClientFactory.getClient('3')`; locally a Graph client pointed at the local server. Paths are always
 * relative to the version (`/me`, `/groups/{id}/members`).
 */
export interface IGraphClient {
  get<T>(path: string): Promise<T>;
  /** POSTs a JSON body; resolves to undefined for 202/204 answers. */
  post<T = undefined>(path: string, body: unknown): Promise<T | undefined>;
  /** Reads every page of a collection by following `@odata.nextLink`, up to `maxPages`. */
  getAll<T>(path: string, maxPages?: number): Promise<T[]>;
}
