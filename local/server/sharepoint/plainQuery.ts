import { parseFilter, type FilterNode } from './odataFilter';
import type { Entity } from './odataShape';
import type { SpContext } from './SpContext';
import { SpErrors } from './SpError';

function plainValue(value: unknown): unknown {
  if (typeof value === 'string') return value.toLowerCase();
  return value;
}

function matches(entity: Entity, node: FilterNode): boolean {
  switch (node.kind) {
    case 'and': return matches(entity, node.left) && matches(entity, node.right);
    case 'or': return matches(entity, node.left) || matches(entity, node.right);
    case 'startswith': return String(entity.props[node.field] ?? '').toLowerCase().startsWith(node.text.toLowerCase());
    case 'substringof': return String(entity.props[node.field] ?? '').toLowerCase().includes(node.text.toLowerCase());
    case 'compare': {
      if (!(node.field in entity.props)) throw SpErrors.fieldNotFound(node.field);
      const left = plainValue(entity.props[node.field]);
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

/** Keeps only the `$select`ed properties of an entity (unknown names are SharePoint's 400). */
export function selectProps(ctx: SpContext, entity: Entity): Entity {
  const select = ctx.query.get('$select');
  if (!select || select.split(',').some(s => s.trim() === '*')) return entity;
  const props: Record<string, unknown> = {};
  for (const name of select.split(',').map(s => s.trim()).filter(Boolean)) {
    const key = Object.keys(entity.props).find(k => k.toLowerCase() === name.toLowerCase());
    if (!key) throw SpErrors.propertyNotFound(name, entity.meta.type);
    props[key] = entity.props[key];
  }
  return { meta: entity.meta, props };
}

/** `$filter`, `$orderby`, `$top` and `$select` over a small collection (lists, fields, users). */
export function queryPlain(ctx: SpContext, entities: Entity[]): Entity[] {
  const filterText = ctx.query.get('$filter');
  let result = filterText ? entities.filter(e => matches(e, parseFilter(filterText))) : entities;
  const orderBy = ctx.query.get('$orderby');
  if (orderBy) {
    const [field, direction] = orderBy.split(',')[0].trim().split(/\s+/);
    const sign = (direction ?? '').toLowerCase() === 'desc' ? -1 : 1;
    result = [...result].sort((a, b) => {
      const va = plainValue(a.props[field]) as string | number;
      const vb = plainValue(b.props[field]) as string | number;
      return va === vb ? 0 : va < vb ? -sign : sign;
    });
  }
  const top = ctx.query.get('$top');
  if (top !== null) result = result.slice(0, Number(top));
  return result.map(e => selectProps(ctx, e));
}
