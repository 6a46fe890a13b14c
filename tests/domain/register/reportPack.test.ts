import { buildReport } from '../../../src/domain/register/milestones';
import { checkNotReplayed, parseReportPack, reportPackFileName, reportPackToFile, sealReportPack } from '../../../src/domain/register/ReportPack';
import { BANK, oakfieldPolicy } from './registerFixtures';

/** Report packs: a school in another tenant sends its milestones as a sealed file; tampered or replayed ones are refused. */

const SCHOOL = { key: '0c6f2d1e-5b7a-4c3d-9e8f-1a2b3c4d5e6f', name: 'Hillside Academy' };
const report = buildReport(undefined, [oakfieldPolicy()], BANK, '2026-03-01T08:00:00Z');

describe('report packs', () => {
  it('reads back the pack it wrote', () => {
    const pack = sealReportPack(SCHOOL, report);
    const parsed = parseReportPack(reportPackToFile(pack));
    expect(parsed).toEqual({ ok: true, pack });
    expect(reportPackFileName(pack)).toBe(`esafety-report-${SCHOOL.key}-${report.sequence}.json`);
  });

  it('refuses a pack whose content changed after sealing (tampered)', () => {
    const pack = sealReportPack(SCHOOL, report);
    const edited = { ...pack, report: { ...pack.report, documents: [{ ...pack.report.documents[0], published: '2026-02-28T08:00:00Z' }] } };
    expect(parseReportPack(JSON.stringify(edited))).toMatchObject({ ok: false, code: 'tampered' });
    expect(parseReportPack(JSON.stringify({ ...pack, school: { ...SCHOOL, name: 'Other School' } }))).toMatchObject({ ok: false, code: 'tampered' });
  });

  it('refuses what is not a pack of this format, each with its own reason', () => {
    expect(parseReportPack('{ not json')).toMatchObject({ ok: false, code: 'notJson' });
    expect(parseReportPack('[]')).toMatchObject({ ok: false, code: 'notAPack' });
    expect(parseReportPack(JSON.stringify({ format: 'esafety-policy-hub.content-pack' }))).toMatchObject({ ok: false, code: 'notAPack' });
    expect(parseReportPack(JSON.stringify({ ...sealReportPack(SCHOOL, report), formatVersion: 2 }))).toMatchObject({ ok: false, code: 'unsupportedVersion' });
    expect(parseReportPack('x'.repeat(3 * 1024 * 1024))).toMatchObject({ ok: false, code: 'tooLarge' });
  });

  it('refuses a resealed pack that carries text or a bad school key (the format, not the seal, keeps text out)', () => {
    const withTitle = { ...report, documents: [{ ...report.documents[0], title: 'Our policy' }] } as unknown as typeof report;
    expect(parseReportPack(JSON.stringify(sealReportPack(SCHOOL, withTitle)))).toMatchObject({ ok: false, code: 'invalid' });
    expect(parseReportPack(JSON.stringify(sealReportPack({ ...SCHOOL, key: '../../etc' }, report)))).toMatchObject({ ok: false, code: 'invalid' });
    expect(parseReportPack(JSON.stringify(sealReportPack({ ...SCHOOL, name: 'Bad\u0000Name' }, report)))).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('refuses a report the register already holds, or an older one (replayed)', () => {
    const pack = sealReportPack(SCHOOL, report);
    expect(checkNotReplayed(pack, undefined).ok).toBe(true);
    expect(checkNotReplayed(pack, report.sequence)).toMatchObject({ ok: false, code: 'replayed' });
    expect(checkNotReplayed(pack, report.sequence + 2)).toMatchObject({ ok: false, code: 'replayed' });
    expect(checkNotReplayed(sealReportPack(SCHOOL, { ...report, sequence: report.sequence + 1 }), report.sequence).ok).toBe(true);
  });
});
