/**
 * The later part of the screenshots' story, for the screens issues 16 to 18 added: the policy approved and published
 * (Word file, website copy, PDF), the staff asked to acknowledge it, a second version with one changed statement
 * published and asked again, a next version with a topic left uncovered, and both schools' reports in the
 * authority's register. Everything goes through the product's own services as the seeded people, as the app would.
 *
 * Each step is idempotent and runs only when a shot needs it, after the older shots have been taken, so those
 * pictures (a draft with an open round, a home without publications) stay what their captions say.
 */
import type { RunningLocalServer } from '../../local/startLocalServer';
import { localGraph, localGraphClient, localSp } from '../../workbench/client/localClients';
import { BANK_SITE, OAKFIELD_PROFILE } from '../../workbench/seed/productSeed';
import { ApprovalService } from '../../src/services/approval/ApprovalService';
import type { LinkBuilder } from '../../src/domain/approval/LinkBuilder';
import { GraphNotificationService } from '../../src/services/notify/GraphNotificationService';
import { PublishService } from '../../src/services/publish/PublishService';
import { PdfConversionService } from '../../src/services/publish/pdfConversion';
import { AcknowledgementService } from '../../src/services/acknowledgement/AcknowledgementService';
import { acknowledgementLinks } from '../../src/services/acknowledgement/acknowledgementLinks';
import { graphTeamMembers } from '../../src/services/acknowledgement/acknowledgementLists';
import { SchoolService } from '../../src/services/school/SchoolService';
import { BankService } from '../../src/services/bank/BankService';
import { RegisterService } from '../../src/services/register/RegisterService';
import { readSchoolFacts } from '../../src/services/register/schoolFacts';
import { buildReport, type DocumentFacts } from '../../src/domain/register/milestones';
import { assembleDraft } from '../../src/domain/draft/assembleDraft';
import { coverageOf } from '../../src/domain/coverage/coverage';
import type { SchoolProfile } from '../../src/domain/school/SchoolProfile';
import type { RoundView } from '../../src/domain/approval/RoundView';
import type { PublishedDocument } from '../../src/domain/publish/PublishedDocument';
import { format } from '../../src/loc/strings';
import { enGB } from '../../src/loc/enGB';

/** The SharePoint group of staff the owner asks to acknowledge (a school makes one of people; the Team's group holds the Team). */
export const STAFF_GROUP = 'Oakfield Staff';
/** Its members: the people of the seeded tenant who work at Oakfield. */
const STAFF = ['tom.reid@northshire.example', 'aisha.khan@northshire.example', 'james.obrien@northshire.example', 'margaret.lewis@northshire.example', 'david.okafor@northshire.example'];
const TOM = 'tom.reid@northshire.example';
const HEAD = 'helen.carter@northshire.example';
const LEAD = 'aisha.khan@northshire.example';
const OFFICER = 'priya.shah@northshire.example';
const RIVERSIDE_HEAD = 'daniel.price@northshire.example';
/** The statement version 2.0 changes, and how (so the acknowledgement shows one changed statement). */
const CHANGED_BLOCK = 's:purpose-part-of-safeguarding';
const CHANGE = ' Every member of staff reads it when they join and again each September.';

/** What the story needs from the scenario. */
export interface StoryContext {
  server: RunningLocalServer;
  url: string;
  siteUrl: string;
  sitePath: string;
  policyId: number;
  profile: SchoolProfile;
  links: LinkBuilder;
  ensureRoundOpen: () => Promise<void>;
  log: (line: string) => void;
}

/** The steps a shot can ask for; each returns once the tenant is in that state. */
export interface Story {
  /** The policy approved and published (version 1.0, or later once the story has gone further). */
  published(): Promise<PublishedDocument>;
  /** Version 2.0 published with one statement changed, the staff asked to acknowledge 1.0 (Tom did) and then 2.0. */
  secondVersionAsked(): Promise<PublishedDocument>;
  /** Some of the staff acknowledged version 2.0 (the others have not yet). */
  someAcknowledged(): Promise<void>;
  /** A next version of the policy is being drafted, with one topic's only statement left out. Returns the topic's name. */
  coverageGap(): Promise<string>;
  /** Both schools enrolled in the register and each has reported. */
  reported(): Promise<void>;
}

