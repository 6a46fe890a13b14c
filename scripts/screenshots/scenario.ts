/**
 * The throw-away tenant the README's screenshots are taken in: a fresh local server in a temporary folder on a
 * free loopback port, seeded like `npm start` seeds `.local/` (never touching it), then moved on a little through
 * the product's own services so the screens have something to show: the profile complete, a second document,
 * a statement amended by a co-editor and a comment on it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalServer, teamsAppFromManifest, type RunningLocalServer } from '../../local/startLocalServer';
import { linkBuilder } from '../../src/services/host/linkBuilder';
import { BANK_SITE, OAKFIELD_PROFILE, seedProduct } from '../../workbench/seed/productSeed';
import { localGraph, localSp } from '../../workbench/client/localClients';
import { buildManifest } from '../teamsManifest';
import { SchoolService } from '../../src/services/school/SchoolService';
import { BankService } from '../../src/services/bank/BankService';
import { ApprovalService } from '../../src/services/approval/ApprovalService';
import type { LinkBuilder } from '../../src/domain/approval/LinkBuilder';
import { GraphNotificationService } from '../../src/services/notify/GraphNotificationService';
import { assembleDraft } from '../../src/domain/draft/assembleDraft';
import { nextReviewDate } from '../../src/domain/school/SchoolProfile';
import { enGB } from '../../src/loc/enGB';
import { createStory, type Story } from './story';

/** The seeded people the shots sign in as (see local/seed/tenantSeed.ts). */
export const PEOPLE = {
  officer: { login: 'priya.shah@northshire.example', name: 'Priya Shah' },
  oakfieldHead: { login: 'helen.carter@northshire.example', name: 'Helen Carter' },
  oakfieldDsl: { login: 'tom.reid@northshire.example', name: 'Tom Reid' },
  oakfieldLead: { login: 'aisha.khan@northshire.example', name: 'Aisha Khan' },
  oakfieldChair: { login: 'margaret.lewis@northshire.example', name: 'Margaret Lewis' },
  riversideHead: { login: 'daniel.price@northshire.example', name: 'Daniel Price' }
} as const;

export type Person = (typeof PEOPLE)[keyof typeof PEOPLE];

/** The seeded sites. Riverside is left without the app's lists on purpose: the first run. */
export const SITES = {
  bank: BANK_SITE,
  oakfield: '/sites/oakfield-primary',
  riverside: '/sites/riverside-secondary'
} as const;

/** The statement the co-editor amends, and what she adds to it. */
const AMENDED_BLOCK = 's:purpose-aim';
const AMENDMENT = ' We talk about it with pupils at the start of every school year.';

/** A running scenario: where it is, what it holds, and how to remove it. */
export interface Scenario {
  server: RunningLocalServer;
  url: string;
  /** The seeded online-safety policy draft of Oakfield. */
  policyDraftId: number;
  policyTitle: string;
  /** Puts the policy to the governors through the services (what "Submit" in the app does), unless a round is open. */
  ensureRoundOpen: () => Promise<void>;
  /** The later screens' states (published, acknowledged, a coverage gap, reports), reached only when a shot asks. */
  story: Story;
  close: () => Promise<void>;
}

/** The address of a site's workbench page, with an optional query (`?host=teams&theme=dark`). */
export function workbenchPath(site: string, query = ''): string {
  return `${site}/_layouts/15/workbench.aspx${query}`;
}

/** Starts the server on a new temporary folder and seeds it; `workbenchDir` is the built workbench it serves. */
export async function startScenario(workbenchDir: string, log: (line: string) => void): Promise<Scenario> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-screenshots-'));
  const server = await startLocalServer({ dataDir, port: 0, host: '127.0.0.1', workbenchDir, teamsManifest: buildManifest() });
  const close = async (): Promise<void> => {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const url = server.url;
    await seedProduct(url, log);
    const school = (person: Person): SchoolService => new SchoolService(localSp(url, SITES.oakfield, person.login), `${url}${SITES.oakfield}`);

    // The headteacher completes the one profile field the seed leaves empty, so the approval checks pass.
    const profile = { ...OAKFIELD_PROFILE, deputyDslName: 'Aisha Khan' };
    const head = school(PEOPLE.oakfieldHead);
    await head.loadProfile();
    await head.saveProfile(profile);

    const drafts = await head.listDrafts();
    const policy = drafts.find(d => d.kind === 'Policy');
    if (!policy) throw new Error('The seed made no policy draft for Oakfield (workbench/seed/productSeed.ts).');

    // The online-safety lead amends one statement and starts the staff acceptable use agreement; the DSL comments.
    const lead = school(PEOPLE.oakfieldLead);
    await lead.access();
    const { draft } = await lead.openDraft(policy.id);
    const block = draft.blocks.find(b => b.key === AMENDED_BLOCK);
    if (block?.itemId !== undefined && block.version !== undefined) {
      await lead.blocks().updateBlock(block.itemId, block.version, { text: `${block.content.text}${AMENDMENT}` });
    } else {
      log(`(The policy has no statement ${AMENDED_BLOCK}; nothing amended.)`);
    }
    if (!drafts.some(d => d.kind === 'Aup')) {
      const bank = await new BankService(localSp(url, BANK_SITE, PEOPLE.oakfieldLead.login), `${url}${BANK_SITE}`).loadPublished();
      const staffAup = bank.templates.find(t => t.key === 'aup-template-staff-volunteers') ?? bank.templates.find(t => t.working.body.kind === 'Aup');
      if (staffAup) {
        await lead.createDraft({ ...assembleDraft(bank, staffAup.key, profile, staffAup.working.title), reviewDate: nextReviewDate(new Date(), profile.reviewPeriodMonths) });
      }
    }
    if (block) await school(PEOPLE.oakfieldDsl).addComment(policy.id, block.key, 'Good: could we also say that pupils help review it each year?');

    // The web part's own link builder, so the feed's "Open as" opens the round in the local Teams (by catalogue id).
    const siteUrl = `${url}${SITES.oakfield}`;
    const links: LinkBuilder = linkBuilder({
      teamsAppId: teamsAppFromManifest(buildManifest()).catalogId, appPageUrl: `${siteUrl}/_layouts/15/workbench.aspx`,
      host: { kind: 'SharePoint', locale: 'en-GB', theme: 'default', siteUrl, pageWebUrl: siteUrl }
    });
    const ensureRoundOpen = async (): Promise<void> => {
      const groupId = [...server.store.groups.values()].find(g => g.displayName === OAKFIELD_PROFILE.schoolName)?.id;
      const approvals = new ApprovalService(localSp(url, SITES.oakfield, PEOPLE.oakfieldHead.login), new GraphNotificationService(localGraph(url, PEOPLE.oakfieldHead.login), enGB.notify, groupId), links);
      const current = await approvals.view(policy.id, profile);
      if (current?.outcome.state === 'Open') return;
      const me = await head.access();
      const { draft: latest } = await head.openDraft(policy.id);
      const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
      await approvals.submit({ draft: { ...latest, id: policy.id }, blocks: latest.blocks, profile, dueDate: due, submitter: { id: me.userId, login: PEOPLE.oakfieldHead.login } });
    };

    const story = createStory({ server, url, siteUrl, sitePath: SITES.oakfield, policyId: policy.id, profile, links, ensureRoundOpen, log });
    return { server, url, policyDraftId: policy.id, policyTitle: policy.title, ensureRoundOpen, story, close };
  } catch (error) {
    await close();
    throw error;
  }
}
