import { buildReport } from '../../../src/domain/register/milestones';
import { checkNotReplayed, parseReportPack, reportPackFileName, reportPackToFile, sealReportPack } from '../../../src/domain/register/ReportPack';
import { readFileSync } from 'fs';
import { join } from 'path';
import { BANK, oakfieldPolicy } from './registerFixtures';

/** Report packs: a school in another tenant sends its milestones as a sealed file; tampered or replayed ones are refused. */

const SCHOOL = { key: '0c6f2d1e-5b7a-4c3d-9e8f-1a2b3c4d5e6f', name: 'Hillside Academy' };
const report = buildReport(undefined, [oakfieldPolicy()], BANK, '2026-03-01T08:00:00Z');

describe('report packs', () => {
  it('reads back the pack it wrote', async () => {
    const pack = await sealReportPack(SCHOOL, report);
    const parsed = await parseReportPack(reportPackToFile(pack));
    expect(parsed).toEqual({ ok: true, pack });
    expect(reportPackFileName(pack)).toBe(`esafety-report-${SCHOOL.key}-${report.sequence}.json`);
  });

  it('refuses a pack whose content changed after sealing (tampered)', async () => {
    const pack = await sealReportPack(SCHOOL, report);
    const edited = { ...pack, report: { ...pack.report, documents: [{ ...pack.report.documents[0], published: '2026-02-28T08:00:00Z' }] } };
    expect(await parseReportPack(JSON.stringify(edited))).toMatchObject({ ok: false, code: 'tampered' });
    expect(await parseReportPack(JSON.stringify({ ...pack, school: { ...SCHOOL, name: 'Other School' } }))).toMatchObject({ ok: false, code: 'tampered' });
  });

  it('refuses what is not a pack of this format, each with its own reason', async () => {
    expect(await parseReportPack('{ not json')).toMatchObject({ ok: false, code: 'notJson' });
    expect(await parseReportPack('[]')).toMatchObject({ ok: false, code: 'notAPack' });
    expect(await parseReportPack(JSON.stringify({ format: 'esafety-policy-hub.content-pack' }))).toMatchObject({ ok: false, code: 'notAPack' });
    expect(await parseReportPack(JSON.stringify({ ...await sealReportPack(SCHOOL, report), formatVersion: 2 }))).toMatchObject({ ok: false, code: 'unsupportedVersion' });
    expect(await parseReportPack('x'.repeat(3 * 1024 * 1024))).toMatchObject({ ok: false, code: 'tooLarge' });
  });

  it('refuses a resealed pack that carries text or a bad school key (the format, not the seal, keeps text out)', async () => {
    const withTitle = { ...report, documents: [{ ...report.documents[0], title: 'Our policy' }] } as unknown as typeof report;
    expect(await parseReportPack(JSON.stringify(await sealReportPack(SCHOOL, withTitle)))).toMatchObject({ ok: false, code: 'invalid' });
    expect(await parseReportPack(JSON.stringify(await sealReportPack({ ...SCHOOL, key: '../../etc' }, report)))).toMatchObject({ ok: false, code: 'invalid' });
    expect(await parseReportPack(JSON.stringify(await sealReportPack({ ...SCHOOL, name: 'Bad\u0000Name' }, report)))).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('refuses a report the register already holds, or an older one (replayed)', async () => {
    const pack = await sealReportPack(SCHOOL, report);
    expect(checkNotReplayed(pack, undefined).ok).toBe(true);
    expect(checkNotReplayed(pack, report.sequence)).toMatchObject({ ok: false, code: 'replayed' });
    expect(checkNotReplayed(pack, report.sequence + 2)).toMatchObject({ ok: false, code: 'replayed' });
    expect(checkNotReplayed(await sealReportPack(SCHOOL, { ...report, sequence: report.sequence + 1 }), report.sequence).ok).toBe(true);
  });

  it('still reads a pack sealed by the hand-written SHA-256 before the move to Web Crypto (the checksum is the same hex)', async () => {
    // Made with src/domain/hash/sha256.ts on 2026-12-06, before it was deleted: a school's pack in the post still imports.
    const before = readFileSync(join(__dirname, 'fixtures', 'report-pack-sha256-ts.json'), 'utf8');
    const parsed = await parseReportPack(before);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.pack.checksum).toBe('a3fb921accff1e963935c818273bd6c1e611e6c00fb5684a6818614c7768e147');
    expect(parsed.pack.school.name).toBe('Hillside Academy – Ysgol Bryn');
    // Sealing the same content again today gives the same checksum.
    expect((await sealReportPack(parsed.pack.school, parsed.pack.report)).checksum).toBe(parsed.pack.checksum);
    // And one changed byte is still refused.
    expect(await parseReportPack(before.replace('Hillside', 'Hillsidf'))).toMatchObject({ ok: false, code: 'tampered' });
  });
});
