import type { SchoolSetting } from '../school/SchoolSetting';
import type { BankStatement, StatementContent } from './BankModel';

/** What the officer (or a school) searches the bank by. */
export interface StatementQuery {
  /** Words that must all appear (in the text, guidance, key or tags), case-insensitive. */
  words?: string;
  setting?: SchoolSetting;
  tag?: string;
  sectionKey?: string;
  includeRetired?: boolean;
}

/**
 * The statements matching a query, reading `working` copies (officer) or `published` (schools), in section order
 * (by `sectionOrder`, section key → position) and then by their order within the section.
 */
export function searchStatements(statements: BankStatement[], query: StatementQuery, copy: 'working' | 'published' = 'working', sectionOrder: ReadonlyMap<string, number> = new Map()): BankStatement[] {
  const words = (query.words ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const tag = query.tag?.toLowerCase();
  const contentOf = (s: BankStatement): StatementContent | undefined => (copy === 'working' ? s.working : s.published?.content);
  return statements.filter(statement => {
    const content = contentOf(statement);
    if (!content) return false;
    if (content.retired && !query.includeRetired) return false;
    if (query.sectionKey && content.sectionKey !== query.sectionKey) return false;
    if (query.setting && !content.settings.includes(query.setting)) return false;
    if (tag && !content.tags.some(t => t.toLowerCase() === tag)) return false;
    if (words.length > 0) {
      const haystack = `${content.text} ${content.guidance} ${statement.key} ${content.tags.join(' ')}`.toLowerCase();
      if (!words.every(word => haystack.includes(word))) return false;
    }
    return true;
  }).sort((a, b) => {
    const sa = sectionOrder.get(contentOf(a)?.sectionKey ?? '') ?? 0;
    const sb = sectionOrder.get(contentOf(b)?.sectionKey ?? '') ?? 0;
    return sa - sb || (contentOf(a)?.order ?? 0) - (contentOf(b)?.order ?? 0);
  });
}

/** Every tag used in the bank, sorted, for the tag filter. */
export function allTags(statements: BankStatement[]): string[] {
  return [...new Set(statements.flatMap(s => s.working.tags))].sort();
}
