import { BankController } from '../../src/app/bank/BankController';
import { buildStarterPack } from '../../src/content/starterPack';
import type { StatementContent } from '../../src/domain/bank/BankModel';
import { planRelease } from '../../src/domain/bank/releasePlan';
import { BankService } from '../../src/services/bank/BankService';
import { publishedColumns, statementColumns } from '../../src/services/bank/bankWire';
import { BANK_LISTS } from '../../src/services/sharepoint/schema/bankSchema';
import { fillList, listState } from '../local/fidelity/helpers';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';
import { countRequests } from '../support/countRequests';

const TOTAL = 10_000;
/** Every fourth filler statement was retired in the release that published it. */
const isRetiredFiller = (id: number): boolean => id % 4 === 0;

/**
 * A bank of 10,000 statements (a quarter of them retired) sits past SharePoint's 5,000-item list view threshold.
 * The officer's load and a school's load both read every statement they should, nothing cut, in a counted number of
 * requests; the school's answers carry no OData metadata and no retired statement's words.
 */
describe('a bank of 10,000 statements', () => {
  let tenant: TestTenant;
  let activeFillers = 0;
  let starterStatements = 0;
  const service = (login: string): BankService => new BankService(tenant.sp(SITES.bank, login), `${tenant.url}${SITES.bank}`);

  const counted = <T>(work: () => Promise<T>) => countRequests(tenant, work);

  beforeAll(async () => {
    tenant = await startTestTenant();
    const officer = service(PEOPLE.officer);
    await officer.provision();
    const pack = buildStarterPack();
    await officer.importPack(await officer.load(), pack, { publishAs: { label: '2026.1', notes: 'Starter bank' } });
    starterStatements = pack.statements.length;
    const sectionKey = pack.sections.find(s => s.content.group === 'Policy')?.key as string;
    // Written straight into the server's store: 10,000 items over REST would take minutes. Each is what the product
    // itself writes: working columns, and the published copy of release 2026.1 (a retired one without content).
    fillList(tenant, SITES.bank, BANK_LISTS.statements, TOTAL - starterStatements, PEOPLE.officer, id => {
      const retired = isRetiredFiller(id);
      if (!retired) activeFillers++;
      const content: StatementContent = {
        sectionKey, text: `${retired ? 'Retired' : 'Active'} filler statement ${id}: staff report concerns to the DSL the same day.`, guidance: `Guidance ${id}.`,
        mandatory: false, settings: ['Primary', 'Secondary'], tags: ['filler'], order: 10_000 + id, checkAgainstGuidance: false, retired
      };
      return { ...statementColumns(`filler-${id}`, content), ...publishedColumns({ version: 1, content, releaseLabel: '2026.1' }) };
    });
    expect(listState(tenant, SITES.bank, BANK_LISTS.statements).items.size).toBe(TOTAL);
  }, 180_000);
  afterAll(async () => { await tenant.close(); });

  it('is past the threshold: SharePoint refuses a query there not narrowed by an index to 5,000 items or fewer', async () => {
    const items = tenant.sp(SITES.bank, PEOPLE.officer).web.lists.getByTitle(BANK_LISTS.statements).items;
    await expect(items.filter("Tags eq 'x'")()).rejects.toMatchObject({ status: 500 });
    // Nor one narrowed by an index to more than 5,000 items: "published" (the filter schools' reads once used) is one.
    await expect(items.filter('PublishedVersion gt 0')()).rejects.toMatchObject({ status: 500 });
  }, 60_000);

  it("loads the officer's whole bank, every statement with its ETag, in two requests, and nothing to publish", async () => {
    const { result: bank, requests } = await counted(() => service(PEOPLE.officer).load());
    expect(bank.statements).toHaveLength(TOTAL);
    expect(new Set(bank.statements.map(s => s.key)).size).toBe(TOTAL);
    expect(bank.statements.every(s => typeof s.itemId === 'number' && /^"\d+"$/.test(s.etag ?? ''))).toBe(true);
    expect(bank.statements.filter(s => s.working.retired)).toHaveLength(TOTAL - starterStatements - activeFillers);
    // A retired statement's published copy holds no content, yet reads back as exactly what was published.
    expect(planRelease(bank)).toEqual([]);
    // One $batch with the first page of every list, one more for the statements' second page.
    expect(requests).toBe(2);
  }, 120_000);

  it("loads a school's bank: every published active statement, no retired one's words, no metadata", async () => {
    const { result: bank, requests, bodies } = await counted(() => service(PEOPLE.oakfieldHead).loadPublished());
    expect(bank.statements).toHaveLength(starterStatements + activeFillers);
    expect(bank.statements.some(s => s.working.retired)).toBe(false);
    expect(requests).toBe(2);
    const answers = bodies.join('\n');
    expect(answers).toContain('Active filler statement 9999');
    expect(answers).not.toContain('Retired filler statement');
    expect(answers).not.toContain('odata.etag');
    expect(answers).not.toContain('odata.type');
  }, 120_000);

  it('saves and publishes an edit in a bank this size', async () => {
    const controller = new BankController(service(PEOPLE.officer));
    await controller.load();
    const key = [...controller.state.bank?.statements ?? []].reverse().find(s => !s.working.retired)?.key as string;
    controller.editStatement(key, { text: 'The last statement of a large bank, reworded.' });
    await controller.idle();
    expect(controller.state.problem).toBeUndefined();
    expect(await controller.publish('2026.2', 'One change in a large bank.')).toBe(true);
    const school = await service(PEOPLE.oakfieldHead).loadPublished();
    expect(school.statements.find(s => s.key === key)?.published).toMatchObject({ version: 2, content: { text: 'The last statement of a large bank, reworded.' } });
    controller.dispose();
  }, 120_000);
});
