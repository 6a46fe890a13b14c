import { canonicalJson } from '../../domain/json/canonicalJson';
import { sha256Hex } from '../../domain/hash/sha256';
import type { EntityKind } from '../../domain/bank/BankModel';
import { STARTER_RELEASED } from './starterReleased.generated';

/**
 * What the last released starter pack published, entity by entity: the version and a short hash of the content.
 * A new starter release gives an entity the same version when its content is unchanged and the next one when it
 * changed, exactly as an officer's bank numbers them when it publishes the new pack over the old one; so schools
 * see the new release as updates to single statements, never as a new bank.
 *
 * After a starter release ships, regenerate the record from its pack file:
 *   npx tsx scripts/starterReleaseManifest.ts <released-pack.json> src/content/starter/starterReleased.generated.ts
 */
export interface ReleasedEntity {
  version: number;
  hash: string;
}

export type ReleasedRecord = { label: string } & Record<EntityKind, Record<string, ReleasedEntity>>;

/** The short content hash the record keeps (64 bits of SHA-256: enough to tell a changed entity from the same one). */
export function contentHash(content: unknown): string {
  return sha256Hex(canonicalJson(content)).slice(0, 16);
}

/** The version an entity of the new starter pack carries, given what the last release published. */
export function nextStarterVersion(entity: EntityKind, key: string, content: unknown, released: ReleasedRecord = STARTER_RELEASED): number {
  const before = released[entity][key];
  if (!before) return 1;
  return before.hash === contentHash(content) ? before.version : before.version + 1;
}
