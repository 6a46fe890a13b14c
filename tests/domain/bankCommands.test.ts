import type { Bank, TemplateContent } from '../../src/domain/bank/BankModel';
import {
  BankEditError, addSection, addStatement, editSection, editStatement, moveSection, moveStatement, normaliseTags, restoreStatement,
  retireSection, retireStatement, saveTemplate, slugify, statementsOfSection, uniqueKey, type StatementInput
} from '../../src/domain/bank/bankCommands';
import { bank, keysOf, policyTemplate, published, section, statement, template } from './bankFixtures';

/** Two sections of three and two statements, a policy and an AUP template and a letter. */
function sampleBank(): Bank {
  return bank({
    sections: [section('roles', { title: 'Roles' }, 10), section('online', { title: 'Online risks' }, 20), section('aup-ks2', { title: 'KS2', group: 'Aup', audience: 'KS2' }, 30)],
    statements: [
      statement('roles-a', { order: 10 }),
      statement('roles-b', { order: 20 }),
      statement('roles-c', { order: 30 }),
      statement('online-a', { sectionKey: 'online', order: 10 }),
      statement('online-b', { sectionKey: 'online', order: 20 }),
      statement('aup-ks2-a', { sectionKey: 'aup-ks2', order: 10 })
    ],
    templates: [
      policyTemplate('policy-primary', ['roles-a', 'roles-b', 'online-a']),
      template('aup-template-ks2', { title: 'KS2', audience: 'KS2', body: { kind: 'Aup', statementKeys: ['aup-ks2-a', 'roles-b'] } }),
      policyTemplate('policy-secondary', ['roles-a'], { setting: 'Secondary' }),
      template('letter-home', { title: 'Letter', body: { kind: 'Letter', letter: { recipients: 'Parents', purpose: 'Info', subject: 'Hello', paragraphs: ['Text'], signOff: 'Head' } } })
    ]
  });
}

const INPUT: StatementInput = { sectionKey: 'roles', text: '  The DSL leads on online safety, always and everywhere.  ', guidance: ' Why. ', mandatory: true, settings: ['Primary'], tags: [' Filtering ', 'filtering', '', 'DSL'] };

function orders(b: Bank, sectionKey: string): [string, number][] {
  return statementsOfSection(b, sectionKey).map(s => [s.key, s.working.order]);
}

describe('slugify and uniqueKey', () => {
  it('makes lower-case hyphenated keys from the first words, without accents or punctuation', () => {
    expect(slugify('  Café Über-Safety: the DSL’s role!  ')).toBe('cafe-uber-safety-the-dsl');
    expect(slugify('One two three four five six seven')).toBe('one-two-three-four-five');
    expect(slugify('One two three', 2)).toBe('one-two');
    expect(slugify('Ŵyn a’r ysgol')).toBe('wyn-a-r-ysgol');
    expect(slugify('!!! 😀')).toBe('');
  });

  it('adds a number until the key is free', () => {
    expect(uniqueKey('roles', 'Lead role', new Set())).toBe('roles-lead-role');
    expect(uniqueKey('roles', 'Lead role', new Set(['roles-lead-role']))).toBe('roles-lead-role-2');
    expect(uniqueKey('roles', 'Lead role', new Set(['roles-lead-role', 'roles-lead-role-2']))).toBe('roles-lead-role-3');
  });

  it('falls back to the prefix, or to "item", when the text has no usable words', () => {
    expect(uniqueKey('', 'Lead role', new Set())).toBe('lead-role');
    expect(uniqueKey('roles', '😀', new Set())).toBe('roles');
    expect(uniqueKey('', '😀', new Set(['item']))).toBe('item-2');
  });

  it('normalises tags: trimmed, lower case, no blanks or duplicates', () => {
    expect(normaliseTags([' Filtering ', 'filtering', '', 'DSL', 'dsl '])).toEqual(['filtering', 'dsl']);
  });
});