export function createStory(ctx: StoryContext): Story {
  const { url, sitePath, siteUrl, policyId, profile, links } = ctx;
  const groupId = (): string | undefined => [...ctx.server.store.groups.values()].find(g => g.displayName === OAKFIELD_PROFILE.schoolName)?.id;
  const notifier = (login: string): GraphNotificationService => new GraphNotificationService(localGraph(url, login), enGB.notify, groupId());
  const approvals = (login: string): ApprovalService => new ApprovalService(localSp(url, sitePath, login), notifier(login), links);
  const school = (login: string): SchoolService => new SchoolService(localSp(url, sitePath, login), siteUrl);
  const publishing = (login: string): PublishService =>
    new PublishService(localSp(url, sitePath, login), approvals(login), async () => 'Europe/London', { converter: new PdfConversionService(localGraphClient(url, login)), siteUrl });
  const acknowledgements = (login: string): AcknowledgementService => new AcknowledgementService(
    localSp(url, sitePath, login), approvals(login), notifier(login),
    acknowledgementLinks(links, r => format(enGB.acknowledgement.readTitle, r.title, r.version)), graphTeamMembers(localGraph(url, login))
  );

  const publishedBank = () => new BankService(localSp(url, BANK_SITE, HEAD), `${url}${BANK_SITE}`).loadPublished();
  /** The topic the next version leaves uncovered, once it has. */
  let gapTopic: string | undefined;

  const latestPublication = async (): Promise<PublishedDocument | undefined> =>
    (await publishing(HEAD).published()).filter(p => p.draftId === policyId).sort((a, b) => Number.parseFloat(b.version) - Number.parseFloat(a.version))[0];

  /** Every approver of the open round approves it; then the owner publishes it. */
  async function approveAndPublish(): Promise<PublishedDocument> {
    let view = await approvals(HEAD).view(policyId, profile) as RoundView;
    for (const approver of view.approvers) {
      if (view.outcome.state !== 'Open') break;
      if (view.decisions.some(d => d.authorId === approver.id)) continue;
      view = await approvals(approver.login).decide({ id: policyId, title: view.snapshot.title }, view, profile, 'Approve', '', view.round.snapshotHash);
    }
    if (view.outcome.state !== 'Approved') throw new Error(`The round ended ${view.outcome.state}, not Approved: the governors' shot cannot be followed by a publication.`);
    const outcome = await publishing(HEAD).publish({ id: policyId, title: view.snapshot.title, kind: 'Policy' }, view, profile);
    if (outcome.pdfFailure) ctx.log(`(No PDF beside version ${outcome.version}: ${outcome.pdfFailure.detail})`);
    return outcome;
  }

  /** The owner starts the next version of the published policy; the lead's `edit` changes it through the block store. */
  async function nextVersion(edit: (lead: SchoolService) => Promise<void>): Promise<void> {
    const head = school(HEAD);
    const { draft } = await head.openDraft(policyId);
    await publishing(HEAD).startNextVersion({ id: policyId, preamble: draft.preamble }, await approvals(HEAD).view(policyId, profile) as RoundView);
    const lead = school(LEAD);
    await lead.access();
    await edit(lead);
  }

  async function submit(): Promise<void> {
    const head = school(HEAD);
    const me = await head.access();
    const { draft } = await head.openDraft(policyId);
    const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await approvals(HEAD).submit({ draft: { ...draft, id: policyId }, blocks: draft.blocks, profile, dueDate: due, submitter: { id: me.userId, login: HEAD } });
  }

  async function staffGroup(): Promise<void> {
    const web = localSp(url, sitePath, HEAD).web;
    const groups = await web.siteGroups.select('Title')<{ Title: string }[]>();
    if (groups.some(g => g.Title === STAFF_GROUP)) return;
    await web.siteGroups.add({ Title: STAFF_GROUP });
    for (const login of STAFF) await web.siteGroups.getByName(STAFF_GROUP).users.add(`i:0#.f|membership|${login}`);
  }

  const requestFor = async (version: string): Promise<number | undefined> =>
    (await acknowledgements(HEAD).requests()).find(r => r.draftId === policyId && r.version === version)?.id;

  async function ask(document: PublishedDocument): Promise<number> {
    const existing = await requestFor(document.version);
    if (existing !== undefined) return existing;
    await staffGroup();
    const outcome = await acknowledgements(HEAD).request({ draftId: policyId, title: document.title, version: document.version, roundNumber: document.roundNumber }, STAFF_GROUP);
    return outcome.request.id;
  }

  const story: Story = {
    async published() {
      const done = await latestPublication();
      if (done) return done;
      await ctx.ensureRoundOpen();
      return approveAndPublish();
    },

    async secondVersionAsked() {
      const first = await story.published();
      if (first.version !== '1.0') return first;
      // Tom acknowledges 1.0, so what he reads of 2.0 is only what changed.
      await acknowledgements(TOM).acknowledge(await ask(first));
      await nextVersion(async lead => {
        const block = (await lead.openDraft(policyId)).draft.blocks.find(b => b.key === CHANGED_BLOCK);
        if (block?.itemId === undefined || block.version === undefined) throw new Error(`The policy has no saved statement ${CHANGED_BLOCK}.`);
        await lead.blocks().updateBlock(block.itemId, block.version, { text: `${block.content.text}${CHANGE}` });
      });
      await submit();
      const second = await approveAndPublish();
      await ask(second);
      return second;
    },

    async someAcknowledged() {
      const second = await story.secondVersionAsked();
      const requestId = await ask(second);
      for (const login of [TOM, LEAD]) {
        if (!(await acknowledgements(login).reading(requestId)).acknowledged) await acknowledgements(login).acknowledge(requestId);
      }
    },

    async coverageGap() {
      if (gapTopic) return gapTopic;
      await story.someAcknowledged();
      const bank = await publishedBank();
      const current = (await school(HEAD).openDraft(policyId)).draft;
      const report = coverageOf(current, bank);
      // A topic whose statements a school may all leave out (none mandatory): the one with the fewest.
      const optional = (key: string): boolean => current.blocks.some(b => b.sourceKey === key && !b.mandatory);
      const gap = report.covered.filter(t => t.coveredBy.every(optional)).sort((a, b) => a.coveredBy.length - b.coveredBy.length)[0];
      if (!gap) throw new Error('Every topic of the policy is covered by a mandatory statement: nothing to leave out.');
      await nextVersion(async lead => {
        const blocks = (await lead.openDraft(policyId)).draft.blocks.filter(b => b.sourceKey !== undefined && gap.coveredBy.includes(b.sourceKey));
        for (const block of blocks) {
          if (block.itemId === undefined || block.version === undefined) throw new Error(`The policy's statement ${block.key} is not saved.`);
          await lead.blocks().updateBlock(block.itemId, block.version, { included: false });
        }
      });
      ctx.log(`(The next version leaves out ${gap.coveredBy.join(', ')}: "${enGB.coverage.topics[gap.topic.key].name}" is not covered.)`);
      gapTopic = enGB.coverage.topics[gap.topic.key].name;
      return gapTopic;
    },

    async reported() {
      const officer = new RegisterService(localSp(url, BANK_SITE, OFFICER));
      if ((await officer.readRegister()).length >= 2) return;
      await story.published();
      const oakfield = { key: groupId() ?? '', name: OAKFIELD_PROFILE.schoolName };
      const riversideGroup = [...ctx.server.store.groups.values()].find(g => g.displayName.startsWith('Riverside'));
      if (!riversideGroup || !oakfield.key) throw new Error('The seed made no Team group for Oakfield or Riverside.');
      const riverside = { key: riversideGroup.id, name: riversideGroup.displayName };
      await officer.enrolSchool(oakfield);
      await officer.enrolSchool(riverside);
      const bank = await publishedBank();
      const now = new Date().toISOString();
      // Oakfield reports what its site holds, as its reporting card does.
      const facts = await readSchoolFacts({ school: school(HEAD), approvals: approvals(HEAD), publishing: publishing(HEAD) });
      await new RegisterService(localSp(url, BANK_SITE, TOM)).sendReport(oakfield.key, buildReport(undefined, facts, bank, now));
      // Riverside (whose site the first-run shot keeps empty) reports a policy from the bank's secondary template in
      // which it rewrote the statement Oakfield amended too and left one out: what the ranking counts.
      await new RegisterService(localSp(url, BANK_SITE, RIVERSIDE_HEAD)).sendReport(riverside.key, buildReport(undefined, [riversidePolicy(bank, facts)], bank, now));
    }
  };
  return story;
}

