import { ApprovalService } from '../../../src/services/approval/ApprovalService';
import type { LinkBuilder } from '../../../src/domain/approval/LinkBuilder';
import { BankService } from '../../../src/services/bank/BankService';
import { BatchWriteError } from '../../../src/services/sharepoint/listItems';
import { GraphNotificationService } from '../../../src/services/notify/GraphNotificationService';
import { PublishService } from '../../../src/services/publish/PublishService';
import { SchoolService } from '../../../src/services/school/SchoolService';
import type { SPFI } from '../../../src/services/sharepoint/pnp';
import { formatSubEntity, teamsDeepLink } from '../../../src/domain/approval/deepLink';
import { claimsLogin } from '../../../local/server/sharepoint/security';
import { OAKFIELD_PROFILE, seedProduct } from '../../../workbench/seed/productSeed';
import { localGraph, localSp } from '../../../workbench/client/localClients';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import { enGB } from '../../../src/loc/enGB';

/** Riverside's chair of governors, co-opted onto Oakfield's governors: an approver who is only a visitor there. */
export const CO_OPTED_GOVERNOR = 'robert.hughes@northshire.example';

/** The approvers group and the profile every security test runs with (complete, so submitting passes its checks). */
export const APPROVERS_GROUP = OAKFIELD_PROFILE.approversGroup;
export const PROFILE = { ...OAKFIELD_PROFILE, deputyDslName: 'Aisha Khan' };

/** The people the security tests act as, one per role of the threat model (SECURITY.md). */
export const ROLES = {
  officer: { login: PEOPLE.officer, label: 'the e-Safety officer (owner of the bank site)' },
  owner: { login: PEOPLE.oakfieldHead, label: "the school site's owner (headteacher)" },
  member: { login: PEOPLE.oakfieldLead, label: 'a school site member' },
  approver: { login: PEOPLE.oakfieldChair, label: 'an approver who is also a Team member' },
  visitorApprover: { login: CO_OPTED_GOVERNOR, label: 'an approver who is otherwise a site visitor' },
  visitor: { login: PEOPLE.riversideDsl, label: 'a site visitor' },
  otherSchool: { login: PEOPLE.riversideHead, label: "another school's headteacher" },
  anonymous: { login: '', label: 'an anonymous caller' }
} as const;
export type Role = keyof typeof ROLES;
export const ROLE_KEYS = Object.keys(ROLES) as Role[];

/** The real services of the web part, signed in as one person. */
export interface Actor {
  login: string;
  bank: BankService;
  school: SchoolService;
  approvals: ApprovalService;
  publishing: PublishService;
  /** The school site through PnPjs, as the services reach it (for what a hostile client could send directly). */
  schoolSp: SPFI;
  bankSp: SPFI;
}

/** A local tenant with the product seeded, and Oakfield's roles set up by its owner through SharePoint. */
export interface SecurityTenant {
  tenant: TestTenant;
  groupId: string;
  as: (login: string) => Actor;
  close: () => Promise<void>;
}

export const LINKS = (tenantUrl: string): LinkBuilder => {
  const webUrl: LinkBuilder['webUrl'] = target => `${tenantUrl}${SITES.oakfield}/_layouts/15/workbench.aspx?host=teams&subEntityId=${encodeURIComponent(formatSubEntity(target))}`;
  return { webUrl, deepLink: (target, label) => teamsDeepLink({ appId: 'local-app', entityId: 'esafety-policy-hub', webUrl: webUrl(target), label, subEntity: target }) };
};

/** The services as the web part builds them, over the local server at `url`, signed in as `login` ('' for nobody). */
export function actorFor(url: string, groupId: string, login: string): Actor {
  const schoolSp = localSp(url, SITES.oakfield, login);
  const approvals = new ApprovalService(schoolSp, new GraphNotificationService(localGraph(url, login), enGB.notify, groupId), LINKS(url));
  return {
    login,
    bank: new BankService(localSp(url, SITES.bank, login), `${url}${SITES.bank}`),
    school: new SchoolService(schoolSp, `${url}${SITES.oakfield}`),
    approvals,
    publishing: new PublishService(schoolSp, approvals, async () => 'Europe/London'),
    schoolSp,
    bankSp: localSp(url, SITES.bank, login)
  };
}