describe('addStatement', () => {
  it('adds a trimmed statement at the end of its section with a key from its words', () => {
    const before = sampleBank();
    const { bank: after, key } = addStatement(before, INPUT);
    expect(key).toBe('roles-the-dsl-leads-on-online');
    expect(after.statements.find(s => s.key === key)).toEqual({
      key,
      working: {
        sectionKey: 'roles', text: 'The DSL leads on online safety, always and everywhere.', guidance: 'Why.', mandatory: true, settings: ['Primary'],
        tags: ['filtering', 'dsl'], order: 40, checkAgainstGuidance: false, retired: false
      }
    });
    expect(before.statements).toHaveLength(6);
  });

  it('keeps keys unique when the same words are added twice', () => {
    const once = addStatement(sampleBank(), INPUT);
    const twice = addStatement(once.bank, INPUT);
    expect(twice.key).toBe('roles-the-dsl-leads-on-online-2');
    expect(orders(twice.bank, 'roles').slice(-2)).toEqual([['roles-the-dsl-leads-on-online', 40], ['roles-the-dsl-leads-on-online-2', 50]]);
  });

  it('starts an empty section at order 10', () => {
    const b = addSection(sampleBank(), { title: 'New', summary: '', group: 'Policy' });
    expect(addStatement(b.bank, { ...INPUT, sectionKey: b.key }).bank.statements.at(-1)?.working.order).toBe(10);
  });

  it('refuses an empty statement, a missing section and a retired section', () => {
    expect(() => addStatement(sampleBank(), { ...INPUT, text: '   ' })).toThrow(new BankEditError('Write the statement before adding it.'));
    expect(() => addStatement(sampleBank(), { ...INPUT, sectionKey: 'ghost' })).toThrow('There is no section "ghost" in the bank.');
    const b = sampleBank();
    const retired = { ...b, sections: b.sections.map(s => (s.key === 'roles' ? { ...s, working: { ...s.working, retired: true } } : s)) };
    expect(() => addStatement(retired, INPUT)).toThrow(/The section "Roles" is retired: restore it before adding statements\./);
  });
});

describe('editStatement', () => {
  it('changes the working copy only, trimming text and normalising tags', () => {
    const start = sampleBank();
    const before = { ...start, statements: start.statements.map(s => (s.key === 'roles-a' ? published(s) : s)) };
    const after = editStatement(before, 'roles-a', { text: '  New wording.  ', tags: ['AI ', 'ai'] });
    const edited = after.statements.find(s => s.key === 'roles-a');
    expect(edited?.working).toMatchObject({ text: 'New wording.', tags: ['ai'], order: 10, sectionKey: 'roles' });
    expect(edited?.published?.content.text).toBe('Statement roles-a.');
    expect(after.statements.filter(s => s.key !== 'roles-a')).toEqual(before.statements.filter(s => s.key !== 'roles-a'));
    expect(after.statements[1]).toBe(before.statements[1]);
  });

  it('keeps text and tags when the patch leaves them out', () => {
    const b = editStatement(sampleBank(), 'roles-a', { tags: ['x'] });
    const after = editStatement(b, 'roles-a', { mandatory: true });
    expect(after.statements[0].working).toMatchObject({ text: 'Statement roles-a.', tags: ['x'], mandatory: true });
  });

  it('refuses to empty a statement and names an unknown one', () => {
    expect(() => editStatement(sampleBank(), 'roles-a', { text: ' \n ' })).toThrow(/cannot be empty\. Retire it instead/);
    expect(() => editStatement(sampleBank(), 'nope', { text: 'x' })).toThrow(BankEditError);
  });
});

describe('retireStatement and restoreStatement', () => {
  it('retires a statement and takes it out of every policy and AUP template', () => {
    const before = sampleBank();
    const after = retireStatement(before, 'roles-b');
    expect(after.statements.find(s => s.key === 'roles-b')?.working.retired).toBe(true);
    const lists = Object.fromEntries(after.templates.map(t => [t.key, 'statementKeys' in t.working.body ? t.working.body.statementKeys : null]));
    expect(lists).toEqual({ 'policy-primary': ['roles-a', 'online-a'], 'aup-template-ks2': ['aup-ks2-a'], 'policy-secondary': ['roles-a'], 'letter-home': null });
    // Templates that never listed it, and the letter, are left exactly as they were.
    expect(after.templates[2]).toBe(before.templates[2]);
    expect(after.templates[3]).toBe(before.templates[3]);
  });

  it('brings a retired statement back (but not into the templates it left)', () => {
    const after = restoreStatement(retireStatement(sampleBank(), 'roles-b'), 'roles-b');
    expect(after.statements.find(s => s.key === 'roles-b')?.working.retired).toBe(false);
    expect(after.templates[0].working.body).toEqual({ kind: 'Policy', statementKeys: ['roles-a', 'online-a'] });
  });

  it('names an unknown statement', () => {
    expect(() => retireStatement(sampleBank(), 'nope')).toThrow('There is no statement "nope" in the bank.');
    expect(() => restoreStatement(sampleBank(), 'nope')).toThrow(BankEditError);
  });
});

