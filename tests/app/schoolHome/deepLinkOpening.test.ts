import { createAppServices } from '../../../src/app/createAppServices';
import { takeDraftOpening } from '../../../src/app/draftEditor/draftOpening';
import { SchoolHomeController } from '../../../src/app/schoolHome/SchoolHomeController';
import { formatSubEntity } from '../../../src/domain/approval/deepLink';
import { MemoryKeyValueStore } from '../../../src/services/drafts/IBlockStore';
import { seedProduct } from '../../../workbench/seed/productSeed';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';

/**
 * Issue 16: opened from a deep link straight to a draft, the school's home reads the editor's first reads with its
 * own (one `$batch`) and leaves the documents' outcomes (a second `$batch`, for the home behind the editor) until the
 * person goes home; only the first opening follows the link.
 */
describe('the school home opened from a deep link to a draft', () => {
  let tenant: TestTenant;

  beforeAll(async () => {
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
  }, 120_000);
  afterAll(async () => { await tenant.close(); });

  it('queues the editor\'s opening, skips the outcomes until home, and follows the link once', async () => {
    const siteUrl = `${tenant.url}${SITES.oakfield}`;
    const webUrl = (target: Parameters<typeof formatSubEntity>[0]): string => `${siteUrl}/_layouts/15/workbench.aspx?subEntityId=${encodeURIComponent(formatSubEntity(target))}`;
    const services = createAppServices(
      { site: tenant.sp(SITES.oakfield, PEOPLE.oakfieldDsl), bank: tenant.sp(SITES.bank, PEOPLE.oakfieldDsl), bankSiteUrl: `${tenant.url}${SITES.bank}` },
      tenant.graph(PEOPLE.oakfieldDsl),
      { kind: 'Local', locale: 'en-GB', theme: 'default', siteUrl, subEntityId: formatSubEntity({ kind: 'draft', draftId: 1 }) },
      { links: { webUrl, deepLink: target => webUrl(target) }, keyValueStore: new MemoryKeyValueStore() }
    );
    let outcomeReads = 0;
    const latestOutcomes = services.approvals.latestOutcomes.bind(services.approvals);
    services.approvals.latestOutcomes = (...args) => {
      outcomeReads++;
      return latestOutcomes(...args);
    };
    const controller = new SchoolHomeController(services);
    try {
      await controller.refresh();
      expect(controller.state.screen).toEqual({ kind: 'draft', draftId: 1 });
      expect(controller.state.load.status).toBe('ready');
      expect(outcomeReads).toBe(0);
      const opening = takeDraftOpening(services, 1);
      expect(opening).toBeDefined();
      expect((await opening!.draft).draft.title).toBe('Online safety policy');
      expect(await opening!.round).toBeUndefined(); // the seeded draft has no round yet

      // Home: the outcomes are read now, and no editor opening is queued again.
      await controller.backHome();
      expect(controller.state.screen).toEqual({ kind: 'home' });
      expect(outcomeReads).toBe(1);
      expect(takeDraftOpening(services, 1)).toBeUndefined();
    } finally {
      controller.dispose();
    }
  }, 120_000);
});
