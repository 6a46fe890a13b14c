import type { ListItemRecord } from '../store/model';
import { indexedProperty, indexKey, type ListState } from '../store/Store';
import { parseFilter, type FilterLiteral, type FilterNode, type CompareOp } from './odataFilter';
import { FieldType } from './fields';
import { isIndexedProperty, resolveProperty, valueFor, type ResolvedProperty, type ValueKind } from './listProperties';
import { hasPermission, PermissionKind } from './permissions';
import type { SpContext } from './SpContext';
import { SpError, SpErrors } from './SpError';

/** SharePoint's list view threshold. */
export const LIST_VIEW_THRESHOLD = 5000;
/** Page size when `$top` is absent, and the most one page may hold. */
const DEFAULT_PAGE = 100;
const MAX_PAGE = 5000;

/** A filter whose field paths are resolved against the list. */
type BoundFilter =
  | { kind: 'and' | 'or'; left: BoundFilter; right: BoundFilter }
  | { kind: 'compare'; op: CompareOp; property: ResolvedProperty; literal: FilterLiteral }
  | { kind: 'startswith' | 'substringof'; property: ResolvedProperty; text: string };

interface SortKey { property: ResolvedProperty; descending: boolean }

/** One page of a list's items for the caller, and the absolute link to the next page if there is one. */
export interface ItemPage {
  items: ListItemRecord[];
  nextLink?: string;
}

/** The navigation properties `$expand` names, lower-cased (`author`, `draftowner`). */
function expandedNames(ctx: SpContext): Set<string> {
  return new Set((ctx.query.get('$expand') ?? '').split(',').map(s => s.trim().split('/')[0].toLowerCase()).filter(Boolean));
}

function bind(list: ListState, node: FilterNode, expanded: Set<string>): BoundFilter {
  switch (node.kind) {
    case 'and':
    case 'or': return { kind: node.kind, left: bind(list, node.left, expanded), right: bind(list, node.right, expanded) };
    default: {
      const property = resolveProperty(list.def, node.field);
      if (!property) throw SpErrors.fieldNotFound(node.field);
      // SharePoint cannot filter multi-value lookups or people (PROTOCOL §2): refusing keeps local code from relying on it.
      if (property.field.AllowMultipleValues) throw SpErrors.fieldNotFilterable(property.field.InternalName, property.field.TypeAsString);
      // Multi-line text (Note) cannot be filtered through REST (s-KaiNet/sp-request#11: substringof fails on a Note
      // column; TENANT-FACTS "Lists, fields, versions"): refused with the error of any unfilterable type.
      if (property.field.FieldTypeKind === FieldType.Note) throw SpErrors.fieldNotFilterable(property.field.InternalName, property.field.TypeAsString);
      // A lookup projection (`Author/Title`) is known only once the lookup is expanded, in $filter as in $select
      // (PROTOCOL §1 sends `$expand=Author` with `Author/Title`; TENANT-FACTS): refused without `$expand`.
      if (property.projection && !expanded.has(property.field.EntityPropertyName.toLowerCase())) {
        throw SpErrors.badQuery(`The query to field '${node.field}' is not valid. The $expand query string must contains ${property.field.EntityPropertyName}.`);
      }
      return node.kind === 'compare'
        ? { kind: 'compare', op: node.op, property, literal: node.literal }
        : { kind: node.kind, property, text: node.text };
    }
  }
}

type BoundLeaf = Extract<BoundFilter, { property: ResolvedProperty }>;

/** A comparison an index can answer: on an indexed column (or ID), not a projection, not `ne`, not against null. */
function isIndexedLeaf(node: BoundLeaf): node is Extract<BoundFilter, { kind: 'compare' }> {
  return node.kind === 'compare' && node.op !== 'ne' && node.literal.type !== 'null' && isIndexedProperty(node.property);
}

/**
 * The part of a filter an index narrows, or undefined when nothing does. SharePoint narrows by the first clause only
 * ("the first column specified in the filter must be indexed", Microsoft's "Manage large lists and libraries"), so an
 * `and` is narrowed by its left side; an `or` is narrowed only when both branches are, since a non-indexed branch
 * means a scan of the whole list (TENANT-FACTS "Lists, fields, versions").
 */
function narrowing(node: BoundFilter): BoundFilter | undefined {
  switch (node.kind) {
    case 'and': return narrowing(node.left);
    case 'or': {
      const left = narrowing(node.left);
      const right = narrowing(node.right);
      return left && right ? { kind: 'or', left, right } : undefined;
    }
    default: return isIndexedLeaf(node) ? node : undefined;
  }
}

