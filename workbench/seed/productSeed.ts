import { BankService } from '../../src/services/bank/BankService';
import { SchoolService } from '../../src/services/school/SchoolService';
import { ApprovalService } from '../../src/services/approval/ApprovalService';
import { assembleDraft } from '../../src/domain/draft/assembleDraft';
import { nextReviewDate, type SchoolProfile } from '../../src/domain/school/SchoolProfile';
import { buildStarterPack, STARTER_PACK_VERSION } from '../../src/content/starterPack';
import { localSp } from '../client/localClients';

/** The officer who owns the seeded bank site. */
export const SEED_OFFICER = 'priya.shah@northshire.example';
export const BANK_SITE = '/sites/esafety-bank';
/** Oakfield is set up with a profile and a first draft; Riverside is left empty, to try the first run. */
export const SEED_SCHOOL = { site: '/sites/oakfield-primary', owner: 'helen.carter@northshire.example' };

/** Oakfield's profile. The deputy DSL is left empty on purpose: the app flags it wherever a document needs it. */
export const OAKFIELD_PROFILE: SchoolProfile = {
  schoolName: 'Oakfield Primary School', setting: 'Primary', headteacherName: 'Helen Carter', dslName: 'Tom Reid', deputyDslName: '',
  onlineSafetyLead: 'Aisha Khan', chairOfGovernors: 'Margaret Lewis', linkGovernor: 'David Okafor', itServiceProvider: 'Northshire Schools IT Service',
  website: 'https://oakfield.example', address: '1 Oak Lane, Northshire NS1 2AB', phone: '01632 960123', email: 'office@oakfield.example',
  localAuthority: 'Northshire County Council', reviewPeriodMonths: 12, approversGroup: 'Oakfield Governors', approvalRule: 'Majority'
};

/** Sets a school site up as its owner would: its lists, its profile and a first policy draft from the bank. */
export async function seedSchool(serverUrl: string, log: (line: string) => void = () => undefined): Promise<number | undefined> {
  const school = new SchoolService(localSp(serverUrl, SEED_SCHOOL.site, SEED_SCHOOL.owner), `${serverUrl}${SEED_SCHOOL.site}`);
  const access = await school.access();
  if (access.missingLists.length === 0) return undefined;
  log('Setting up Oakfield Primary School with a profile and a first policy draft…');
  await school.provision();
  await school.loadProfile();
  await school.saveProfile(OAKFIELD_PROFILE);
  // The owner secures the approval lists for the governors group, as saving the profile in the app does.
  const approvals = new ApprovalService(localSp(serverUrl, SEED_SCHOOL.site, SEED_SCHOOL.owner), { notify: async () => [] }, { deepLink: () => '', webUrl: () => '' });
  await approvals.secure(OAKFIELD_PROFILE.approversGroup);
  const bank = await new BankService(localSp(serverUrl, BANK_SITE, SEED_SCHOOL.owner), `${serverUrl}${BANK_SITE}`).loadPublished();
  const draft = { ...assembleDraft(bank, 'policy-primary', OAKFIELD_PROFILE, 'Online safety policy'), reviewDate: nextReviewDate(new Date(), 12) };
  return school.createDraft(draft);
}

/**
 * Sets the product up on a new local tenant the way an officer and a headteacher would in a tenant: through the
 * product's own services over HTTP (the server itself knows nothing of banks or policies). Creates the bank's
 * lists, imports the starter pack and publishes it, then sets Oakfield up. Does nothing that is already done.
 */
export async function seedProduct(serverUrl: string, log: (line: string) => void = () => undefined): Promise<boolean> {
  const bank = new BankService(localSp(serverUrl, BANK_SITE, SEED_OFFICER), `${serverUrl}${BANK_SITE}`);
  const access = await bank.access();
  if (access.missingLists.length === 0) {
    await seedSchool(serverUrl, log);
    return false;
  }
  log('Setting up the bank site and importing the starter bank…');
  await bank.provision();
  const result = await bank.importPack(await bank.load(), buildStarterPack(), { publishAs: { label: STARTER_PACK_VERSION, notes: 'The starter bank: 16 policy sections, 7 acceptable use agreements, letters, a risk assessment, the incident flowchart and posters.' } });
  log(`Published the starter bank as release ${result.release?.label ?? '?'} (${result.written} items).`);
  await seedSchool(serverUrl, log);
  return true;
}
