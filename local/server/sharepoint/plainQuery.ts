import { parseFilter, type FilterNode } from './odataFilter';
import { isEntity, type Entity } from './odataShape';
import type { SpContext } from './SpContext';
import { SpErrors } from './SpError';
import { notSupported } from './unsupported';

function plainValue(value: unknown): unknown {
  if (typeof value === 'string') return value.toLowerCase();
  return value;
}

/** The entity's value for a filter or order field; a name the type does not have is SharePoint's 400. */
function fieldValue(entity: Entity, field: string): unknown {
  const key = Object.keys(entity.props).find(k => k.toLowerCase() === field.toLowerCase());
  if (key === undefined) throw SpErrors.fieldNotFound(field);
  return entity.props[key];
}

function matches(entity: Entity, node: FilterNode): boolean {
  switch (node.kind) {
    case 'and': return matches(entity, node.left) && matches(entity, node.right);
    case 'or': return matches(entity, node.left) || matches(entity, node.right);
    case 'startswith': return String(fieldValue(entity, node.field) ?? '').toLowerCase().startsWith(node.text.toLowerCase());
    case 'substringof': return String(fieldValue(entity, node.field) ?? '').toLowerCase().includes(node.text.toLowerCase());
    case 'compare': {
      const left = plainValue(fieldValue(entity, node.field));
      let right = plainValue(node.literal.value);
      if (typeof left === 'boolean' && typeof right === 'number') right = right === 1;
      const l = left as string | number | boolean;
      const r = right as string | number | boolean;
      switch (node.op) {
        case 'eq': return l === r;
        case 'ne': return l !== r;
        case 'lt': return l < r;
        case 'le': return l <= r;
        case 'gt': return l > r;
        case 'ge': return l >= r;
      }
    }
  }
  return false;
}

/** Picks one `$select`ed name (`Title`, or `Member/Title` inside an expanded property) out of `props` into `out`. */
function pick(entity: Entity, path: string[], out: Record<string, unknown>): void {
  const [head, ...rest] = path;
  const key = Object.keys(entity.props).find(k => k.toLowerCase() === head.toLowerCase());
  if (key === undefined) throw SpErrors.propertyNotFound(head, entity.meta.type);
  const value = entity.props[key];
  if (rest.length === 0 || value === null) {
    out[key] = value;
    return;
  }
  if (!isEntity(value)) throw SpErrors.propertyNotFound(path.join('/'), entity.meta.type);
  const inner = isEntity(out[key]) ? (out[key] as Entity) : { meta: value.meta, props: {} };
  pick(value, rest, inner.props);
  out[key] = inner;
}

/**
 * `$expand` of a navigation property this server does not fill (`siteGroups?$expand=Users`) is refused with 501,
 * never silently dropped: the caller would read the missing property as empty. Expansions a resource does fill
 * (a role assignment's Member, a web's ParentWeb) are present in `props` by the time this runs.
 */
function refuseUnknownExpand(ctx: SpContext, entity: Entity): void {
  const expand = ctx.query.get('$expand');
  if (!expand) return;
  for (const name of expand.split(',').map(part => part.trim().split('/')[0]).filter(Boolean)) {
    if (!Object.keys(entity.props).some(key => key.toLowerCase() === name.toLowerCase())) throw notSupported(`$expand=${name} on ${entity.meta.type}`);
  }
}

/**
 * Keeps only the `$select`ed properties of an entity (unknown names are SharePoint's 400). `A/B` selects inside a
 * property the caller expanded (`roleAssignments?$expand=Member&$select=Member/Title`), as OData allows.
 */
export function selectProps(ctx: SpContext, entity: Entity): Entity {
  refuseUnknownExpand(ctx, entity);
  const select = ctx.query.get('$select');
  if (!select || select.split(',').some(s => s.trim() === '*')) return entity;
  const props: Record<string, unknown> = {};
  for (const name of select.split(',').map(s => s.trim()).filter(Boolean)) pick(entity, name.split('/'), props);
  return { meta: entity.meta, props };
}

/** A non-negative whole number from `$top`/`$skip`, or SharePoint's 400. */
function countOption(ctx: SpContext, option: '$top' | '$skip'): number | undefined {
  const text = ctx.query.get(option);
  if (text === null) return undefined;
  if (!/^\d+$/.test(text.trim())) throw SpErrors.badQuery(`Invalid ${option} value '${text}': a non-negative integer is expected.`);
  return Number(text.trim());
}

function compareValues(a: unknown, b: unknown): number {
  const va = plainValue(a) as string | number | boolean | null;
  const vb = plainValue(b) as string | number | boolean | null;
  if (va === vb) return 0;
  if (va === null) return -1;
  if (vb === null) return 1;
  return va < vb ? -1 : 1;
}

/**
 * `$filter`, `$orderby` (several keys), `$skip`, `$top` and `$select` over a small collection (lists, fields, users,
 * groups, role assignments and definitions, a folder's files), in OData's order: filter, order, skip, top.
 * `$skip` works on these collections and not on list items ("Use OData query operations in SharePoint REST requests",
 * https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests);
 * items have their own paging in itemQuery.
 */
export function queryPlain(ctx: SpContext, entities: Entity[]): Entity[] {
  const filterText = ctx.query.get('$filter');
  let result = filterText ? entities.filter(e => matches(e, parseFilter(filterText))) : entities;
  const orderBy = ctx.query.get('$orderby');
  if (orderBy) {
    const keys = orderBy.split(',').map(part => part.trim()).filter(Boolean).map(part => {
      const [field, direction = 'asc'] = part.split(/\s+/);
      if (!/^(asc|desc)$/i.test(direction)) throw SpErrors.badQuery(`The $orderby direction '${direction}' is not valid.`);
      return { field, sign: direction.toLowerCase() === 'desc' ? -1 : 1 };
    });
    // An unknown sort field is SharePoint's 400 even when only one entity matched (checked on the first one).
    if (result.length > 0) for (const key of keys) fieldValue(result[0], key.field);
    result = [...result].sort((a, b) => {
      for (const key of keys) {
        const order = compareValues(fieldValue(a, key.field), fieldValue(b, key.field));
        if (order !== 0) return order * key.sign;
      }
      return 0;
    });
  }
  const skip = countOption(ctx, '$skip');
  if (skip !== undefined) result = result.slice(skip);
  const top = countOption(ctx, '$top');
  if (top !== undefined) result = result.slice(0, top);
  return result.map(e => selectProps(ctx, e));
}
