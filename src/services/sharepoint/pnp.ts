/**
 * The one file that owns the PnPjs set-up: the selective imports every service relies on (so the bundle
 * carries only these parts of @pnp/sp) and the types services take. Both composition roots build the
 * `SPFI` root themselves: `SPFx(context)` in SharePoint and Teams, `SPBrowser({ baseUrl })` locally, each
 * with `TypedErrors()`, so every failed request rejects with an `AppError` the UI can explain.
 */
import '@pnp/sp/webs';
import '@pnp/sp/sites';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/regional-settings/web';
import '@pnp/sp/files';
import '@pnp/sp/folders';

export { spfi } from '@pnp/sp';
export type { SPFI } from '@pnp/sp';
export { TypedErrors } from '../errors/typedErrors';