/** Riverside's policy facts: the secondary template's statements, with Oakfield's amended one and one more rewritten, one left out. */
function riversidePolicy(bank: Awaited<ReturnType<BankService['loadPublished']>>, oakfield: DocumentFacts[]): DocumentFacts {
  const template = bank.templates.find(t => t.key === 'policy-secondary') ?? bank.templates.find(t => t.working.body.kind === 'Policy');
  if (!template) throw new Error('The bank has no policy template for Riverside.');
  const assembled = assembleDraft(bank, template.key, { ...OAKFIELD_PROFILE, schoolName: 'Riverside Secondary School', setting: 'Secondary' }, template.working.title);
  const oakfieldAmended = new Set(oakfield.flatMap(d => d.blocks).filter(b => b.kind === 'Statement' && b.baseText !== b.content.text).map(b => b.sourceKey));
  const optional = assembled.blocks.filter(b => b.kind === 'Statement' && !b.mandatory);
  const rewrite = new Set([...assembled.blocks.filter(b => oakfieldAmended.has(b.sourceKey)).map(b => b.key), optional[0]?.key]);
  const leaveOut = optional[optional.length - 1]?.key;
  return {
    id: 1, kind: 'Policy', templateKey: template.key, bankRelease: assembled.bankRelease, started: new Date(Date.now() - 20 * 86_400_000).toISOString(),
    blocks: assembled.blocks.map(b => rewrite.has(b.key)
      ? { ...b, content: { ...b.content, text: `${b.content.text} At Riverside, students help review this each year.` } }
      : b.key === leaveOut ? { ...b, content: { ...b.content, included: false } } : b)
  };
}