describe('moveStatement', () => {
  it('moves within a section and renumbers 10, 20, 30, keeping statements whose order did not change', () => {
    const before = sampleBank();
    const after = moveStatement(before, 'roles-c', 1);
    expect(orders(after, 'roles')).toEqual([['roles-a', 10], ['roles-c', 20], ['roles-b', 30]]);
    expect(after.statements[0]).toBe(before.statements[0]);
    expect(after.statements.slice(3)).toEqual(before.statements.slice(3));
    after.statements.slice(3).forEach((s, i) => expect(s).toBe(before.statements[3 + i]));
  });

  it('moves to the top, and clamps an index past the end to the bottom', () => {
    expect(orders(moveStatement(sampleBank(), 'roles-c', 0), 'roles')).toEqual([['roles-c', 10], ['roles-a', 20], ['roles-b', 30]]);
    expect(orders(moveStatement(sampleBank(), 'roles-a', 99), 'roles')).toEqual([['roles-b', 10], ['roles-c', 20], ['roles-a', 30]]);
    expect(orders(moveStatement(sampleBank(), 'roles-a', -5), 'roles')).toEqual([['roles-a', 10], ['roles-b', 20], ['roles-c', 30]]);
  });

  it('is no change at all when a statement stays where it is', () => {
    const before = sampleBank();
    const after = moveStatement(before, 'roles-b', 1);
    after.statements.forEach((s, i) => expect(s).toBe(before.statements[i]));
  });

  it('renumbers from scratch when orders had gaps', () => {
    const b = sampleBank();
    const gappy = { ...b, statements: b.statements.map(s => (s.key === 'roles-c' ? { ...s, working: { ...s.working, order: 95 } } : s)) };
    expect(orders(moveStatement(gappy, 'roles-a', 2), 'roles')).toEqual([['roles-b', 10], ['roles-c', 20], ['roles-a', 30]]);
  });

  it('moves across sections, renumbering both and leaving other sections alone', () => {
    const before = sampleBank();
    const after = moveStatement(before, 'roles-a', 1, 'online');
    expect(orders(after, 'online')).toEqual([['online-a', 10], ['roles-a', 20], ['online-b', 30]]);
    expect(orders(after, 'roles')).toEqual([['roles-b', 10], ['roles-c', 20]]);
    expect(after.statements.find(s => s.key === 'roles-a')?.working.sectionKey).toBe('online');
    expect(after.statements.find(s => s.key === 'online-a')).toBe(before.statements.find(s => s.key === 'online-a'));
    expect(after.statements.find(s => s.key === 'aup-ks2-a')).toBe(before.statements.find(s => s.key === 'aup-ks2-a'));
    // The key stays: it is stable for the statement's whole life.
    expect(keysOf(after.statements)).toEqual(keysOf(before.statements));
  });

  it('refuses a retired or missing target section', () => {
    const b = retireSection({ ...sampleBank(), sections: [...sampleBank().sections, section('empty', {}, 40)] }, 'empty');
    expect(() => moveStatement(b, 'roles-a', 0, 'empty')).toThrow('Statements cannot be moved into a retired section.');
    expect(() => moveStatement(b, 'roles-a', 0, 'ghost')).toThrow('There is no section "ghost" in the bank.');
    expect(() => moveStatement(b, 'ghost', 0)).toThrow('There is no statement "ghost" in the bank.');
  });
});