/** The leading `eq` on an indexed column reachable through `and` only: the clause an index can answer. */
function indexableClause(node: BoundFilter): Extract<BoundFilter, { kind: 'compare' }> | undefined {
  if (node.kind === 'and') return indexableClause(node.left);
  if (node.kind === 'compare' && node.op === 'eq' && !node.property.projection && node.literal.type !== 'null') return node;
  return undefined;
}

function literalAs(kind: ValueKind, literal: FilterLiteral): unknown {
  if (literal.type === 'null') return null;
  switch (kind) {
    case 'number': return literal.type === 'boolean' ? (literal.value ? 1 : 0) : Number(literal.value);
    case 'boolean': return literal.value === true || literal.value === 1 || literal.value === '1' || literal.value === 'true';
    case 'date': {
      const time = Date.parse(String(literal.value));
      if (Number.isNaN(time)) throw SpErrors.badQuery(`The value '${String(literal.value)}' is not a valid date.`);
      return time;
    }
    default: return String(literal.value).toLowerCase();
  }
}

function comparable(kind: ValueKind, value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'number': return Number(value);
    case 'boolean': return value === true;
    case 'date': return Date.parse(String(value));
    default: return String(value).toLowerCase();
  }
}

function compare(op: CompareOp, left: unknown, right: unknown): boolean {
  if (right === null) return op === 'eq' ? left === null : op === 'ne' ? left !== null : false;
  if (left === null) return op === 'ne';
  const l = left as number | string | boolean;
  const r = right as number | string | boolean;
  switch (op) {
    case 'eq': return l === r;
    case 'ne': return l !== r;
    case 'lt': return l < r;
    case 'le': return l <= r;
    case 'gt': return l > r;
    case 'ge': return l >= r;
  }
}

function evaluate(ctx: SpContext, list: ListState, item: ListItemRecord, node: BoundFilter): boolean {
  switch (node.kind) {
    case 'and': return evaluate(ctx, list, item, node.left) && evaluate(ctx, list, item, node.right);
    case 'or': return evaluate(ctx, list, item, node.left) || evaluate(ctx, list, item, node.right);
    default: {
      const raw = valueFor(ctx.store, ctx.site, list.def, item, node.property);
      if (node.kind === 'compare') {
        const right = literalAs(node.property.kind, node.literal);
        const values = Array.isArray(raw) ? raw : [raw];
        if (Array.isArray(raw) && node.op === 'eq') return values.some(v => compare('eq', comparable(node.property.kind, v), right));
        return compare(node.op, comparable(node.property.kind, values[0]), right);
      }
      const text = String(raw ?? '').toLowerCase();
      const wanted = node.text.toLowerCase();
      return node.kind === 'startswith' ? text.startsWith(wanted) : text.includes(wanted);
    }
  }
}

function parseOrderBy(list: ListState, text: string | null): SortKey[] {
  if (!text) return [];
  return text.split(',').map(part => {
    const [path, direction] = part.trim().split(/\s+/);
    const property = resolveProperty(list.def, path);
    if (!property) throw SpErrors.fieldNotFound(path);
    // A multi-line text column cannot be sorted on (Microsoft's "Create a view": "you can't sort or group by a
    // Multiple lines of text column"); REST's exact wording is [unverified]: refused the stricter way, as in $filter.
    if (property.field.FieldTypeKind === FieldType.Note) {
      throw new SpError(400, '-1, Microsoft.SharePoint.SPException', `The field '${property.field.InternalName}' of type 'Note' cannot be used in the query order by expression.`);
    }
    return { property, descending: (direction ?? '').toLowerCase() === 'desc' };
  });
}

/** Whether the caller may see this item (item permissions and the list's read-security setting). */
export function canSeeItem(ctx: SpContext, list: ListState, item: ListItemRecord, canManageList: boolean): boolean {
  if (list.def.ReadSecurity === 2 && !canManageList && item.AuthorId !== ctx.siteUser.Id) return false;
  if (!item.hasUniqueRoleAssignments) return true;
  return hasPermission(ctx.itemPermissions(list, item), PermissionKind.ViewListItems);
}

/**
 * Runs a list item query the way SharePoint does: `$filter`, `$orderby`, `$top` and `$skiptoken` paging,
 * security trimming, and the list view threshold on lists over 5,000 items.
 */
