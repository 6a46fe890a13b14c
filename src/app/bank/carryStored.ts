import type { Bank, Versioned } from '../../domain/bank/BankModel';

function carry<T>(saved: Versioned<T>[], current: Versioned<T>[]): Versioned<T>[] {
  const stored = new Map(saved.map(e => [e.key, e]));
  return current.map(entity => {
    const from = stored.get(entity.key);
    return from && (from.itemId !== entity.itemId || from.etag !== entity.etag) ? { ...entity, itemId: from.itemId, etag: from.etag } : entity;
  });
}

/**
 * `current` (what is on screen, maybe edited further while a save was out) with the item ids and ETags of `saved`
 * (what the server now holds): the next save then sends the versions the server has, not stale ones.
 */
export function carryStored(saved: Bank, current: Bank): Bank {
  return {
    ...current,
    sections: carry(saved.sections, current.sections),
    statements: carry(saved.statements, current.statements),
    templates: carry(saved.templates, current.templates)
  };
}
