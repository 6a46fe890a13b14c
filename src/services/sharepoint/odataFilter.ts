/**
 * The one function family that builds OData `$filter` text. Field names are checked against a strict pattern
 * and values are quoted with SharePoint's rule (a quote is doubled), so no title, key or search term typed by
 * anyone can change the meaning of a query. Every filter in the product is built here.
 */
export type FilterValue = string | number | boolean | Date | null;

/** A field name or lookup projection (`Title`, `DraftId`, `Author/Title`); anything else is refused. */
export function filterField(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}(\/[A-Za-z_][A-Za-z0-9_]{0,63})?$/.test(name)) throw new Error(`"${name}" is not a field name a filter may use.`);
  return name;
}

/** A value as an OData literal: text quoted with quotes doubled, booleans as 1/0, dates as quoted ISO text. */
export function odataLiteral(value: FilterValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('A filter cannot compare with a number that is not finite.');
    return String(value);
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error('A filter cannot compare with an invalid date.');
    return `'${value.toISOString().replace(/\.\d{3}Z$/, 'Z')}'`;
  }
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * A text argument of a REST path that PnPjs passes through as given, such as the group name of
 * `siteGroups.getByName('…')`: quotes doubled, then URI-encoded (as PnPjs itself does for list titles), so a name
 * can neither end its literal nor add path segments, and `%27` in a name stays those three characters.
 */
export function pathText(value: string): string {
  return encodeURIComponent(value.replace(/'/g, "''"));
}

/**
 * The query string of a REST or Graph call that passes its filter in the URL itself (Graph's `IGraphClient.get`
 * takes a path): `?$filter=` and the filter built by `Filter`, URI-encoded. The only place a `$filter` is written.
 */
export function filterQuery(filter: string): string {
  return `?$filter=${encodeURIComponent(filter)}`;
}

const compare = (op: string) => (field: string, value: FilterValue): string => `${filterField(field)} ${op} ${odataLiteral(value)}`;

/** Builders for `$filter` text. */
export const Filter = {
  eq: compare('eq'),
  ne: compare('ne'),
  gt: compare('gt'),
  ge: compare('ge'),
  lt: compare('lt'),
  le: compare('le'),
  startsWith: (field: string, text: string): string => `startswith(${filterField(field)},${odataLiteral(text)})`,
  contains: (field: string, text: string): string => `substringof(${odataLiteral(text)},${filterField(field)})`,
  and: (...parts: string[]): string => parts.map(p => `(${p})`).join(' and '),
  or: (...parts: string[]): string => parts.map(p => `(${p})`).join(' or ')
};
