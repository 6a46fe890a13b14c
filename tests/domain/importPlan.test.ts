import { buildStarterPack } from '../../src/content/starterPack';
import { EMPTY_BANK, type Bank } from '../../src/domain/bank/BankModel';
import { editStatement } from '../../src/domain/bank/bankCommands';
import { planRelease, publishRelease } from '../../src/domain/bank/releasePlan';
import { PACK_FORMAT, PACK_FORMAT_VERSION, sealPack, type ContentPack, type PackResource } from '../../src/domain/content/ContentPack';
import { applyImport, planImport, resourceHash } from '../../src/domain/content/importPlan';
import { diffAfter, diffBefore } from '../../src/domain/text/wordDiff';
import { keysOf, policyTemplate, section, statement } from './bankFixtures';

const POSTER: PackResource = { key: 'poster-ks2', title: 'Stay safe online', kind: 'Poster', audience: 'KS2 pupils', printNotes: 'A3', description: '', lines: ['Tell an adult.'] };
const GUIDE: PackResource = { key: 'guide-staff', title: 'Staff guide', kind: 'Guidance', audience: 'All staff', printNotes: '', description: '', lines: ['Report concerns.'] };
const LONG_TEXT = `Staff ${'really '.repeat(20)}must report every concern to the DSL on the same day.`;

/** A small pack: two sections, three statements (one long), a template and two resources. */
function smallPack(): ContentPack {
  return sealPack({
    format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, packVersion: '2026.2', title: 'County bank', source: 'Northshire', createdUtc: '2026-10-01T00:00:00Z',
    sections: [section('roles', { title: 'Roles' }), section('online', { title: 'Online risks' }, 20)].map(s => ({ key: s.key, version: 1, content: s.working })),
    statements: [
      statement('roles-lead', { text: 'The DSL leads on online safety.' }),
      statement('roles-report', { text: LONG_TEXT, order: 20 }),
      statement('online-scams', { sectionKey: 'online', text: 'Pupils learn about scams.' })
    ].map(s => ({ key: s.key, version: 2, content: s.working })),
    templates: [policyTemplate('policy-primary', ['roles-lead', 'roles-report', 'online-scams'])].map(t => ({ key: t.key, version: 1, content: t.working })),
    resources: [POSTER, GUIDE]
  });
}

function hashes(...resources: PackResource[]): Map<string, string> {
  return new Map(resources.map(r => [r.key, resourceHash(r)]));
}

