import { GraphError } from '@microsoft/microsoft-graph-client';

/** Awaits a Graph client call that must fail, and returns its GraphError. */
export async function graphErrorOf(promise: Promise<unknown>): Promise<GraphError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  if (!(caught instanceof GraphError)) throw new Error(`Expected a GraphError, got ${String(caught)}`);
  return caught;
}

export interface GraphUser { id: string; displayName: string; userPrincipalName: string; mail: string; userType: string }
export interface FeedEntry { recipientId: string; senderId: string; scope: string; activityType: string; previewText: string; topic: { source: string; value: string }; teamsAppId?: string }
export interface OutboxEntry { senderId: string; subject: string; contentType: string; content: string; to: string[] }
export interface CatalogEntry { id: string; externalId: string; displayName: string; distributionMethod: string }
