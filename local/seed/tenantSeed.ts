import { createHash } from 'crypto';
import type { RoleAssignment, SiteGroup, SiteRecord, SiteUser, TenantGroup, TenantUser } from '../server/store/model';
import type { Store } from '../server/store/Store';
import { defaultRoleDefinitions, RoleDefinitionId } from '../server/sharepoint/permissions';
import { claimsLogin, EVERYONE_EXCEPT_EXTERNAL, groupClaimLogin } from '../server/sharepoint/security';

/**
 * The people, Teams and sites of the local tenant: a local authority ("Northshire") with its e-Safety bank site
 * and two schools, each a Team with its own site. Only what Microsoft 365 itself would hold: names, groups and
 * permissions. Everything the product keeps (lists, the bank, drafts) is made by the product's own code.
 */
export const TENANT_DOMAIN = 'northshire.example';

interface PersonSeed {
  key: string;
  given: string;
  surname: string;
  jobTitle: string;
  guestMail?: string;
  /** Teams app installed for them; false makes Graph answer 403 to notifications (the mail fallback). */
  teamsApp?: boolean;
}

const PEOPLE: PersonSeed[] = [
  { key: 'priya.shah', given: 'Priya', surname: 'Shah', jobTitle: 'e-Safety Officer, Northshire County Council' },
  { key: 'ben.morgan', given: 'Ben', surname: 'Morgan', jobTitle: 'Education Safeguarding Adviser, Northshire County Council' },
  { key: 'helen.carter', given: 'Helen', surname: 'Carter', jobTitle: 'Headteacher, Oakfield Primary School' },
  { key: 'tom.reid', given: 'Tom', surname: 'Reid', jobTitle: 'Deputy Headteacher and Designated Safeguarding Lead, Oakfield Primary School' },
  { key: 'aisha.khan', given: 'Aisha', surname: 'Khan', jobTitle: 'Computing and Online Safety Lead, Oakfield Primary School' },
  { key: 'james.obrien', given: 'James', surname: "O'Brien", jobTitle: 'IT Technician, Oakfield Primary School' },
  { key: 'margaret.lewis', given: 'Margaret', surname: 'Lewis', jobTitle: 'Chair of Governors, Oakfield Primary School' },
  { key: 'david.okafor', given: 'David', surname: 'Okafor', jobTitle: 'Safeguarding Link Governor, Oakfield Primary School' },
  { key: 'sarah.whitfield', given: 'Sarah', surname: 'Whitfield', jobTitle: 'Parent Governor, Oakfield Primary School', guestMail: 'sarah.whitfield@outlook.example', teamsApp: false },
  { key: 'chloe.adams', given: 'Chloe', surname: 'Adams', jobTitle: 'Teaching Assistant, Oakfield Primary School' },
  { key: 'nadia.hussain', given: 'Nadia', surname: 'Hussain', jobTitle: 'Educational Psychologist, Northshire County Council' },
  { key: 'daniel.price', given: 'Daniel', surname: 'Price', jobTitle: 'Headteacher, Riverside Secondary School' },
  { key: 'grace.li', given: 'Grace', surname: 'Li', jobTitle: 'Designated Safeguarding Lead, Riverside Secondary School' },
  { key: 'robert.hughes', given: 'Robert', surname: 'Hughes', jobTitle: 'Chair of Governors, Riverside Secondary School' },
  { key: 'fatima.begum', given: 'Fatima', surname: 'Begum', jobTitle: 'Governor, Riverside Secondary School' },
  { key: 'owen.jones', given: 'Owen', surname: 'Jones', jobTitle: 'Governor, Riverside Secondary School', guestMail: 'owen.jones@gmail.example', teamsApp: false }
];

interface SiteSeed {
  url: string;
  title: string;
  description: string;
  /** The school's Team (M365 group); absent for the bank site. */
  team?: { name: string; owners: string[]; members: string[] };
  owners: string[];
  members: string[];
  /** Read access for every member of the tenant (no guests): how schools read the bank. */
  everyoneReads?: boolean;
  /** Extra SharePoint groups (e.g. a school's governors), owned by the site's owners group; Read unless `role` says. */
  extraGroups?: { title: string; description: string; members: string[]; role?: number; onlyMembersSeeMembership?: boolean }[];
  /** People given a permission level on the site directly, not through a group (a "direct grant"). */
  directGrants?: { key: string; role: number }[];
  /**
   * Sharing links made from a document of the site. SharePoint keeps each as a site group named
   * `SharingLinks.<document id>.<kind>.<link id>` holding the people who used it, with Limited Access on the web
   * (and the link's real right on the document alone): TENANT-FACTS "Lists, fields, versions" (copied on
   * breakroleinheritance like any principal).
   */
  sharingLinks?: { document: string; kind: 'OrganizationEdit' | 'OrganizationView'; members: string[] }[];
}

