import * as fs from 'fs';
import * as path from 'path';
import { buildStarterPack } from '../../src/content/starterPack';
import { parseContentPack } from '../../src/domain/content/parseContentPack';
import { coverageOf } from '../../src/domain/coverage/coverage';
import { assembleDraft } from '../../src/domain/draft/assembleDraft';
import { findDrift } from '../../src/domain/draft/drift';
import { BankService } from '../../src/services/bank/BankService';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';

/**
 * The 2026.2 starter release through the real PnPjs client and the local SharePoint: an authority on 2026.1 imports
 * it as per-statement updates, references and topics survive the bank lists' Note columns, and a school reading the
 * published bank sees them and the coverage check passes its policy.
 */
describe('the 2026.2 starter release on a bank site', () => {
  let tenant: TestTenant;
  let officer: BankService;
  const next = buildStarterPack();

  beforeAll(async () => {
    tenant = await startTestTenant();
    officer = new BankService(tenant.sp(SITES.bank, PEOPLE.officer), `${tenant.url}${SITES.bank}`);
    await officer.provision();
    const empty = await officer.load();
    const parsed = parseContentPack(fs.readFileSync(path.join(__dirname, 'fixtures', 'starter-2026.1.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    await officer.importPack(empty, parsed.pack, { publishAs: { label: parsed.pack.packVersion, notes: 'Starter bank' } });
  }, 600000);
  afterAll(async () => { await tenant.close(); });

  it('imports over 2026.1 as per-statement updates and publishes them as the next versions', async () => {
    const before = await officer.load();
    const school = new BankService(tenant.sp(SITES.bank, PEOPLE.oakfieldHead), `${tenant.url}${SITES.bank}`);
    const draft = assembleDraft(await school.loadPublished(), 'policy-primary', { setting: 'Primary', schoolName: 'Oakfield Primary School' });

    const result = await officer.importPack(before, next, { publishAs: { label: next.packVersion, notes: 'Refreshed for 2026' } });
    const newStatements = result.plan.items.filter(i => i.entity === 'statement' && i.change === 'new').map(i => i.key);
    expect(newStatements.length).toBeGreaterThanOrEqual(5);
    expect(result.plan.counts.unchanged).toBeGreaterThan(0);
    const changes = result.release?.changes.filter(c => c.entity === 'statement') ?? [];
    expect(changes.filter(c => c.change === 'changed').every(c => c.fromVersion === 1 && c.toVersion === 2)).toBe(true);

    const after = await officer.load();
    expect(after.statements).toHaveLength(before.statements.length + newStatements.length);
    // The working copies read back from the list columns carry what the pack carries.
    const byKey = new Map(after.statements.map(s => [s.key, s]));
    for (const entity of next.statements) {
      expect(byKey.get(entity.key)?.working).toEqual(entity.content);
      expect(byKey.get(entity.key)?.published?.version).toBe(entity.version);
    }

    // The school reads the published copies: references included, drift statement by statement, coverage complete.
    const published = await school.loadPublished();
    expect(published.statements.find(s => s.key === 'ai-risk-assessment')?.published?.content.references).toEqual([{ document: 'genai-in-education' }, { document: 'genai-product-safety' }]);
    const drifts = findDrift(draft.blocks, published);
    expect(drifts.length).toBeGreaterThan(0);
    expect(drifts.every(d => d.toVersion === 2 && d.releaseLabel === next.packVersion)).toBe(true);
    expect(coverageOf(assembleDraft(published, 'policy-primary', { setting: 'Primary', schoolName: 'Oakfield' }), published).missing).toEqual([]);
  }, 600000);
});
