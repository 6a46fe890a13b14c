import type { Bank, ReleaseRecord, StatementContent } from '../../../src/domain/bank/BankModel';
import type { DraftBlock } from '../../../src/domain/draft/DraftModel';
import type { DocumentFacts } from '../../../src/domain/register/milestones';

/** Blocks, a bank history and document facts for the register's tests. */

export function statementBlock(key: string, text: string, patch: Partial<DraftBlock> = {}, content: Partial<DraftBlock['content']> = {}): DraftBlock {
  return {
    key: `s:${key}`, kind: 'Statement', sourceKey: key, sourceVersion: 1, baseText: text, mandatory: false, ...patch,
    content: { text, included: true, note: '', sectionKey: 'intro', order: 10, removed: false, ...content }
  };
}

const content = (text: string): StatementContent => ({
  sectionKey: 'intro', text, guidance: '', mandatory: false, settings: [], tags: [], order: 10, checkAgainstGuidance: false, retired: false
});

export function release(number: number, label: string, changes: [string, number][]): ReleaseRecord {
  return { number, label, notes: '', changes: changes.map(([key, toVersion]) => ({ entity: 'statement', key, change: toVersion === 1 ? 'new' : 'changed', fromVersion: toVersion - 1, toVersion, content: content('') })) };
}

/** Release 2026.1 publishes four statements at version 1; 2026.2 changes "phones" to version 2. */
export const BANK: Bank = {
  sections: [], statements: [], templates: [],
  releases: [release(1, '2026.1', [['ai', 1], ['phones', 1], ['filtering', 1], ['images', 1]]), release(2, '2026.2', [['phones', 2]])]
};

/** Oakfield's policy: "ai" kept, "filtering" amended, "images" left out, "phones" updated to v2 but its own wording kept. */
export const OAKFIELD_SECRET = 'At Oakfield only the head may approve filtering changes.';
export function oakfieldPolicy(patch: Partial<DocumentFacts> = {}): DocumentFacts {
  return {
    id: 4, kind: 'Policy', templateKey: 'policy-primary', bankRelease: '2026.1', started: '2026-01-10T09:00:00Z',
    blocks: [
      statementBlock('ai', 'Staff use generative AI only through approved tools.'),
      statementBlock('filtering', OAKFIELD_SECRET, { baseText: 'The school reviews filtering each year.' }),
      statementBlock('images', 'Images of pupils are stored on school systems only.', {}, { included: false }),
      statementBlock('phones', 'Pupils at Oakfield leave phones in the office.', { sourceVersion: 2, baseText: 'Phones are kept away all day.' }),
      { ...statementBlock('own', 'Our school council reviews this policy.'), key: 'c:1', kind: 'Custom', sourceKey: undefined, baseText: '' }
    ],
    ...patch
  };
}