const SITES: SiteSeed[] = [
  {
    // The tenant's root site: a plain communication site every member reads (guests do not). SPFx loads a Teams
    // personal app here (sp-dev-docs deployment-spfx-teams-solutions.md), so the app must cope with it.
    url: '/', title: 'Northshire County Council', description: 'The council intranet home.',
    owners: ['ben.morgan'], members: [], everyoneReads: true
  },
  {
    url: '/sites/esafety-bank', title: 'Northshire e-Safety Bank',
    description: "Northshire County Council's online-safety statement bank, templates and resources for schools.",
    owners: ['priya.shah'], members: ['ben.morgan'], everyoneReads: true
  },
  {
    url: '/sites/oakfield-primary', title: 'Oakfield Primary School', description: "Oakfield Primary School's staff Team site.",
    team: {
      name: 'Oakfield Primary School', owners: ['helen.carter'],
      members: ['tom.reid', 'aisha.khan', 'james.obrien', 'margaret.lewis', 'david.okafor', 'sarah.whitfield']
    },
    owners: [], members: [],
    extraGroups: [
      // "Who can view the membership of the group: Group members" (TENANT-FACTS): others may not read its users.
      { title: 'Oakfield Governors', description: 'The governing board: approvers of school policies.', members: ['margaret.lewis', 'david.okafor', 'sarah.whitfield'], onlyMembersSeeMembership: true },
      // A custom group with Contribute, as schools make for staff outside the Team.
      { title: 'Oakfield Teaching Assistants', description: 'Teaching assistants: can add and edit items and documents.', members: ['chloe.adams'], role: RoleDefinitionId.Contribute }
    ],
    // The local authority's safeguarding adviser reads the school site through a grant made to him alone.
    directGrants: [{ key: 'ben.morgan', role: RoleDefinitionId.Read }],
    sharingLinks: [{ document: 'oakfield-primary:safeguarding-referral-form.docx', kind: 'OrganizationEdit', members: ['nadia.hussain'] }]
  },
  {
    url: '/sites/riverside-secondary', title: 'Riverside Secondary School', description: "Riverside Secondary School's staff Team site.",
    team: { name: 'Riverside Secondary School', owners: ['daniel.price'], members: ['grace.li', 'robert.hughes', 'fatima.begum', 'owen.jones'] },
    owners: [], members: [],
    extraGroups: [{ title: 'Riverside Governors', description: 'The governing board: approvers of school policies.', members: ['robert.hughes', 'fatima.begum', 'owen.jones'] }]
  }
];

