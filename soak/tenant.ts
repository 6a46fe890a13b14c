import { assembleDraft } from '../src/domain/draft/assembleDraft';
import { nextReviewDate } from '../src/domain/school/SchoolProfile';
import { BankService } from '../src/services/bank/BankService';
import { SchoolService } from '../src/services/school/SchoolService';
import { ApprovalService } from '../src/services/approval/ApprovalService';
import { localSp } from '../workbench/client/localClients';
import { BANK_SITE, seedProduct } from '../workbench/seed/productSeed';
import { startServerProcess, type ServerProcess } from '../bench/serverProcess';
import { OWNER, SCHOOL_SITE, SOAK_PROFILE } from './people';

/** The soak's own local tenant: a server in a child process with the product seeded, and the drafts to work on. */
export interface SoakTenant {
  server: ServerProcess;
  /** Drafts the editors share (the seeded policy, then a second draft). */
  editedDrafts: number[];
  /** The draft the owner submits for approval again and again. */
  approvalDraft: { id: number; title: string };
}

/** A SchoolService signed in as `login`: a client of its own (its own PnPjs root). */
export function schoolAs(serverUrl: string, login: string): SchoolService {
  return new SchoolService(localSp(serverUrl, SCHOOL_SITE, login), `${serverUrl}${SCHOOL_SITE}`);
}

/**
 * Starts the server (loopback, fresh data folder, no faults yet), seeds it as `npm start` does, fills in the deputy
 * DSL so the policy can be submitted, and adds a second draft so the editors work on two.
 */
export async function startSoakTenant(): Promise<SoakTenant> {
  const server = await startServerProcess();
  try {
    await seedProduct(server.url);
    const owner = schoolAs(server.url, OWNER);
    await owner.access();
    await owner.loadProfile();
    await owner.saveProfile(SOAK_PROFILE);
    const approvals = new ApprovalService(localSp(server.url, SCHOOL_SITE, OWNER), { notify: async () => [] }, { deepLink: () => '', webUrl: () => '' });
    await approvals.secure(SOAK_PROFILE.approversGroup);
    const drafts = await owner.listDrafts();
    const seeded = drafts[drafts.length - 1];
    if (!seeded) throw new Error('The seed made no draft for Oakfield.');
    const bank = await new BankService(localSp(server.url, BANK_SITE, OWNER), `${server.url}${BANK_SITE}`).loadPublished();
    const second = await owner.createDraft({
      ...assembleDraft(bank, 'policy-primary', SOAK_PROFILE, 'Online safety policy (soak copy)'), reviewDate: nextReviewDate(new Date(), 12)
    });
    return { server, editedDrafts: [seeded.id, second], approvalDraft: { id: seeded.id, title: seeded.title } };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
