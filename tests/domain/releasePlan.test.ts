import type { Bank, BankStatement, ReleaseRecord } from '../../src/domain/bank/BankModel';
import { editStatement } from '../../src/domain/bank/bankCommands';
import { entityStatus } from '../../src/domain/bank/entityStatus';
import { ReleaseRefusedError, planRelease, publishRelease, statementAtVersion, statementHistory } from '../../src/domain/bank/releasePlan';
import { diffAfter, diffBefore } from '../../src/domain/text/wordDiff';
import { bank, policyTemplate, published, section, statement } from './bankFixtures';

const FIRST_RELEASE: ReleaseRecord = { number: 1, label: 'Spring 2026', notes: '', changes: [] };

/**
 * A bank one release in: an unchanged statement, a reworded one, one retired since, one new, and one that
 * was added and retired without ever being published. One section is new; the template now lists the new
 * statement instead of the retired one.
 */
function tinyBank(): Bank {
  const changed: BankStatement = {
    key: 'roles-report',
    working: { ...statement('roles-report').working, text: 'All staff report concerns to the DSL at once.', order: 20 },
    published: { version: 1, releaseLabel: 'Spring 2026', content: { ...statement('roles-report').working, text: 'Staff report concerns to the DSL.', order: 20 } }
  };
  const retired = published(statement('roles-old', { order: 30 }));
  return bank({
    sections: [published(section('roles', { title: 'Roles' })), section('online', { title: 'Online risks' }, 20)],
    statements: [
      published(statement('roles-lead', { text: '{{DSLName}} leads on online safety.' })),
      changed,
      { ...retired, working: { ...retired.working, retired: true } },
      statement('online-new', { sectionKey: 'online', text: 'Pupils learn about scams.' }),
      statement('online-draft', { sectionKey: 'online', text: 'Never published.', retired: true, order: 20 })
    ],
    templates: [{
      ...policyTemplate('policy-primary', ['roles-lead', 'roles-report', 'online-new']),
      published: { version: 1, releaseLabel: 'Spring 2026', content: policyTemplate('policy-primary', ['roles-lead', 'roles-report', 'roles-old']).working }
    }],
    releases: [FIRST_RELEASE]
  });
}

/** Runs `action` and returns the release refusal it throws. */
function refusal(action: () => unknown): ReleaseRefusedError {
  try {
    action();
  } catch (error) {
    if (error instanceof ReleaseRefusedError) return error;
    throw error;
  }
  throw new Error('Expected the release to be refused.');
}

describe('planRelease', () => {
  it('finds new, changed and retired entities and ignores unchanged and never-published retired ones', () => {
    const plan = planRelease(tinyBank());
    expect(plan.map(c => [c.entity, c.key, c.change])).toEqual([
      ['section', 'online', 'new'],
      ['statement', 'roles-report', 'changed'],
      ['statement', 'roles-old', 'retired'],
      ['statement', 'online-new', 'new'],
      ['template', 'policy-primary', 'changed']
    ]);
  });

  it('gives each change the version it replaces and the one it will publish', () => {
    const versions = Object.fromEntries(planRelease(tinyBank()).map(c => [c.key, [c.fromVersion, c.toVersion]]));
    expect(versions).toEqual({ online: [0, 1], 'roles-report': [1, 2], 'roles-old': [1, 2], 'online-new': [0, 1], 'policy-primary': [1, 2] });
  });

  it('shows the word diff of a changed statement against its published text', () => {
    const change = planRelease(tinyBank()).find(c => c.key === 'roles-report');
    expect(change?.before).toMatchObject({ text: 'Staff report concerns to the DSL.' });
    expect(change?.content).toMatchObject({ text: 'All staff report concerns to the DSL at once.' });
    const diff = change?.textDiff ?? [];
    expect(diffBefore(diff)).toBe('Staff report concerns to the DSL.');
    expect(diffAfter(diff)).toBe('All staff report concerns to the DSL at once.');
    expect(diff.filter(r => r.kind === 'insert').map(r => r.text).join('|')).toContain('at once');
    expect(change?.guidanceDiff).toEqual([]);
  });

  it('diffs a new statement against nothing', () => {
    const change = planRelease(tinyBank()).find(c => c.key === 'online-new');
    expect(change?.before).toBeUndefined();
    expect(change?.textDiff).toEqual([{ kind: 'insert', text: 'Pupils learn about scams.' }]);
  });

  it('gives sections and templates no word diffs', () => {
    for (const change of planRelease(tinyBank()).filter(c => c.entity !== 'statement')) {
      expect(change.textDiff).toBeUndefined();
      expect(change.guidanceDiff).toBeUndefined();
    }
  });

  it('treats a restored statement as changed', () => {
    const retiredPublished = published(statement('roles-x', { retired: true }));
    const restored = bank({ sections: [published(section('roles'))], statements: [{ ...retiredPublished, working: { ...retiredPublished.working, retired: false } }] });
    expect(planRelease(restored).map(c => c.change)).toEqual(['changed']);
  });

  it('finds nothing in a fully published bank', () => {
    expect(planRelease(bank({ sections: [published(section('roles'))], statements: [published(statement('roles-a'))] }))).toEqual([]);
  });
});