/** A stable GUID from a name, so ids stay the same from one fresh seed to the next (tests and docs rely on them). */
export function stableGuid(name: string): string {
  const hex = createHash('sha256').update(`esafety-local:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function tenantUser(person: PersonSeed): TenantUser {
  const upn = person.guestMail ? `${person.guestMail.replace('@', '_')}#EXT#@${TENANT_DOMAIN}` : `${person.key}@${TENANT_DOMAIN}`;
  return {
    id: stableGuid(`user:${person.key}`), userPrincipalName: upn, displayName: `${person.given} ${person.surname}`,
    givenName: person.given, surname: person.surname, mail: person.guestMail ?? upn, jobTitle: person.jobTitle,
    userType: person.guestMail ? 'Guest' : 'Member', teamsAppInstalled: person.teamsApp ?? true
  };
}

function buildSite(seed: SiteSeed, users: Map<string, TenantUser>, created: string): { site: SiteRecord; group?: TenantGroup } {
  let nextId = 3;
  const principal = (): number => nextId++;
  const siteUsers: SiteUser[] = [];
  const addUser = (key: string): number => {
    const user = users.get(key) as TenantUser;
    const login = claimsLogin(user.userPrincipalName);
    const existing = siteUsers.find(u => u.LoginName === login);
    if (existing) return existing.Id;
    const entry: SiteUser = {
      Id: principal(), LoginName: login, Title: user.displayName, Email: user.mail, UserPrincipalName: user.userPrincipalName,
      IsSiteAdmin: false, PrincipalType: 1, aadObjectId: user.id
    };
    siteUsers.push(entry);
    return entry.Id;
  };
  const addClaim = (login: string, title: string, aadObjectId: string, claimsOwners = false): number => {
    const entry: SiteUser = { Id: principal(), LoginName: login, Title: title, Email: '', UserPrincipalName: '', IsSiteAdmin: false, PrincipalType: 4, aadObjectId, claimsOwners };
    siteUsers.push(entry);
    return entry.Id;
  };
  const makeGroup = (title: string, description: string, ownerId: number): SiteGroup => ({
    Id: principal(), Title: title, Description: description, OwnerTitle: `${seed.title} Owners`, ownerId,
    OnlyAllowMembersViewMembership: false, AllowMembersEditMembership: false, memberIds: []
  });
  const owners = makeGroup(`${seed.title} Owners`, 'Full control of the site.', 0);
  owners.ownerId = owners.Id;
  const members = makeGroup(`${seed.title} Members`, 'Can edit the site.', owners.Id);
  const visitors = makeGroup(`${seed.title} Visitors`, 'Can read the site.', owners.Id);
  const groups = [owners, members, visitors];

  let team: TenantGroup | undefined;
  if (seed.team) {
    team = {
      id: stableGuid(`group:${seed.url}`), displayName: seed.team.name, mail: `${seed.url.split('/').pop()}@${TENANT_DOMAIN}`,
      ownerIds: seed.team.owners.map(k => (users.get(k) as TenantUser).id),
      memberIds: [...seed.team.owners, ...seed.team.members].map(k => (users.get(k) as TenantUser).id)
    };
    owners.memberIds.push(addClaim(groupClaimLogin(team.id, true), `${seed.team.name} Owners`, team.id, true));
    members.memberIds.push(addClaim(groupClaimLogin(team.id, false), `${seed.team.name} Members`, team.id));
  }
  for (const key of seed.owners) owners.memberIds.push(addUser(key));
  for (const key of seed.members) members.memberIds.push(addUser(key));
  for (const key of [...(seed.team?.owners ?? []), ...(seed.team?.members ?? [])]) addUser(key);
  if (seed.everyoneReads) visitors.memberIds.push(addClaim(EVERYONE_EXCEPT_EXTERNAL, 'Everyone except external users', 'everyone-except-external'));
  const assignments: RoleAssignment[] = [
    { principalId: owners.Id, roleDefinitionIds: [RoleDefinitionId.FullControl] },
    { principalId: members.Id, roleDefinitionIds: [RoleDefinitionId.Edit] },
    { principalId: visitors.Id, roleDefinitionIds: [RoleDefinitionId.Read] }
  ];
  for (const extra of seed.extraGroups ?? []) {
    const group = makeGroup(extra.title, extra.description, owners.Id);
    group.memberIds = extra.members.map(addUser);
    group.OnlyAllowMembersViewMembership = extra.onlyMembersSeeMembership === true;
    groups.push(group);
    assignments.push({ principalId: group.Id, roleDefinitionIds: [extra.role ?? RoleDefinitionId.Read] });
  }
  for (const grant of seed.directGrants ?? []) assignments.push({ principalId: addUser(grant.key), roleDefinitionIds: [grant.role] });
  for (const link of seed.sharingLinks ?? []) {
    const title = `SharingLinks.${stableGuid(`document:${link.document}`)}.${link.kind}.${stableGuid(`link:${link.document}:${link.kind}`)}`;
    const group = makeGroup(title, '', owners.Id);
    group.OwnerTitle = 'System Account';
    group.memberIds = link.members.map(addUser);
    groups.push(group);
    assignments.push({ principalId: group.Id, roleDefinitionIds: [RoleDefinitionId.LimitedAccess] });
  }
  const site: SiteRecord = {
    id: stableGuid(`site:${seed.url}`), webId: stableGuid(`web:${seed.url}`), serverRelativeUrl: seed.url, Title: seed.title,
    Description: seed.description, Created: created, timeZoneId: 2, groupId: team?.id, roleDefinitions: defaultRoleDefinitions(),
    roleAssignments: assignments, users: siteUsers, groups, associatedOwnerGroupId: owners.Id, associatedMemberGroupId: members.Id,
    associatedVisitorGroupId: visitors.Id, nextPrincipalId: nextId
  };
  return { site, group: team };
}

/** Writes the tenant's people, Teams and empty sites into a new store (one transaction). */
export function seedTenant(store: Store, now = new Date()): void {
  const created = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  store.transaction(() => {
    const users = new Map(PEOPLE.map(p => [p.key, tenantUser(p)]));
    for (const user of users.values()) store.saveUser(user);
    for (const seed of SITES) {
      const { site, group } = buildSite(seed, users, created);
      if (group) store.saveGroup(group);
      store.saveSite(site);
    }
    store.setMeta('seeded', created);
  });
}

/** The seeded site URLs, for start-up messages and tests. */
export const SEEDED_SITES = SITES.map(s => ({ url: s.url, title: s.title }));
