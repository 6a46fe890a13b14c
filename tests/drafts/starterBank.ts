import type { Bank } from '../../src/domain/bank/BankModel';
import type { PackEntity } from '../../src/domain/content/ContentPack';
import { buildStarterPack } from '../../src/content/starterPack';

/**
 * The starter bank as a school reads it (as BankService.loadPublished returns it): every entity published at
 * its pack version, with the working copy the same as the published one.
 */
export function starterBank(): Bank {
  const pack = buildStarterPack();
  const published = <T>(entity: PackEntity<T>): { key: string; working: T; published: { version: number; content: T; releaseLabel: string } } => ({
    key: entity.key, working: entity.content, published: { version: entity.version, content: entity.content, releaseLabel: pack.packVersion }
  });
  return { sections: pack.sections.map(published), statements: pack.statements.map(published), templates: pack.templates.map(published), releases: [] };
}
