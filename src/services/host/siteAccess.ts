import type { SPFI } from '../sharepoint/pnp';

/**
 * True when the signed-in person can read the site behind `sp` (a request to its web succeeds). Any refusal
 * (401, 403, 404 for a site that does not exist) or failure is "no": the caller explains rather than crashes.
 */
export async function canReadSite(sp: SPFI): Promise<boolean> {
  try {
    await sp.web.select('Id')();
    return true;
  } catch {
    return false;
  }
}
