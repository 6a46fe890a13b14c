import { GraphError } from './graphErrors';

/** One `property eq 'value'` clause of the `$filter`s `appCatalogs/teamsApps` accepts. */
export interface CatalogClause {
  property: 'externalId' | 'id' | 'distributionMethod' | 'displayName';
  value: string;
}

const CLAUSE = /^\s*(externalId|id|distributionMethod|displayName)\s+eq\s+'((?:[^']|'')*)'\s*$/;

/**
 * Parses the `$filter` of `GET /appCatalogs/teamsApps`: `eq` clauses on string properties joined by `and`, the
 * forms "List teamsApp" documents (`externalId eq '…'`, `id eq '…'`, `distributionMethod eq 'organization'`,
 * learn.microsoft.com/graph/api/appcatalogs-list-teamsapps). Anything else is refused with Graph's 400 rather
 * than ignored: an ignored filter would answer every app, a wrong 200.
 */
export function parseCatalogFilter(filter: string | null): CatalogClause[] {
  if (filter === null || filter.trim() === '') return [];
  return filter.split(/\s+and\s+/i).map(part => {
    const match = CLAUSE.exec(part.trim().replace(/^\((.*)\)$/, '$1'));
    if (!match) throw new GraphError(400, 'BadRequest', `Invalid filter clause: the local server answers only eq on externalId, id, distributionMethod or displayName, joined by 'and'; got '${part.trim()}'.`);
    return { property: match[1] as CatalogClause['property'], value: match[2].replace(/''/g, "'") };
  });
}

/** True when the app matches every clause (OData string equality is exact). */
export function matchesCatalogFilter(app: Record<CatalogClause['property'], string>, clauses: CatalogClause[]): boolean {
  return clauses.every(c => app[c.property] === c.value);
}