export function queryItems(ctx: SpContext, list: ListState, listPath: string): ItemPage {
  const params = ctx.query;
  const filterText = params.get('$filter');
  const filter = filterText ? bind(list, parseFilter(filterText), expandedNames(ctx)) : undefined;
  const sort = parseOrderBy(list, params.get('$orderby'));

  if (list.items.size > LIST_VIEW_THRESHOLD) {
    // Over the threshold a query must be narrowed by an index to at most 5,000 items, whatever the rest of the filter
    // does ("Manage large lists and libraries": an indexed filter that still returns more than the threshold fails);
    // the answer is SharePoint's 500 SPQueryThrottledException (PROTOCOL §2).
    if (filter) {
      const narrowed = narrowing(filter);
      if (!narrowed) throw SpErrors.thresholdExceeded();
      let count = 0;
      for (const item of list.items.values()) {
        if (evaluate(ctx, list, item, narrowed) && ++count > LIST_VIEW_THRESHOLD) throw SpErrors.thresholdExceeded();
      }
    }
    if (sort.some(key => !isIndexedProperty(key.property))) throw SpErrors.thresholdExceeded();
  }

  let candidates: Iterable<ListItemRecord> = list.items.values();
  const clause = filter ? indexableClause(filter) : undefined;
  if (clause && clause.property.kind !== 'date' && isIndexedProperty(clause.property) && clause.property.field.InternalName !== 'ID') {
    const index = list.indexes.get(indexedProperty(clause.property.field.InternalName, clause.property.field.FieldTypeKind));
    if (index) {
      const key = clause.property.kind === 'text' ? indexKey(String(clause.literal.value)) : literalAs(clause.property.kind, clause.literal);
      const ids = index.get(key) ?? new Set<number>();
      candidates = [...ids].sort((a, b) => a - b).map(id => list.items.get(id) as ListItemRecord);
    }
  }

  const canManage = hasPermission(ctx.listPermissions(list), PermissionKind.ManageLists);
  let matched: ListItemRecord[] = [];
  for (const item of candidates) {
    if (filter && !evaluate(ctx, list, item, filter)) continue;
    if (!canSeeItem(ctx, list, item, canManage)) continue;
    matched.push(item);
  }
  if (sort.length > 0) {
    matched = matched.sort((a, b) => {
      for (const key of sort) {
        const va = comparable(key.property.kind, valueFor(ctx.store, ctx.site, list.def, a, key.property)) as number | string | null;
        const vb = comparable(key.property.kind, valueFor(ctx.store, ctx.site, list.def, b, key.property)) as number | string | null;
        if (va === vb) continue;
        const order = va === null ? -1 : vb === null ? 1 : va < vb ? -1 : 1;
        return key.descending ? -order : order;
      }
      return a.Id - b.Id;
    });
  } else {
    matched.sort((a, b) => a.Id - b.Id);
  }

  const start = startAfterSkipToken(matched, params.get('$skiptoken'), sort.length === 0);
  const topText = params.get('$top');
  const top = topText === null ? DEFAULT_PAGE : Number(topText);
  if (!Number.isInteger(top) || top < 0) throw SpErrors.badQuery(`The $top value '${topText}' is not valid.`);
  const size = Math.min(top, MAX_PAGE);
  const items = matched.slice(start, start + size);
  const hasMore = start + size < matched.length && size > 0;
  return { items, nextLink: hasMore ? nextLinkFor(ctx, listPath, items[items.length - 1]) : undefined };
}

function startAfterSkipToken(sorted: ListItemRecord[], token: string | null, byId: boolean): number {
  if (!token) return 0;
  const match = /p_ID=(\d+)/i.exec(token);
  if (!match) return 0;
  const lastId = Number(match[1]);
  const position = sorted.findIndex(item => item.Id === lastId);
  if (position >= 0) return position + 1;
  if (byId) {
    const next = sorted.findIndex(item => item.Id > lastId);
    return next < 0 ? sorted.length : next;
  }
  return 0;
}

function nextLinkFor(ctx: SpContext, listPath: string, last: ListItemRecord): string {
  const params = new URLSearchParams();
  for (const [key, value] of ctx.query) if (key !== '$skiptoken') params.set(key, value);
  params.set('$skiptoken', `Paged=TRUE&p_ID=${last.Id}`);
  if (!params.has('$top')) params.set('$top', String(DEFAULT_PAGE));
  return `${ctx.apiUrl}/${listPath}/Items?${params.toString()}`;
}