describe('sections', () => {
  it('adds a policy section at the end with a key from its title', () => {
    const { bank: after, key } = addSection(sampleBank(), { title: ' Generative AI ', summary: ' Tools. ', group: 'Policy' });
    expect(key).toBe('generative-ai');
    expect(after.sections.at(-1)).toEqual({ key, working: { title: 'Generative AI', summary: 'Tools.', group: 'Policy', audience: undefined, order: 40, retired: false } });
  });

  it('prefixes AUP section keys and keeps them unique', () => {
    const first = addSection(sampleBank(), { title: 'KS2', summary: '', group: 'Aup', audience: 'KS2' });
    expect(first.key).toBe('aup-ks2-2');
    expect(addSection(sampleBank(), { title: 'Visitors', summary: '', group: 'Aup', audience: 'Visitors' }).key).toBe('aup-visitors');
  });

  it('refuses a section without a title, and an AUP without an audience', () => {
    expect(() => addSection(sampleBank(), { title: ' ', summary: '', group: 'Policy' })).toThrow('Give the section a title.');
    expect(() => addSection(sampleBank(), { title: 'Visitors', summary: '', group: 'Aup' })).toThrow('Say who this acceptable use policy is for.');
  });

  it('edits a section and refuses an empty title', () => {
    expect(editSection(sampleBank(), 'roles', { summary: 'Who does what.' }).sections[0].working).toMatchObject({ title: 'Roles', summary: 'Who does what.' });
    expect(() => editSection(sampleBank(), 'roles', { title: '' })).toThrow('A section needs a title.');
  });

  it('refuses to retire a section while it has active statements, saying how many', () => {
    expect(() => retireSection(sampleBank(), 'roles')).toThrow('"Roles" still has 3 active statements: move or retire them first.');
    const oneLeft = retireStatement(retireStatement(sampleBank(), 'roles-a'), 'roles-b');
    expect(() => retireSection(oneLeft, 'roles')).toThrow('"Roles" still has 1 active statement: move or retire it first.');
  });

  it('retires a section once its statements are retired', () => {
    const emptied = ['roles-a', 'roles-b', 'roles-c'].reduce(retireStatement, sampleBank());
    expect(retireSection(emptied, 'roles').sections[0].working.retired).toBe(true);
  });

  it('moves a section and renumbers all sections, keeping those whose order did not change', () => {
    const before = sampleBank();
    const after = moveSection(before, 'aup-ks2', 1);
    expect([...after.sections].sort((a, b) => a.working.order - b.working.order).map(s => [s.key, s.working.order])).toEqual([['roles', 10], ['aup-ks2', 20], ['online', 30]]);
    expect(after.sections[0]).toBe(before.sections[0]);
    expect(() => moveSection(before, 'ghost', 0)).toThrow(BankEditError);
  });
});

describe('saveTemplate', () => {
  const riskAssessment: TemplateContent = { title: 'Phones and Smart Watches', body: { kind: 'RiskAssessment', introduction: '', rows: [] }, order: 50, retired: false };

  it('adds a template with a key from its kind and title', () => {
    const { bank: after, key } = saveTemplate(sampleBank(), undefined, riskAssessment);
    expect(key).toBe('riskassessment-phones-and-smart-watches');
    expect(after.templates.at(-1)).toEqual({ key, working: riskAssessment });
    const policy = saveTemplate(sampleBank(), undefined, { ...policyTemplate('x', ['roles-a']).working, title: 'Primary' });
    expect(policy.key).toBe('policy-primary-2');
  });

  it('replaces the working copy of an existing template and keeps its published copy', () => {
    const b = sampleBank();
    const withPublished = { ...b, templates: b.templates.map(t => (t.key === 'letter-home' ? published(t) : t)) };
    const { bank: after, key } = saveTemplate(withPublished, 'letter-home', { ...withPublished.templates[3].working, title: 'New title' });
    expect(key).toBe('letter-home');
    expect(after.templates[3].working.title).toBe('New title');
    expect(after.templates[3].published?.content.title).toBe('Letter');
    expect(after.templates).toHaveLength(4);
  });

  it('refuses an untitled template and an unknown key', () => {
    expect(() => saveTemplate(sampleBank(), undefined, { ...riskAssessment, title: '  ' })).toThrow('Give the template a title.');
    expect(() => saveTemplate(sampleBank(), 'ghost', riskAssessment)).toThrow('There is no template "ghost".');
  });
});