describe('publishRelease', () => {
  it('refuses an empty label', () => {
    expect(refusal(() => publishRelease(tinyBank(), '   ', '')).message).toMatch(/Give the release a label/);
  });

  it('refuses a label over 100 characters', () => {
    expect(refusal(() => publishRelease(tinyBank(), 'x'.repeat(101), '')).message).toMatch(/at most 100 characters/);
  });

  it('refuses a label already used, whatever its case or spacing', () => {
    const error = refusal(() => publishRelease(tinyBank(), '  SPRING 2026 ', ''));
    expect(error.message).toMatch(/already exists\. Choose another label/);
  });

  it('refuses a release with no changes', () => {
    const done = publishRelease(tinyBank(), 'Summer 2026', '').bank;
    expect(refusal(() => publishRelease(done, 'Autumn 2026', '')).message).toMatch(/Nothing has changed since the last release/);
  });

  it('refuses a bank with validation errors and lists the problems', () => {
    const broken = editStatement(tinyBank(), 'online-new', { text: 'Pupils at {{SchoolNmae}} learn about scams.', settings: [] });
    const error = refusal(() => publishRelease(broken, 'Summer 2026', ''));
    expect(error.message).toBe('The bank has 2 problems to fix before it can be published.');
    expect(error.problems.map(p => [p.severity, p.entity, p.key])).toEqual([['error', 'statement', 'online-new'], ['error', 'statement', 'online-new']]);
    expect(error.problems.map(p => p.message)).toEqual([
      'The statement applies to no setting. Choose at least one.',
      expect.stringContaining('uses {{SchoolNmae}}, which is not a merge field')
    ]);
  });

  it('publishes despite warnings', () => {
    const warned = editStatement(tinyBank(), 'online-new', { checkAgainstGuidance: true });
    expect(publishRelease(warned, 'Summer 2026', '').release.number).toBe(2);
  });

  it('copies changed working copies to published ones with the next version and numbers the release', () => {
    const before = tinyBank();
    const { bank: after, release } = publishRelease(before, ' Summer 2026 ', '  Scams and reporting. ');
    expect(release).toMatchObject({ number: 2, label: 'Summer 2026', notes: 'Scams and reporting.' });
    expect(release.changes.map(c => [c.key, c.change, c.fromVersion, c.toVersion])).toEqual([
      ['online', 'new', 0, 1], ['roles-report', 'changed', 1, 2], ['roles-old', 'retired', 1, 2], ['online-new', 'new', 0, 1], ['policy-primary', 'changed', 1, 2]
    ]);
    expect(release.changes.every(c => !('textDiff' in c) && !('before' in c))).toBe(true);
    expect(after.releases).toEqual([FIRST_RELEASE, release]);

    const byKey = new Map(after.statements.map(s => [s.key, s]));
    expect(byKey.get('roles-report')?.published).toEqual({ version: 2, releaseLabel: 'Summer 2026', content: byKey.get('roles-report')?.working });
    expect(byKey.get('online-new')?.published).toMatchObject({ version: 1, releaseLabel: 'Summer 2026' });
    expect(byKey.get('roles-old')?.published).toMatchObject({ version: 2, content: { retired: true } });
    // Unchanged entities keep their release and version; never-published retired ones stay unpublished.
    expect(byKey.get('roles-lead')).toBe(before.statements[0]);
    expect(byKey.get('online-draft')?.published).toBeUndefined();
    expect(after.sections.find(s => s.key === 'online')?.published?.version).toBe(1);
    expect(after.templates[0].published).toMatchObject({ version: 2, content: { body: { statementKeys: ['roles-lead', 'roles-report', 'online-new'] } } });
    expect(planRelease(after)).toEqual([]);
  });

  it('starts numbering at 1 and does not change the bank it was given', () => {
    const fresh = bank({ sections: [section('roles', { title: 'Roles' })], statements: [statement('roles-a')] });
    const snapshot = JSON.stringify(fresh);
    const { release } = publishRelease(fresh, '2026.1', '');
    expect(release.number).toBe(1);
    expect(JSON.stringify(fresh)).toBe(snapshot);
  });
});

describe('statement history', () => {
  function twoReleases(): Bank {
    const start = bank({ sections: [section('roles', { title: 'Roles' })], statements: [statement('roles-a', { text: 'First wording.' }), statement('roles-b')] });
    const first = publishRelease(start, '2026.1', '').bank;
    const second = publishRelease(editStatement(first, 'roles-a', { text: 'Second wording.' }), '2026.2', '').bank;
    return { ...second, releases: second.releases.map(r => ({ ...r, publishedOn: `${r.label}-date`, publishedBy: 'officer@la.gov.uk' })) };
  }

  it('lists published versions newest first with the release that published each', () => {
    const history = statementHistory(twoReleases(), 'roles-a');
    expect(history.map(h => [h.version, h.releaseLabel, h.change, h.content.text, h.publishedOn])).toEqual([
      [2, '2026.2', 'changed', 'Second wording.', '2026.2-date'],
      [1, '2026.1', 'new', 'First wording.', '2026.1-date']
    ]);
    expect(history[0].publishedBy).toBe('officer@la.gov.uk');
  });

  it('keeps only the versions that changed the statement', () => {
    expect(statementHistory(twoReleases(), 'roles-b').map(h => h.version)).toEqual([1]);
    expect(statementHistory(twoReleases(), 'no-such-key')).toEqual([]);
  });

  it('gives the text at a version, and nothing for a version that never existed', () => {
    const b = twoReleases();
    expect(statementAtVersion(b, 'roles-a', 1)?.text).toBe('First wording.');
    expect(statementAtVersion(b, 'roles-a', 2)?.text).toBe('Second wording.');
    expect(statementAtVersion(b, 'roles-a', 3)).toBeUndefined();
    expect(statementAtVersion(b, 'roles-b', 2)).toBeUndefined();
  });
});

describe('entityStatus', () => {
  it('tells new, changed, retired, published and retired-before-publishing apart', () => {
    const b = tinyBank();
    const status = Object.fromEntries(b.statements.map(s => [s.key, entityStatus(s)]));
    expect(status).toEqual({ 'roles-lead': 'published', 'roles-report': 'changed', 'roles-old': 'retired', 'online-new': 'new', 'online-draft': 'retiredUnpublished' });
  });
});