describe('planImport', () => {
  it('finds everything new in an empty bank', () => {
    const plan = planImport(EMPTY_BANK, smallPack(), new Map());
    expect(plan.packVersion).toBe('2026.2');
    expect(plan.items.map(i => [i.entity, i.key, i.change])).toEqual([
      ['section', 'roles', 'new'], ['section', 'online', 'new'],
      ['statement', 'roles-lead', 'new'], ['statement', 'roles-report', 'new'], ['statement', 'online-scams', 'new'],
      ['template', 'policy-primary', 'new'],
      ['resource', 'poster-ks2', 'new'], ['resource', 'guide-staff', 'new']
    ]);
    expect(plan.counts).toEqual({ new: 8, changed: 0, unchanged: 0 });
    expect(plan.notInPack).toEqual([]);
    expect(plan.items.every(i => i.textDiff === undefined)).toBe(true);
  });

  it('titles items by their title, or by their statement text cut to 80 characters', () => {
    const titles = new Map(planImport(EMPTY_BANK, smallPack(), new Map()).items.map(i => [i.key, i.title]));
    expect(titles.get('roles')).toBe('Roles');
    expect(titles.get('policy-primary')).toBe('Template policy-primary');
    expect(titles.get('poster-ks2')).toBe('Stay safe online');
    expect(titles.get('roles-lead')).toBe('The DSL leads on online safety.');
    expect(titles.get('roles-report')).toBe(`${LONG_TEXT.slice(0, 77)}…`);
    expect(titles.get('roles-report')).toHaveLength(78);
  });

  it('finds everything unchanged in a bank that already has the same content', () => {
    const pack = smallPack();
    const plan = planImport(applyImport(EMPTY_BANK, pack), pack, hashes(POSTER, GUIDE));
    expect(plan.counts).toEqual({ new: 0, changed: 0, unchanged: 8 });
    expect(plan.notInPack).toEqual([]);
  });

  it('shows a statement the bank has edited as changed, with a word diff from the bank text to the pack text', () => {
    const pack = smallPack();
    const edited = editStatement(applyImport(EMPTY_BANK, pack), 'roles-lead', { text: 'The DSL leads on all online safety.' });
    const plan = planImport(edited, pack, hashes(POSTER, GUIDE));
    expect(plan.counts).toEqual({ new: 0, changed: 1, unchanged: 7 });
    const item = plan.items.find(i => i.key === 'roles-lead');
    expect(item?.change).toBe('changed');
    const diff = item?.textDiff ?? [];
    expect(diffBefore(diff)).toBe('The DSL leads on all online safety.');
    expect(diffAfter(diff)).toBe('The DSL leads on online safety.');
    expect(diff.filter(r => r.kind === 'delete').map(r => r.text)).toEqual(['all ']);
  });

  it('counts a change of tags or settings as changed, even when the text is the same', () => {
    const pack = smallPack();
    const edited = editStatement(applyImport(EMPTY_BANK, pack), 'online-scams', { tags: ['scams'] });
    const item = planImport(edited, pack, new Map()).items.find(i => i.key === 'online-scams');
    expect(item?.change).toBe('changed');
    expect(item?.textDiff).toEqual([{ kind: 'equal', text: 'Pupils learn about scams.' }]);
  });

  it('lists what the bank has and the pack does not, kind by kind', () => {
    const pack = smallPack();
    const imported = applyImport(EMPTY_BANK, pack);
    const extra: Bank = {
      ...imported,
      sections: [...imported.sections, section('local-extra', { title: 'Local' }, 30)],
      statements: [...imported.statements, statement('roles-local', { text: 'Local statement.' }), statement('policy-primary', { text: 'Shares a key with a template.' })],
      templates: [...imported.templates, policyTemplate('online', ['roles-lead'])]
    };
    expect(planImport(extra, pack, new Map()).notInPack).toEqual([
      { entity: 'section', key: 'local-extra' },
      { entity: 'statement', key: 'roles-local' },
      // Keys are unique per kind: a statement or template sharing a key with another kind in the pack is still not in it.
      { entity: 'statement', key: 'policy-primary' },
      { entity: 'template', key: 'online' }
    ]);
  });

  it('compares resources by the hash their library item records', () => {
    const changedPoster = { ...POSTER, lines: ['Tell a trusted adult.'] };
    const plan = planImport(EMPTY_BANK, smallPack(), new Map([[POSTER.key, resourceHash(changedPoster)], [GUIDE.key, resourceHash(GUIDE)]]));
    expect(plan.items.filter(i => i.entity === 'resource').map(i => [i.key, i.change])).toEqual([['poster-ks2', 'changed'], ['guide-staff', 'unchanged']]);
    expect(planImport(EMPTY_BANK, smallPack(), hashes(GUIDE)).items.find(i => i.key === 'poster-ks2')?.change).toBe('new');
  });

  it('hashes a resource by its content, whatever the property order', () => {
    const reordered: PackResource = { lines: POSTER.lines, description: POSTER.description, printNotes: POSTER.printNotes, audience: POSTER.audience, kind: POSTER.kind, title: POSTER.title, key: POSTER.key };
    expect(resourceHash(reordered)).toBe(resourceHash(POSTER));
    expect(resourceHash({ ...POSTER, title: 'Stay safe online!' })).not.toBe(resourceHash(POSTER));
    expect(resourceHash(POSTER)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('previews the starter pack against an empty bank and against itself', () => {
    const starter = buildStarterPack();
    const total = starter.sections.length + starter.statements.length + starter.templates.length + starter.resources.length;
    expect(planImport(EMPTY_BANK, starter, new Map()).counts).toEqual({ new: total, changed: 0, unchanged: 0 });
    expect(planImport(applyImport(EMPTY_BANK, starter), starter, new Map(starter.resources.map(r => [r.key, resourceHash(r)]))).counts)
      .toEqual({ new: 0, changed: 0, unchanged: total });
  });
});

describe('applyImport', () => {
  it('adds new entities as unpublished working copies', () => {
    const after = applyImport(EMPTY_BANK, smallPack());
    expect(keysOf(after.sections)).toEqual(['roles', 'online']);
    expect(keysOf(after.statements)).toEqual(['roles-lead', 'roles-report', 'online-scams']);
    expect(keysOf(after.templates)).toEqual(['policy-primary']);
    expect([...after.sections, ...after.statements, ...after.templates].every(e => e.published === undefined)).toBe(true);
    expect(after.statements[0].working).toEqual(smallPack().statements[0].content);
  });

  it('sets working copies from the pack and keeps published copies, releases and entities the pack lacks', () => {
    const pack = smallPack();
    const released = publishRelease(applyImport(EMPTY_BANK, pack), '2026.1', '').bank;
    const local: Bank = { ...released, statements: [...released.statements, statement('roles-local', { text: 'Local.' })] };
    const edited = editStatement(local, 'roles-lead', { text: 'A local rewording.' });
    const after = applyImport(edited, pack);
    const lead = after.statements.find(s => s.key === 'roles-lead');
    expect(lead?.working.text).toBe('The DSL leads on online safety.');
    expect(lead?.published).toEqual(released.statements[0].published);
    expect(after.statements.find(s => s.key === 'roles-local')).toBe(local.statements[3]);
    expect(after.releases).toBe(released.releases);
    // The pack put back exactly what was published: only the local, never-published statement is left to publish.
    expect(planRelease(after).map(c => c.key)).toEqual(['roles-local']);
  });

  it('leaves an imported change for the next release to publish', () => {
    const pack = smallPack();
    const released = publishRelease(editStatement(applyImport(EMPTY_BANK, pack), 'roles-lead', { text: 'Older wording.' }), '2026.1', '').bank;
    const after = applyImport(released, pack);
    expect(planRelease(after).map(c => [c.key, c.change, c.toVersion])).toEqual([['roles-lead', 'changed', 2]]);
  });
});
