import { createAppServices } from '../../../src/app/createAppServices';
import type { AppServices } from '../../../src/app/AppServices';
import type { VisibilitySource } from '../../../src/app/draftEditor/syncRate';
import { formatSubEntity } from '../../../src/domain/approval/deepLink';
import { MemoryKeyValueStore } from '../../../src/services/drafts/IBlockStore';
import { SITES, type TestTenant } from '../../support/testTenant';

/** The app's own services (as the workbench builds them) for one person on the Oakfield school site. */
export function servicesFor(tenant: TestTenant, login: string, groupId: string): AppServices {
  const siteUrl = `${tenant.url}${SITES.oakfield}`;
  const webUrl = (target: Parameters<typeof formatSubEntity>[0]): string => `${siteUrl}/_layouts/15/workbench.aspx?subEntityId=${encodeURIComponent(formatSubEntity(target))}`;
  return createAppServices(
    { site: tenant.sp(SITES.oakfield, login), bank: tenant.sp(SITES.bank, login), bankSiteUrl: `${tenant.url}${SITES.bank}` },
    tenant.graph(login),
    { kind: 'Local', locale: 'en-GB', theme: 'default', siteUrl, teams: { groupId } },
    { links: { webUrl, deepLink: target => webUrl(target) }, keyValueStore: new MemoryKeyValueStore(), teamsAppId: 'catalog-app-id' }
  );
}

/** A page whose visibility the test switches, as the browser's `visibilitychange` would. */
export class TestVisibility implements VisibilitySource {
  private visible = true;
  private readonly listeners = new Set<() => void>();

  public isVisible(): boolean {
    return this.visible;
  }

  public onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  public set(visible: boolean): void {
    this.visible = visible;
    for (const listener of this.listeners) listener();
  }
}

/**
 * Waits until `condition` holds, checking after each turn of the event loop (the local server answers over real
 * sockets). The limit only turns a hang into a clear failure; no assertion rests on how long anything took.
 */
export async function until(condition: () => boolean, what: string, limitMs = 60_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`Still waiting for: ${what}`);
    await new Promise(resolve => setTimeout(resolve, 5));
  }
}
