import type { Entity } from './odataShape';
import { SpErrors } from './SpError';

/**
 * Setters for the properties a MERGE may change, keyed by the property's name: each checks the value and returns
 * the change to apply, so a bad value anywhere leaves the entity untouched.
 */
export type Setters = Record<string, (value: unknown) => () => void>;

/**
 * Applies a MERGE body to an entity the way SharePoint's REST deserialiser does: OData annotations (`__metadata`,
 * `odata.type`, …) are ignored; writable properties are set; a read-only property may be sent back unchanged
 * (PnPjs's own `currentUser.update(props)` test posts the whole entity it read: pnp/pnpjs test/sp/site-users.ts),
 * but a change to it is refused; a name the type does not have is SharePoint's 400 "property does not exist".
 * Nothing is changed unless every property is acceptable.
 */
export function applyUpdate(entity: Entity, body: Record<string, unknown>, setters: Setters): void {
  const changes: (() => void)[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata' || key.startsWith('odata.') || key.includes('@odata.')) continue;
    const setter = Object.keys(setters).find(name => name.toLowerCase() === key.toLowerCase());
    if (setter) {
      changes.push(setters[setter](value));
      continue;
    }
    const known = Object.keys(entity.props).find(name => name.toLowerCase() === key.toLowerCase());
    if (known === undefined) throw SpErrors.propertyNotFound(key, entity.meta.type);
    if (JSON.stringify(entity.props[known]) !== JSON.stringify(value)) {
      throw SpErrors.badRequest(`The property '${known}' of type '${entity.meta.type}' is read-only and cannot be changed.`);
    }
  }
  for (const change of changes) change();
}

/** A string property value, or a clear 400. */
export function textValue(name: string, value: unknown): string {
  if (typeof value !== 'string') throw SpErrors.badRequest(`The property '${name}' expects a text value.`);
  return value;
}

/** A boolean property value, or a clear 400. */
export function booleanValue(name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw SpErrors.badRequest(`The property '${name}' expects true or false.`);
  return value;
}
