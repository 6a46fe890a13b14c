import * as fs from 'fs';
import * as path from 'path';
import { buildStarterPack, STARTER_PACK_VERSION } from '../../src/content/starterPack';
import { contentHash, nextStarterVersion } from '../../src/content/starter/releasedVersions';
import { STARTER_RELEASED } from '../../src/content/starter/starterReleased.generated';
import { EMPTY_BANK, type Bank, type StatementContent } from '../../src/domain/bank/BankModel';
import { publishRelease } from '../../src/domain/bank/releasePlan';
import { exportPack, type ContentPack } from '../../src/domain/content/ContentPack';
import { applyImport, planImport, resourceHash } from '../../src/domain/content/importPlan';
import { parseContentPack } from '../../src/domain/content/parseContentPack';
import { assembleDraft } from '../../src/domain/draft/assembleDraft';
import { findDrift } from '../../src/domain/draft/drift';

/**
 * The starter bank refreshed for 2026 is released as 2026.2 over 2026.1 (the pack as it shipped, kept as a fixture):
 * an authority that imported 2026.1 gets per-statement updates, and its schools see them statement by statement.
 */

function readPack(file: string): ContentPack {
  const parsed = parseContentPack(fs.readFileSync(path.join(__dirname, 'fixtures', file), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.pack;
}

const OLD = readPack('starter-2026.1.json');
const NEW = buildStarterPack();
const RESOURCE_HASHES = new Map(OLD.resources.map(r => [r.key, resourceHash(r)]));

/** An authority's bank after importing and publishing the 2026.1 starter pack. */
function bankOn2026_1(): Bank {
  return publishRelease(applyImport(EMPTY_BANK, OLD), OLD.packVersion, 'Starter bank').bank;
}

const OLD_STATEMENTS = new Map(OLD.statements.map(s => [s.key, s.content]));
const changedKeys = NEW.statements.filter(s => OLD_STATEMENTS.has(s.key) && contentHash(OLD_STATEMENTS.get(s.key)) !== contentHash(s.content)).map(s => s.key);
const newKeys = NEW.statements.filter(s => !OLD_STATEMENTS.has(s.key)).map(s => s.key);

describe('the 2026.1 release record', () => {
  it('is the record of the 2026.1 pack as it shipped: every entity, its version and content hash', () => {
    expect(OLD.packVersion).toBe('2026.1');
    expect(STARTER_RELEASED.label).toBe(OLD.packVersion);
    const record = (entities: { key: string; version: number; content: unknown }[]): Record<string, { version: number; hash: string }> =>
      Object.fromEntries(entities.map(e => [e.key, { version: e.version, hash: contentHash(e.content) }]));
    expect(STARTER_RELEASED.section).toEqual(record(OLD.sections));
    expect(STARTER_RELEASED.statement).toEqual(record(OLD.statements));
    expect(STARTER_RELEASED.template).toEqual(record(OLD.templates));
  });

  it('gives an unchanged entity its version, a changed one the next, a new one 1', () => {
    const first = OLD.statements[0];
    expect(nextStarterVersion('statement', first.key, first.content)).toBe(1);
    expect(nextStarterVersion('statement', first.key, { ...first.content, guidance: 'Other guidance.' })).toBe(2);
    expect(nextStarterVersion('statement', 'never-shipped', first.content)).toBe(1);
  });
});

describe('the starter pack 2026.2', () => {
  it('is a new release label that reads back as a valid pack', () => {
    expect(STARTER_PACK_VERSION).toBe('2026.2');
    expect(NEW.packVersion).not.toBe(OLD.packVersion);
    expect(readPackText(NEW).ok).toBe(true);
  });

  it('keeps every 2026.1 statement key, adds statements and rewords some', () => {
    const newStatementKeys = new Set(NEW.statements.map(s => s.key));
    expect(OLD.statements.filter(s => !newStatementKeys.has(s.key))).toEqual([]);
    expect(newKeys.length).toBeGreaterThanOrEqual(5);
    const reworded = NEW.statements.filter(s => OLD_STATEMENTS.has(s.key) && OLD_STATEMENTS.get(s.key)?.text !== s.content.text).map(s => s.key);
    expect(reworded).toEqual(expect.arrayContaining(['ai-risk-assessment', 'teach-special-school']));
  });

  it('imports over a bank on 2026.1 as per-statement updates, not a new bank', () => {
    const before = bankOn2026_1();
    const plan = planImport(before, NEW, RESOURCE_HASHES);
    expect(plan.notInPack).toEqual([]);
    const statementItems = plan.items.filter(i => i.entity === 'statement');
    expect(statementItems.filter(i => i.change === 'new').map(i => i.key).sort()).toEqual([...newKeys].sort());
    expect(statementItems.filter(i => i.change === 'changed').map(i => i.key).sort()).toEqual([...changedKeys].sort());
    expect(statementItems.filter(i => i.change === 'unchanged').length).toBe(NEW.statements.length - newKeys.length - changedKeys.length);
    expect(plan.items.filter(i => i.entity === 'section' && i.change !== 'unchanged')).toEqual([]);

    const { bank: after, release } = publishRelease(applyImport(before, NEW), NEW.packVersion, 'Refreshed for 2026');
    // The same entities, plus the new statements: nothing is duplicated or replaced wholesale.
    expect(after.statements.map(s => s.key).sort()).toEqual(NEW.statements.map(s => s.key).sort());
    expect(after.statements).toHaveLength(before.statements.length + newKeys.length);
    const statementChanges = release.changes.filter(c => c.entity === 'statement');
    expect(statementChanges.filter(c => c.change === 'changed').every(c => c.fromVersion === 1 && c.toVersion === 2)).toBe(true);
    expect(statementChanges.filter(c => c.change === 'new').map(c => c.key).sort()).toEqual([...newKeys].sort());
    expect(statementChanges).toHaveLength(changedKeys.length + newKeys.length);
  });

  it('carries the versions such a bank publishes: exporting it after 2026.2 gives the starter pack back', () => {
    const after = publishRelease(applyImport(bankOn2026_1(), NEW), NEW.packVersion, '').bank;
    const exported = exportPack(after, NEW.resources, { title: NEW.title, source: NEW.source, createdUtc: NEW.createdUtc });
    const byKey = <T extends { key: string }>(list: T[]): T[] => [...list].sort((a, b) => a.key.localeCompare(b.key));
    expect(byKey(exported.statements)).toEqual(byKey(NEW.statements));
    expect(byKey(exported.templates)).toEqual(byKey(NEW.templates));
    expect(byKey(exported.sections)).toEqual(byKey(NEW.sections));
  });

  it("reaches a school's 2026.1 draft statement by statement, with new wording only where it was reworded", () => {
    const oldBank = bankOn2026_1();
    const draft = assembleDraft(oldBank, 'policy-primary', { setting: 'Primary', schoolName: 'Oakfield Primary School' });
    const newBank = publishRelease(applyImport(oldBank, NEW), NEW.packVersion, '').bank;
    const drifts = findDrift(draft.blocks, newBank);
    const inDraft = new Set(draft.blocks.map(b => b.sourceKey));
    expect(drifts.map(d => d.sourceKey).sort()).toEqual(changedKeys.filter(k => inDraft.has(k)).sort());
    expect(drifts.every(d => d.fromVersion === 1 && d.toVersion === 2 && d.releaseLabel === NEW.packVersion && !d.retired)).toBe(true);
    const reworded = drifts.filter(d => d.diff.some(run => run.kind !== 'equal')).map(d => d.sourceKey);
    expect(reworded).toEqual(['ai-risk-assessment']);
  });
});

describe('statements of the 2026.2 pack cite their guidance and say how reliable it is', () => {
  const statements: StatementContent[] = NEW.statements.map(s => s.content);

  it('cites at least one reference for every statement that covers a coverage topic', () => {
    const uncited = NEW.statements.filter(s => (s.content.topics ?? []).length > 0 && (s.content.references ?? []).length === 0).map(s => s.key);
    expect(uncited).toEqual([]);
    expect(statements.filter(s => (s.references ?? []).length > 0).length).toBeGreaterThanOrEqual(80);
  });

  it('adds a source check to the guidance, and marks every unverified point to be checked', () => {
    const labelled = statements.filter(s => /Source check \((Good|Secondary|Unverified)\)/.test(s.guidance));
    expect(labelled.length).toBeGreaterThanOrEqual(80);
    for (const s of statements.filter(c => c.guidance.includes('Source check (Unverified)'))) expect(s.checkAgainstGuidance).toBe(true);
    expect(statements.filter(s => s.guidance.includes('Source check (Unverified)')).length).toBeGreaterThanOrEqual(3);
    // One source check per statement, at the end of its guidance.
    for (const s of labelled) expect(s.guidance.match(/Source check/g)).toHaveLength(1);
  });

  it('leaves statements without references or topics without the fields (one shape for "none")', () => {
    for (const s of statements) {
      if (s.references !== undefined) expect(s.references.length).toBeGreaterThan(0);
      if (s.topics !== undefined) expect(s.topics.length).toBeGreaterThan(0);
    }
  });
});

function readPackText(pack: ContentPack): ReturnType<typeof parseContentPack> {
  return parseContentPack(JSON.stringify(pack));
}
