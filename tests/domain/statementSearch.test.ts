import type { BankStatement } from '../../src/domain/bank/BankModel';
import { allTags, searchStatements, type StatementQuery } from '../../src/domain/bank/statementSearch';
import { keysOf, published, statement } from './bankFixtures';

function statements(): BankStatement[] {
  const phones = published(statement('phones-lockers', { sectionKey: 'phones', text: 'Pupils keep Mobile Phones in lockers.', tags: ['phones'], settings: ['Secondary'], order: 20 }));
  return [
    phones,
    statement('roles-dsl', { sectionKey: 'roles', text: 'The DSL leads on online safety.', guidance: 'Name a deputy for the DSL.', tags: ['dsl', 'Governors'], settings: ['Primary', 'Secondary'], order: 10 }),
    statement('filter-checks', { sectionKey: 'filtering', text: 'Filtering is checked each term.', tags: ['filtering'], settings: ['Primary'], order: 30 }),
    statement('roles-old', { sectionKey: 'roles', text: 'The DSL keeps a paper log.', tags: ['dsl'], order: 20, retired: true }),
    // Published as one wording, since edited in the working copy.
    { ...published(statement('ai-homework', { sectionKey: 'ai', text: 'Pupils may use AI for homework.', tags: ['ai'], order: 5 })), working: { ...statement('ai-homework').working, sectionKey: 'ai', text: 'Pupils say when they used generative tools.', tags: ['ai'], order: 5 } }
  ];
}

function search(query: StatementQuery, copy?: 'working' | 'published'): string[] {
  return keysOf(searchStatements(statements(), query, copy));
}

describe('searchStatements', () => {
  it('returns every active statement for an empty query, by order', () => {
    expect(search({})).toEqual(['ai-homework', 'roles-dsl', 'phones-lockers', 'filter-checks']);
  });

  it('needs every word, in any case, anywhere in text, guidance, key or tags', () => {
    expect(search({ words: 'dsl' })).toEqual(['roles-dsl']);
    expect(search({ words: 'MOBILE phones' })).toEqual(['phones-lockers']);
    expect(search({ words: 'deputy' })).toEqual(['roles-dsl']);
    expect(search({ words: 'filter-checks' })).toEqual(['filter-checks']);
    expect(search({ words: 'governors' })).toEqual(['roles-dsl']);
    expect(search({ words: '  pupils   lockers ' })).toEqual(['phones-lockers']);
    expect(search({ words: 'pupils tablets' })).toEqual([]);
  });

  it('filters by setting', () => {
    expect(search({ setting: 'Secondary' })).toEqual(['roles-dsl', 'phones-lockers']);
    expect(search({ setting: 'Post16' })).toEqual([]);
  });

  it('filters by tag, whatever its case', () => {
    expect(search({ tag: 'GOVERNORS' })).toEqual(['roles-dsl']);
    expect(search({ tag: 'dsl' })).toEqual(['roles-dsl']);
    expect(search({ tag: 'dsl', includeRetired: true })).toEqual(['roles-dsl', 'roles-old']);
  });

  it('filters by section', () => {
    expect(search({ sectionKey: 'roles', includeRetired: true })).toEqual(['roles-dsl', 'roles-old']);
    expect(search({ sectionKey: 'roles' })).toEqual(['roles-dsl']);
  });

  it('leaves retired statements out unless asked', () => {
    expect(search({ words: 'paper' })).toEqual([]);
    expect(search({ words: 'paper', includeRetired: true })).toEqual(['roles-old']);
  });

  it('combines filters', () => {
    expect(search({ words: 'dsl', setting: 'Primary', tag: 'dsl', sectionKey: 'roles', includeRetired: true })).toEqual(['roles-dsl', 'roles-old']);
    expect(search({ words: 'dsl', setting: 'Post16' })).toEqual([]);
  });

  it('reads published copies for schools, skipping statements never published', () => {
    expect(search({}, 'published')).toEqual(['ai-homework', 'phones-lockers']);
    expect(search({ words: 'may' }, 'published')).toEqual(['ai-homework']);
    expect(search({ words: 'may' }, 'working')).toEqual([]);
    expect(search({ words: 'generative' }, 'published')).toEqual([]);
    expect(search({ words: 'generative' })).toEqual(['ai-homework']);
  });
});

describe('allTags', () => {
  it('lists each working tag once, sorted', () => {
    expect(allTags(statements())).toEqual(['Governors', 'ai', 'dsl', 'filtering', 'phones']);
  });
});
