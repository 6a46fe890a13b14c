import { PACK_FORMAT, PACK_FORMAT_VERSION, sealPack } from '../content/ContentPack';
import { parseContentPack } from '../content/parseContentPack';
import type { Bank, EntityKind } from './BankModel';
import type { BankProblem } from './bankValidation';

const ENTITY_OF: Record<string, EntityKind> = { sections: 'section', statements: 'statement', templates: 'template' };

/**
 * What would stop the bank's working copies from travelling as a content pack: they are read back through the
 * same reader an importing bank uses, so a release can never publish content its own export would refuse.
 */
export function exportabilityProblems(bank: Bank): BankProblem[] {
  const live = <T extends { retired: boolean }>(entities: { key: string; working: T; published?: { version: number } }[]) =>
    entities.filter(e => !e.working.retired).map(e => ({ key: e.key, version: (e.published?.version ?? 0) + 1, content: e.working }));
  const pack = sealPack({
    format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, packVersion: 'check', title: 'check', source: 'check', createdUtc: '2000-01-01T00:00:00Z',
    sections: live(bank.sections), statements: live(bank.statements), templates: live(bank.templates), resources: []
  });
  const parsed = parseContentPack(JSON.stringify(pack));
  if (parsed.ok) return [];
  const where = /(sections|statements|templates)\[(\d+)\]/.exec(parsed.error.message);
  const list = where ? (pack as unknown as Record<string, { key: string }[]>)[where[1]] : undefined;
  const key = where && list ? list[Number(where[2])]?.key ?? '' : '';
  return [{ severity: 'error', entity: where ? ENTITY_OF[where[1]] : 'statement', key, message: parsed.error.message.replace(/ Fix this in the bank.*$/, '') }];
}
