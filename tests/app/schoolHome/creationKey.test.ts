import { createAppServices } from '../../../src/app/createAppServices';
import type { AppServices } from '../../../src/app/AppServices';
import { SchoolHomeController } from '../../../src/app/schoolHome/SchoolHomeController';
import type { SchoolHomeData } from '../../../src/app/schoolHome/schoolHomeModel';
import { formatSubEntity, teamsDeepLink } from '../../../src/domain/approval/deepLink';
import { AppError } from '../../../src/services/errors/AppError';
import { MemoryKeyValueStore, type IKeyValueStore } from '../../../src/services/drafts/IBlockStore';
import { SchoolService } from '../../../src/services/school/SchoolService';
import { localGraph, localSp } from '../../../workbench/client/localClients';
import { seedProduct } from '../../../workbench/seed/productSeed';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';

/**
 * The home's "create" picks one creation key, keeps it in the browser's storage until the draft is whole, and
 * reuses it on a retry and after a reload, so an interrupted creation finishes the same draft (DraftCreator finds
 * the hidden item by its key) and never makes a second one (issue 16).
 */
jest.setTimeout(240_000);

describe('creating a document keeps one creation key until the draft is whole', () => {
  let tenant: TestTenant;

  beforeAll(async () => {
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
  }, 120_000);
  afterAll(async () => { await tenant.close(); });

  /** Oakfield's head, with `store` as the browser's storage (shared by "before" and "after the reload"). */
  const servicesFor = (store: IKeyValueStore): AppServices => {
    const siteUrl = `${tenant.url}${SITES.oakfield}`;
    const webUrl = (target: Parameters<typeof formatSubEntity>[0]): string => `${siteUrl}/_layouts/15/workbench.aspx?subEntityId=${encodeURIComponent(formatSubEntity(target))}`;
    return createAppServices(
      { site: localSp(tenant.url, SITES.oakfield, PEOPLE.oakfieldHead), bank: localSp(tenant.url, SITES.bank, PEOPLE.oakfieldHead), bankSiteUrl: `${tenant.url}${SITES.bank}` },
      localGraph(tenant.url, PEOPLE.oakfieldHead),
      { kind: 'SharePoint', locale: 'en-GB', theme: 'default', siteUrl },
      { links: { webUrl, deepLink: (target, label) => teamsDeepLink({ appId: 'local-app', entityId: 'esafety-policy-hub', webUrl: webUrl(target), label, subEntity: target }) }, keyValueStore: store }
    );
  };
  const ready = (controller: SchoolHomeController): SchoolHomeData => {
    const load = controller.state.load;
    if (load.status !== 'ready') throw new Error(`expected the home to be ready, got ${JSON.stringify(load)}`);
    return load.data;
  };
  /** Waits for a condition the controller reaches on its own (no sleeps: each change of state is a chance). */
  const until = (controller: SchoolHomeController, done: () => boolean): Promise<void> => new Promise(resolve => {
    if (done()) return resolve();
    const stop = controller.subscribe(() => {
      if (!done()) return;
      stop();
      resolve();
    });
  });

  it('reuses the key on a retry and after a reload, then lets it go once the draft is made', async () => {
    const store = new MemoryKeyValueStore();
    const title = 'Acceptable use (creation test)';
    const before = servicesFor(store);
    const keys: string[] = [];
    // The network drops before SharePoint answers: the app never learns whether anything was made.
    before.school.createDraft = (_draft, key) => {
      keys.push(key ?? '');
      return Promise.reject(new AppError('offline', 'draft.creationInterrupted', 'fetch failed', { values: [title] }));
    };
    const first = new SchoolHomeController(before);
    await first.refresh();
    first.showPanel('new');
    await until(first, () => Boolean(ready(first).bank));
    const template = ready(first).bank!.templates.find(t => t.published && t.working.setting === ready(first).profile!.setting)!;
    expect(await first.createDocument(template.key, title)).toBeUndefined();
    expect(first.state.panelFailure).toMatchObject({ kind: 'offline', code: 'draft.creationInterrupted' });
    expect(await first.createDocument(template.key, title)).toBeUndefined();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    first.dispose();

    // The page reloads: the home finds the unfinished creation, finishes it with the same key and opens the draft.
    const after = servicesFor(store);
    const realCreate = after.school.createDraft.bind(after.school);
    after.school.createDraft = (draft, key) => {
      keys.push(key ?? '');
      return realCreate(draft, key);
    };
    const reloaded = new SchoolHomeController(after);
    await reloaded.refresh();
    await until(reloaded, () => reloaded.state.screen.kind === 'draft' || Boolean(reloaded.state.panelFailure));
    expect(reloaded.state.panelFailure).toBeUndefined();
    expect(keys).toEqual([keys[0], keys[0], keys[0]]);
    expect(store.keys('').filter(k => k.endsWith(':creatingDraft'))).toEqual([]);

    // One draft of that name on the site, read by another client; a further refresh finishes nothing again.
    const drafts = await new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${tenant.url}${SITES.oakfield}`).listDrafts();
    expect(drafts.filter(d => d.title === title)).toHaveLength(1);
    expect(reloaded.state.screen).toEqual({ kind: 'draft', draftId: drafts.find(d => d.title === title)!.id });
    await reloaded.backHome();
    expect(keys).toHaveLength(3);
    expect(ready(reloaded).rows.filter(r => r.title === title)).toHaveLength(1);
    reloaded.dispose();
  });

  it('gives a different document its own key', async () => {
    const store = new MemoryKeyValueStore();
    const services = servicesFor(store);
    const keys: string[] = [];
    services.school.createDraft = (_draft, key) => {
      keys.push(key ?? '');
      return Promise.reject(new AppError('offline', 'draft.creationInterrupted', 'fetch failed', { values: ['x'] }));
    };
    const home = new SchoolHomeController(services);
    await home.refresh();
    home.showPanel('new');
    await until(home, () => Boolean(ready(home).bank));
    const template = ready(home).bank!.templates.find(t => t.published && t.working.setting === ready(home).profile!.setting)!;
    await home.createDocument(template.key, 'One title');
    await home.createDocument(template.key, 'Another title');
    expect(keys[1]).not.toBe(keys[0]);
    home.dispose();
  });
});
