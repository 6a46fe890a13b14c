import { canonicalJson } from '../json/canonicalJson';
import type { Versioned } from './BankModel';

/** Where an entity stands against its published copy, for badges. */
export type EntityStatus = 'new' | 'changed' | 'retired' | 'published' | 'retiredUnpublished';

/** The entity's status: never published, changed since publishing, retired (pending or done), or as published. */
export function entityStatus<T extends { retired: boolean }>(entity: Versioned<T>): EntityStatus {
  if (!entity.published) return entity.working.retired ? 'retiredUnpublished' : 'new';
  if (entity.working.retired) return 'retired';
  return canonicalJson(entity.published.content) === canonicalJson(entity.working) ? 'published' : 'changed';
}
