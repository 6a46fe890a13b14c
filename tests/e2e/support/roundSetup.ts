import { ApprovalService } from '../../../src/services/approval/ApprovalService';
import { GraphNotificationService } from '../../../src/services/notify/GraphNotificationService';
import { SchoolService } from '../../../src/services/school/SchoolService';
import { linkBuilder } from '../../../src/services/host/linkBuilder';
import { teamsAppFromManifest } from '../../../local/startLocalServer';
import { buildManifest } from '../../../scripts/teamsManifest';
import { OAKFIELD_PROFILE } from '../../../workbench/seed/productSeed';
import { PEOPLE, SITES, type TestTenant } from '../../support/testTenant';
import { enGB } from '../../../src/loc/enGB';

/** Fills the one profile field the seed leaves empty, so Oakfield's policy passes the checks. */
export async function completeOakfieldProfile(tenant: TestTenant): Promise<void> {
  const school = new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${tenant.url}${SITES.oakfield}`);
  await school.loadProfile();
  await school.saveProfile({ ...OAKFIELD_PROFILE, deputyDslName: 'Aisha Khan' });
}

/** The headteacher submits Oakfield's policy (draft 1) through the real services, as the Submit button does. */
export async function submitOakfieldPolicy(tenant: TestTenant): Promise<void> {
  const sp = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead);
  const school = new SchoolService(sp, `${tenant.url}${SITES.oakfield}`);
  const groupId = [...tenant.server.store.groups.values()].find(g => g.displayName === 'Oakfield Primary School')!.id;
  // The web part's own link builder, as the workbench's SharePoint page would use it (catalogue id, app page).
  const siteUrl = `${tenant.url}${SITES.oakfield}`;
  const links = linkBuilder({
    teamsAppId: teamsAppFromManifest(buildManifest()).catalogId, appPageUrl: `${siteUrl}/_layouts/15/workbench.aspx`,
    host: { kind: 'SharePoint', locale: 'en-GB', theme: 'default', siteUrl, pageWebUrl: siteUrl }
  });
  const approvals = new ApprovalService(sp, new GraphNotificationService(tenant.graph(PEOPLE.oakfieldHead), enGB.notify, groupId), links);
  const me = await school.access();
  const profile = await school.loadProfile();
  const { draft } = await school.openDraft(1);
  await approvals.submit({ draft: { ...draft, id: 1 }, blocks: draft.blocks, profile, dueDate: '2026-12-31', submitter: { id: me.userId, login: PEOPLE.oakfieldHead } });
}
