import type { SpContext } from './SpContext';
import { jsonResponse, type ODataFormat, type SpResponse } from './SpRequest';

/** The OData annotations of one entity. */
export interface EntityMeta {
  /** OData type, e.g. `SP.Data.TasksListItem`, `SP.List`, `SP.User`. */
  type: string;
  /** Path of the entity under `_api/` (`Web/Lists(guid'…')/Items(7)`). */
  path: string;
  /** `odata.id` for JSON light (SharePoint sends a GUID for items, the URI for most others). */
  id?: string;
  etag?: string;
}

/** An entity ready to shape: its annotations and its properties. */
export interface Entity {
  meta: EntityMeta;
  props: Record<string, unknown>;
}

function verboseValue(value: unknown): unknown {
  if (Array.isArray(value)) {
    const itemType = value.every(v => typeof v === 'number') ? 'Collection(Edm.Int32)' : 'Collection(Edm.String)';
    return { __metadata: { type: itemType }, results: value.map(verboseValue) };
  }
  if (isEntity(value)) return verboseEntity(value);
  return value;
}

/** True for an entity value (expanded navigation properties are entities inside `props`). */
export function isEntity(value: unknown): value is Entity {
  return typeof value === 'object' && value !== null && 'meta' in value && 'props' in value;
}

function verboseEntity(entity: Entity, apiUrl = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {
    __metadata: {
      id: apiUrl ? `${apiUrl}/${entity.meta.path}` : entity.meta.path,
      uri: apiUrl ? `${apiUrl}/${entity.meta.path}` : entity.meta.path,
      ...(entity.meta.etag ? { etag: entity.meta.etag } : {}),
      type: entity.meta.type
    }
  };
  for (const [key, value] of Object.entries(entity.props)) out[key] = verboseValue(value);
  return out;
}

function lightEntity(entity: Entity, format: ODataFormat, apiUrl: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (format === 'minimal') {
    out['odata.type'] = entity.meta.type;
    out['odata.id'] = entity.meta.id ?? `${apiUrl}/${entity.meta.path}`;
    if (entity.meta.etag) out['odata.etag'] = entity.meta.etag;
    out['odata.editLink'] = entity.meta.path;
  }
  for (const [key, value] of Object.entries(entity.props)) {
    if (isEntity(value)) out[key] = lightEntity(value, format, apiUrl);
    else if (Array.isArray(value) && value.some(isEntity)) out[key] = value.map(v => (isEntity(v) ? lightEntity(v, format, apiUrl) : v));
    else out[key] = value;
  }
  return out;
}

/** Shapes one entity as the caller's format wants it (`/@Element` fragment for JSON light). */
export function shapeEntity(ctx: SpContext, entity: Entity, metadataFragment: string): Record<string, unknown> {
  if (ctx.format === 'verbose') return { d: verboseEntity(entity, ctx.apiUrl) };
  const body = lightEntity(entity, ctx.format, ctx.apiUrl);
  return ctx.format === 'minimal' ? { 'odata.metadata': `${ctx.apiUrl}/$metadata#${metadataFragment}/@Element`, ...body } : body;
}

/** Shapes a collection, with the next page's absolute link when there is one. */
export function shapeCollection(ctx: SpContext, entities: Entity[], metadataFragment: string, nextLink?: string): Record<string, unknown> {
  if (ctx.format === 'verbose') {
    return { d: { results: entities.map(e => verboseEntity(e, ctx.apiUrl)), ...(nextLink ? { __next: nextLink } : {}) } };
  }
  const value = entities.map(e => lightEntity(e, ctx.format, ctx.apiUrl));
  return {
    ...(ctx.format === 'minimal' ? { 'odata.metadata': `${ctx.apiUrl}/$metadata#${metadataFragment}` } : {}),
    value,
    ...(nextLink ? { 'odata.nextLink': nextLink } : {})
  };
}

/** Shapes a primitive result (a GUID, a date, a number) the way SharePoint returns function results. */
export function shapePrimitive(ctx: SpContext, name: string, edmType: string, value: unknown): Record<string, unknown> {
  if (ctx.format === 'verbose') return { d: { [name]: value } };
  return { ...(ctx.format === 'minimal' ? { 'odata.metadata': `${ctx.apiUrl}/$metadata#${edmType}` } : {}), value };
}

/** `200` with one shaped entity. */
export function entityResponse(ctx: SpContext, entity: Entity, fragment: string, status = 200, headers: Record<string, string> = {}): SpResponse {
  const etagHeader: Record<string, string> = entity.meta.etag ? { etag: entity.meta.etag } : {};
  return jsonResponse(status, shapeEntity(ctx, entity, fragment), ctx.format, { ...etagHeader, ...headers });
}

/** `200` with a shaped collection. */
export function collectionResponse(ctx: SpContext, entities: Entity[], fragment: string, nextLink?: string): SpResponse {
  return jsonResponse(200, shapeCollection(ctx, entities, fragment, nextLink), ctx.format);
}

/** `200` with a primitive. */
export function primitiveResponse(ctx: SpContext, name: string, edmType: string, value: unknown): SpResponse {
  return jsonResponse(200, shapePrimitive(ctx, name, edmType, value), ctx.format);
}
