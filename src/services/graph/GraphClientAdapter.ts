import { toGraphAppError } from '../errors/graphErrors';
import type { IGraphClient } from './IGraphClient';

/** The part of the Graph JS client (`Client` or SPFx's `MSGraphClientV3`) the adapter uses. */
export interface GraphClientLike {
  api(path: string): {
    get(): Promise<unknown>;
    post(body: unknown): Promise<unknown>;
  };
}

interface GraphPage<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

/**
 * Turns an absolute `@odata.nextLink` into a path relative to the version. The Graph client only strips the
 * host of https URLs, and SPFx's client pins the host, so following links as relative paths works everywhere.
 */
export function relativeGraphPath(link: string): string {
  const match = /\/(?:v1\.0|beta)(\/.*)$/.exec(link);
  return match ? match[1] : link;
}

/**
 * Adapts the Graph JS client to the app's `IGraphClient` port. Every failure rejects with an `AppError`
 * (`toGraphAppError`: kind and code from `GraphError.statusCode` and `code`, `status` kept).
 */
export class GraphClientAdapter implements IGraphClient {
  constructor(private readonly client: GraphClientLike) {}

  async get<T>(path: string): Promise<T> {
    try {
      return (await this.client.api(path).get()) as T;
    } catch (error) {
      throw toGraphAppError(error);
    }
  }

  async post<T = undefined>(path: string, body: unknown): Promise<T | undefined> {
    try {
      const result = await this.client.api(path).post(body);
      return (result ?? undefined) as T | undefined;
    } catch (error) {
      throw toGraphAppError(error);
    }
  }

  async getAll<T>(path: string, maxPages = 50): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = path;
    for (let page = 0; next && page < maxPages; page++) {
      const response: GraphPage<T> = await this.get<GraphPage<T>>(next);
      items.push(...(response.value ?? []));
      next = response['@odata.nextLink'] ? relativeGraphPath(response['@odata.nextLink']) : undefined;
    }
    return items;
  }
}
