import { buildReport, sameFacts, statementOutcomes } from '../../../src/domain/register/milestones';
import { checkReport } from '../../../src/domain/register/reportSchema';
import { BANK, OAKFIELD_SECRET, oakfieldPolicy, statementBlock } from './registerFixtures';

/** A school's milestones: school-level facts derived from its drafts and the bank, never text or names. */

describe('statement outcomes', () => {
  it('tells kept, amended, left out and refused-update apart, and ignores the school\'s own statements', () => {
    expect(statementOutcomes(oakfieldPolicy(), BANK)).toEqual({ ai: 'kept', filtering: 'amended', images: 'leftOut', phones: 'refusedUpdate' });
  });

  it('counts an update taken without changes as kept, and an amendment without a bank as amended', () => {
    const took = { bankRelease: '2026.1', blocks: [statementBlock('phones', 'Phones are kept away all day.', { sourceVersion: 2 })] };
    expect(statementOutcomes(took, BANK)).toEqual({ phones: 'kept' });
    expect(statementOutcomes(oakfieldPolicy(), undefined).phones).toBe('amended');
  });
});

describe('buildReport', () => {
  const facts = [oakfieldPolicy({ submitted: '2026-02-01T10:00:00Z', approved: '2026-02-03T10:00:00Z', published: '2026-02-04T10:00:00Z', reviewDue: '2027-02-04' })];

  it('numbers reports so they grow in one browser and across browsers, and carries dates, review date and adoptions', () => {
    const first = buildReport(undefined, facts, BANK, '2026-02-05T08:00:00Z');
    // Minutes since 2020 at the report's time: another browser of the school, later, numbers higher.
    expect(first.sequence).toBe(Math.floor((Date.parse('2026-02-05T08:00:00Z') - Date.UTC(2020, 0, 1)) / 60000));
    expect(buildReport(undefined, facts, BANK, '2026-02-05T08:01:00Z').sequence).toBe(first.sequence + 1);
    // One browser whose clock went back still counts up.
    expect(buildReport(first, facts, BANK, '2025-01-01T00:00:00Z').sequence).toBe(first.sequence + 1);
    expect(first.adoptions).toEqual([{ release: '2026.1', adoptedOn: '2026-01-10T09:00:00Z' }]);
    expect(first.documents[0]).toMatchObject({ documentId: 4, kind: 'Policy', release: '2026.1', published: '2026-02-04T10:00:00Z', reviewDue: '2027-02-04' });
    const second = buildReport(first, [...facts, oakfieldPolicy({ id: 9, bankRelease: '2026.2', started: '2026-09-01T09:00:00Z' })], BANK, '2026-09-02T08:00:00Z');
    expect(second.sequence).toBeGreaterThan(first.sequence);
    expect(second.adoptions.map(a => a.release)).toEqual(['2026.1', '2026.2']);
  });

  it('keeps adoptions of documents since deleted (the earlier report remembers them)', () => {
    const first = buildReport(undefined, facts, BANK, '2026-02-05T08:00:00Z');
    expect(buildReport(first, [], BANK, '2026-03-01T08:00:00Z').adoptions).toEqual(first.adoptions);
  });

  it('carries no statement text, no title and no names: only keys, labels, dates and counts', () => {
    const report = buildReport(undefined, facts, BANK, '2026-02-05T08:00:00Z');
    const json = JSON.stringify(report);
    expect(json).not.toContain(OAKFIELD_SECRET);
    expect(json).not.toContain('Oakfield');
    expect(json).not.toContain('school council');
    expect(json).not.toMatch(/@|Staff use/);
    // And the format itself refuses a field it does not know, such as a title.
    expect(checkReport(report).ok).toBe(true);
    expect(checkReport({ ...report, documents: [{ ...report.documents[0], title: 'Online safety policy' }] }).ok).toBe(false);
  });

  it('clamps the staff share to 0..1 and tells when nothing changed', () => {
    const a = buildReport(undefined, [oakfieldPolicy({ staffAcknowledged: 1.4 })], BANK, '2026-02-05T08:00:00Z');
    expect(a.documents[0].staffAcknowledged).toBe(1);
    const b = buildReport(a, [oakfieldPolicy({ staffAcknowledged: 1 })], BANK, '2026-02-06T08:00:00Z');
    expect(sameFacts(a, b)).toBe(true);
    expect(sameFacts(a, buildReport(a, [oakfieldPolicy({ submitted: '2026-02-06T08:00:00Z' })], BANK, '2026-02-06T08:00:00Z'))).toBe(false);
  });
});