/**
 * Seeds the product on a new tenant (bank, Oakfield's lists, profile and first draft, approval lists secured),
 * then, as Oakfield's owner: completes the profile, co-opts Robert Hughes onto the governors (a visitor
 * otherwise) and gives Grace Li (Riverside's DSL) read access as a visitor. Returns the Team's group id.
 */
export async function prepareSecurityTenant(tenant: TestTenant): Promise<string> {
  await seedProduct(tenant.url);
  const groupId = [...tenant.server.store.groups.values()].find(g => g.displayName === 'Oakfield Primary School')?.id ?? '';
  const owner = actorFor(tenant.url, groupId, ROLES.owner.login);
  await owner.school.loadProfile();
  await owner.school.saveProfile(PROFILE);
  await owner.schoolSp.web.siteGroups.getByName(APPROVERS_GROUP).users.add(claimsLogin(CO_OPTED_GOVERNOR));
  await owner.schoolSp.web.associatedVisitorGroup.users.add(claimsLogin(CO_OPTED_GOVERNOR));
  await owner.schoolSp.web.associatedVisitorGroup.users.add(claimsLogin(ROLES.visitor.login));
  // As saving the approvers group in the app does: the co-opted governor gets his ballot list.
  await owner.approvals.secure(APPROVERS_GROUP);
  return groupId;
}

/** Starts a throw-away tenant prepared for the security tests (see prepareSecurityTenant). */
export async function startSecurityTenant(): Promise<SecurityTenant> {
  const tenant = await startTestTenant();
  const groupId = await prepareSecurityTenant(tenant);
  return { tenant, groupId, as: login => actorFor(tenant.url, groupId, login), close: () => tenant.close() };
}

/** How a call ended: done, or refused by SharePoint with its status and error body. */
export type Outcome =
  | { kind: 'allowed' }
  | { kind: 'refused'; status: number; code: string; message: string };

interface HttpErrorLike {
  status?: number;
  message?: string;
  response?: Response;
}

async function refusalOf(error: HttpErrorLike): Promise<Outcome> {
  if (typeof error.status !== 'number') throw error;
  let body: unknown;
  try {
    body = error.response ? await error.response.clone().json() : JSON.parse(/::> ([\s\S]*)$/.exec(error.message ?? '')?.[1] ?? '');
  } catch {
    throw error;
  }
  const odata = ((body as Record<string, unknown>)['odata.error'] ?? (body as Record<string, unknown>).error) as { code?: string; message?: { value?: string } } | undefined;
  return { kind: 'refused', status: error.status, code: odata?.code ?? '', message: odata?.message?.value ?? '' };
}

/**
 * Runs a call and says how it ended. A refusal is SharePoint's answer (an HTTP failure, or every failure of a
 * batch of writes); anything else (a bug, a domain refusal) fails the test with its own error.
 */
export async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    await call();
    return { kind: 'allowed' };
  } catch (error) {
    if (error instanceof BatchWriteError) {
      const refusals = await Promise.all(error.failures.map(f => refusalOf(f.error as HttpErrorLike)));
      const distinct = new Set(refusals.map(r => JSON.stringify(r)));
      if (distinct.size !== 1) throw error;
      return refusals[0];
    }
    return refusalOf(error as HttpErrorLike);
  }
}

/** SharePoint's answer to a signed-in person without the permission. */
export const ACCESS_DENIED: Outcome = {
  kind: 'refused', status: 403, code: '-2147024891, System.UnauthorizedAccessException',
  message: 'Access denied. You do not have permission to perform this action or access this resource.'
};

/** SharePoint's answer to a caller who is not signed in. */
export const NOT_SIGNED_IN: Outcome = {
  kind: 'refused', status: 401, code: '-2147024891, System.UnauthorizedAccessException',
  message: 'Access denied. Before opening files in this location, you must first browse to the web site and select the option to login automatically.'
};
