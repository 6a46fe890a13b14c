import { ApprovalService } from '../../../src/services/approval/ApprovalService';
import { GraphNotificationService } from '../../../src/services/notify/GraphNotificationService';
import { SchoolService } from '../../../src/services/school/SchoolService';
import { formatSubEntity, teamsDeepLink } from '../../../src/domain/approval/deepLink';
import { OAKFIELD_PROFILE } from '../../../workbench/seed/productSeed';
import { PEOPLE, SITES, type TestTenant } from '../../support/testTenant';

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
  const webUrl = (target: Parameters<typeof formatSubEntity>[0]): string => `${tenant.url}${SITES.oakfield}/_layouts/15/workbench.aspx?host=teams&subEntityId=${encodeURIComponent(formatSubEntity(target))}`;
  const approvals = new ApprovalService(sp, new GraphNotificationService(tenant.graph(PEOPLE.oakfieldHead), groupId), {
    webUrl, deepLink: (target, label) => teamsDeepLink({ appId: 'esafety-policy-hub-local', entityId: 'esafety-policy-hub', webUrl: webUrl(target), label, subEntity: target })
  });
  const me = await school.access();
  const profile = await school.loadProfile();
  const { draft } = await school.openDraft(1);
  await approvals.submit({ draft: { ...draft, id: 1 }, blocks: draft.blocks, profile, dueDate: '2026-12-31', submitter: { id: me.userId, login: PEOPLE.oakfieldHead } });
}
