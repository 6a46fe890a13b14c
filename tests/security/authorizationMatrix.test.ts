import { editStatement, saveTemplate } from '../../src/domain/bank/bankCommands';
import { assembleDraft } from '../../src/domain/draft/assembleDraft';
import type { Draft, DraftBlock } from '../../src/domain/draft/DraftModel';
import type { RoundView } from '../../src/domain/approval/RoundView';
import { DraftSession } from '../../src/services/drafts/DraftSession';
import { MemoryKeyValueStore } from '../../src/services/drafts/IBlockStore';
import { SCHOOL_LISTS } from '../../src/services/sharepoint/schema/schoolSchema';
import {
  ACCESS_DENIED, APPROVERS_GROUP, NOT_SIGNED_IN, outcomeOf, PROFILE, ROLE_KEYS, ROLES, startSecurityTenant, type Actor, type Outcome, type Role, type SecurityTenant
} from './support/securityTenant';

/**
 * Who may do what, through the services the web part uses, against the local SharePoint. Each cell is one test:
 * allowed (and a write really changed something), or refused with SharePoint's own 403 (401 for an anonymous
 * caller) and nothing changed, read back as the site's owner. The grid below is the promise; SECURITY.md explains it.
 */
jest.setTimeout(60_000);

/** Allowed. */
const A = 'allowed';
/** Refused with SharePoint's 403: access denied. */
const D = '403';
/** Refused with SharePoint's 401: not signed in. */
const S = '401';
type Cell = typeof A | typeof D | typeof S;
type Row = [Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell];

const MATRIX: Record<string, Record<string, Row>> = {
  // Columns:                                                 officer owner member approver co-opted visitor other-school anonymous
  'the bank (bank site)': {
    'read the published bank':                               [A,      A,    A,     A,       A,       A,      A,           S],
    'read the working copies, templates and releases':       [A,      A,    A,     A,       A,       A,      A,           S],
    'read the resources':                                    [A,      A,    A,     A,       A,       A,      A,           S],
    'write a statement':                                     [A,      D,    D,     D,       D,       D,      D,           S],
    'write a template':                                      [A,      D,    D,     D,       D,       D,      D,           S],
    'publish a release':                                     [A,      D,    D,     D,       D,       D,      D,           S]
  },
  'the school profile (school site)': {
    'read the school profile':                               [D,      A,    A,     A,       A,       A,      D,           S],
    'change the school profile':                             [D,      A,    D,     D,       D,       D,      D,           S]
  },
  'drafts, blocks and comments (school site)': {
    'list the drafts':                                       [D,      A,    A,     A,       A,       A,      D,           S],
    'open a draft with its blocks':                          [D,      A,    A,     A,       A,       A,      D,           S],
    'follow a draft while others edit it':                   [D,      A,    A,     A,       A,       A,      D,           S],
    'read the history of a block':                           [D,      A,    A,     A,       A,       A,      D,           S],
    'start a new draft':                                     [D,      A,    A,     A,       D,       D,      D,           S],
    'edit a block':                                          [D,      A,    A,     A,       D,       D,      D,           S],
    'add a block':                                           [D,      A,    A,     A,       D,       D,      D,           S],
    'read the comments':                                     [D,      A,    A,     A,       A,       A,      D,           S],
    'comment on a block':                                    [D,      A,    A,     A,       D,       D,      D,           S],
    'resolve a comment':                                     [D,      A,    A,     A,       D,       D,      D,           S]
  },
  'approval rounds, decisions and activity (school site)': {
    'read a round with its decisions and outcome':           [D,      A,    A,     A,       A,       A,      D,           S],
    "read a round's frozen snapshot":                        [D,      A,    A,     A,       A,       A,      D,           S],
    'read the activity log':                                 [D,      A,    A,     A,       A,       A,      D,           S],
    'submit a draft for approval':                           [D,      A,    A,     A,       D,       D,      D,           S],
    // Each approver decides in their own ballot list; anyone else writes into the chair's. A site owner holds Full
    // Control of every ballot list, so SharePoint stores what an owner writes there (SECURITY.md: what owners can still do).
    'record a decision':                                     [D,      A,    D,     A,       A,       D,      D,           S],
    'append to the activity log':                            [D,      A,    A,     A,       A,       D,      D,           S],
    // A withdrawal is an item of the rounds list, which members may add to (editing a draft withdraws its round).
    'withdraw a round':                                      [D,      A,    A,     A,       D,       D,      D,           S],
    'remind the approvers':                                  [D,      A,    A,     A,       A,       D,      D,           S],
    'change a round (direct request)':                       [D,      A,    D,     D,       D,       D,      D,           S],
    'change a decision (direct request)':                    [D,      A,    D,     D,       D,       D,      D,           S],
    'delete a decision (direct request)':                    [D,      A,    D,     D,       D,       D,      D,           S],
    'change an activity entry (direct request)':             [D,      A,    D,     D,       D,       D,      D,           S],
    "replace a round's frozen snapshot (direct request)":    [D,      A,    D,     D,       D,       D,      D,           S],
    'secure the approval lists':                             [D,      A,    D,     D,       D,       D,      D,           S]
  },
  'the Policies library (school site)': {
    'read the published documents':                          [D,      A,    A,     A,       A,       A,      D,           S],
    'publish an approved round':                             [D,      A,    A,     A,       D,       D,      D,           S],
    // The library keeps the site's permissions: whoever may publish may also replace a file (every version is kept).
    'replace a published file (direct request)':             [D,      A,    A,     A,       D,       D,      D,           S]
  }
};

/** What one action does as a person, what it needs prepared by trusted people first, and what it would change. */
interface Action {
  /** Runs as the trusted people (officer, owner, approvers) before the cell; its result goes to `run`. */
  prepare?: () => Promise<unknown>;
  run: (actor: Actor, prepared: never) => Promise<unknown>;
  /** What the action would change, read as the site's owner (the bank's officer): a refused call leaves it equal. */
  state?: () => Promise<unknown>;
  /** An allowed call may leave the state as it was (securing lists that are already secured). */
  idempotent?: boolean;
}

describe('authorization matrix: every role × every action, through the real services against the local SharePoint', () => {
  let st: SecurityTenant;
  let officer: Actor;
  let owner: Actor;
  let draft: Draft & { id: number };
  let block: DraftBlock;
  let approved: { draft: { id: number; title: string; kind: 'Policy' }; view: RoundView };
  let counter = 0;
  const unique = (): number => ++counter;

  const openView = async (): Promise<RoundView> => (await owner.approvals.view(draft.id, PROFILE)) as RoundView;
  const listItems = (list: string, select: string[]) => owner.schoolSp.web.lists.getByTitle(list).items.select(...select).orderBy('Id', true)();
  /** The chair's ballot list in the open round's frozen electorate. */
  const chairList = async (): Promise<string> => {
    const view = await openView();
    return (view.terms.electorate.find(e => e.login === ROLES.approver.login) as { ballotList: string }).ballotList;
  };
  const ballotItems = async (): Promise<unknown> => {
    const view = await openView();
    return Promise.all(view.terms.electorate.map(e => owner.schoolSp.web.lists.getById(e.ballotList).items.select('Id', 'Decision', 'DecisionComment', 'SnapshotHash').orderBy('Id', true)()));
  };
  const addDecisionAsApprover = async (): Promise<number> => {
    const view = await openView();
    const added = await st.as(ROLES.approver.login).schoolSp.web.lists.getById(await chairList()).items.add({
      Title: 'Approve', RoundId: view.round.id, DraftId: draft.id, Decision: 'Approve', DecisionComment: '', SnapshotHash: view.round.snapshotHash
    }) as { Id: number };
    return added.Id;
  };
  const customBlock = (key: string): DraftBlock => ({
    key, kind: 'Custom', baseText: '', mandatory: false,
    content: { text: 'Our own statement.', included: true, note: '', sectionKey: draft.sections[0].key, order: 9999, removed: false }
  });

  const ACTIONS: Record<string, Action> = {
    'read the published bank': { run: a => a.bank.loadPublished() },
    'read the working copies, templates and releases': { run: a => a.bank.load() },
    'read the resources': { run: a => a.bank.resources() },
    'write a statement': {
      run: async a => {
        const bank = await a.bank.load();
        const first = bank.statements[0];
        await a.bank.save(bank, editStatement(bank, first.key, { text: `${first.working.text} Edit ${unique()}.` }));
      },
      state: async () => (await officer.bank.load()).statements.map(s => s.working.text)
    },
    'write a template': {
      run: async a => {
        const bank = await a.bank.load();
        const first = bank.templates[0];
        await a.bank.save(bank, saveTemplate(bank, first.key, { ...first.working, title: `${first.working.title} ${unique()}` }).bank);
      },
      state: async () => (await officer.bank.load()).templates.map(t => t.working.title)
    },
    'publish a release': {
      // The officer leaves an edit unpublished first, so there is always something to publish.
      prepare: async () => {
        const bank = await officer.bank.load();
        await officer.bank.save(bank, editStatement(bank, bank.statements[1].key, { guidance: `${bank.statements[1].working.guidance} Note ${unique()}.` }));
      },
      run: async a => {
        await a.bank.publish(await a.bank.load(), `Release ${unique()}`, 'A release.');
      },
      state: async () => {
        const bank = await officer.bank.load();
        return { releases: bank.releases.map(r => r.label), published: bank.statements.map(s => s.published?.version) };
      }
    },

    'read the school profile': { run: a => a.school.loadProfile() },
    'change the school profile': {
      run: async a => {
        await a.school.loadProfile();
        await a.school.saveProfile({ ...PROFILE, phone: `01632 960${String(unique()).padStart(3, '0')}` });
      },
      state: () => owner.school.loadProfile()
    },

    'list the drafts': { run: a => a.school.listDrafts() },
    'open a draft with its blocks': { run: a => a.school.openDraft(draft.id) },
    'follow a draft while others edit it': { run: a => a.school.pollDraft(draft.id, undefined, block.key) },
    'read the history of a block': { run: a => a.school.blockHistory(block.itemId as number) },
    'start a new draft': {
      run: a => a.school.createDraft({ ...draft, id: undefined, title: `A new letter ${unique()}`, kind: 'Letter', blocks: [customBlock(`c:new-${unique()}`)] }),
      state: async () => (await owner.school.listDrafts()).map(d => [d.id, d.title])
    },
    'edit a block': {
      prepare: () => owner.school.blocks().readBlock(block.itemId as number),
      run: (a, current: DraftBlock) => a.school.blocks().updateBlock(current.itemId as number, current.version as number, { text: `${current.content.text} Edit ${unique()}.` }),
      state: () => owner.school.blocks().readBlock(block.itemId as number)
    },
    'add a block': {
      run: a => a.school.blocks().addBlock(draft.id, customBlock(`c:added-${unique()}`)),
      state: async () => (await owner.school.openDraft(draft.id)).draft.blocks.map(b => b.key).sort()
    },
    'read the comments': { run: a => a.school.comments(draft.id) },
    'comment on a block': {
      run: a => a.school.addComment(draft.id, block.key, `Comment ${unique()}`),
      state: () => owner.school.comments(draft.id)
    },
    'resolve a comment': {
      prepare: async () => (await owner.school.addComment(draft.id, block.key, `To resolve ${unique()}`)).id,
      run: (a, id: number) => a.school.resolveComment(id, true),
      state: () => owner.school.comments(draft.id)
    },

    'read a round with its decisions and outcome': { run: a => a.approvals.view(draft.id, PROFILE) },
    "read a round's frozen snapshot": { prepare: openView, run: (a, view: RoundView) => a.approvals.snapshot(view.round) },
    'read the activity log': { run: a => a.approvals.activity(draft.id) },
    'submit a draft for approval': {
      prepare: async () => (await owner.school.openDraft(draft.id)).draft,
      run: (a, opened: Draft) => a.approvals.submit({ draft: { ...opened, id: draft.id }, blocks: opened.blocks, profile: PROFILE, dueDate: '2031-01-31', submitter: { id: -1, login: a.login } }),
      // The rounds and the files of the snapshot library: a refused submission leaves no half-written round behind.
      state: async () => ({ rounds: (await owner.approvals.rounds(draft.id)).map(r => r.id), files: await listItems(SCHOOL_LISTS.snapshots, ['Id', 'FileLeafRef']) })
    },
    'record a decision': {
      prepare: openView,
      run: async (a, view: RoundView) => {
        const me = await a.schoolSp.web.currentUser.select('Id')<{ Id: number }>();
        if (view.terms.electorate.some(e => e.id === me.Id)) return a.approvals.decide({ id: draft.id, title: draft.title }, view, PROFILE, 'Approve', '', view.round.snapshotHash);
        // Not an approver: the service would not try, so try the chair's ballot list directly.
        return a.schoolSp.web.lists.getById(await chairList()).items.add({ Title: 'Approve', RoundId: view.round.id, DraftId: draft.id, Decision: 'Approve', SnapshotHash: view.round.snapshotHash });
      },
      state: ballotItems
    },
    'append to the activity log': {
      run: a => a.approvals.record(draft.id, undefined, 'Reminded', `A note ${unique()}`),
      state: () => owner.approvals.activity(draft.id)
    },
    'withdraw a round': {
      prepare: openView,
      run: (a, view: RoundView) => a.approvals.withdraw({ id: draft.id, title: draft.title }, view, 'the draft is being edited', -1),
      state: async () => ({ rounds: await listItems(SCHOOL_LISTS.rounds, ['Id']), activity: await owner.approvals.activity(draft.id) })
    },
    'remind the approvers': {
      prepare: openView,
      run: (a, view: RoundView) => a.approvals.remind({ id: draft.id, title: draft.title }, view, -1),
      state: () => owner.approvals.activity(draft.id)
    },
    'change a round (direct request)': {
      prepare: async () => (await openView()).round.id,
      run: (a, id: number) => a.schoolSp.web.lists.getByTitle(SCHOOL_LISTS.rounds).items.getById(id).update({ DueDate: `20${30 + (unique() % 60)}-12-31T23:59:59Z` }),
      state: () => listItems(SCHOOL_LISTS.rounds, ['Id', 'SnapshotHash', 'SnapshotUrl', 'DueDate', 'Modified'])
    },
    'change a decision (direct request)': {
      prepare: addDecisionAsApprover,
      run: async (a, id: number) => a.schoolSp.web.lists.getById(await chairList()).items.getById(id).update({ Decision: 'RequestChanges', DecisionComment: `Rewritten ${unique()}` }),
      state: ballotItems
    },
    'delete a decision (direct request)': {
      prepare: addDecisionAsApprover,
      run: async (a, id: number) => a.schoolSp.web.lists.getById(await chairList()).items.getById(id).delete(),
      state: ballotItems
    },
    'change an activity entry (direct request)': {
      prepare: async () => (await owner.approvals.activity(draft.id))[0].id,
      run: (a, id: number) => a.schoolSp.web.lists.getByTitle(SCHOOL_LISTS.activity).items.getById(id).update({ ActivityKind: 'Approved', Title: `Rewritten ${unique()}` }),
      state: () => owner.approvals.activity(draft.id)
    },
    "replace a round's frozen snapshot (direct request)": {
      prepare: async () => (await openView()).round.snapshotUrl.split('/').pop(),
      run: (a, name: string) => a.schoolSp.web.lists.getByTitle(SCHOOL_LISTS.snapshots).rootFolder.files.addUsingPath(name, `{"forged":${unique()}}`, { Overwrite: true }),
      state: async () => {
        const view = await openView();
        return { text: await owner.schoolSp.web.getFileByServerRelativePath(view.round.snapshotUrl).getText(), files: await listItems(SCHOOL_LISTS.snapshots, ['Id', 'Modified']) };
      }
    },
    'secure the approval lists': {
      run: a => a.approvals.secure(APPROVERS_GROUP),
      state: () => owner.schoolSp.web.lists.getByTitle(SCHOOL_LISTS.decisions).roleAssignments.expand('RoleDefinitionBindings')(),
      idempotent: true
    },

    'read the published documents': { run: a => a.publishing.published() },
    'publish an approved round': {
      run: a => a.publishing.publish(approved.draft, approved.view, PROFILE),
      state: () => owner.publishing.published()
    },
    'replace a published file (direct request)': {
      prepare: async () => (await owner.publishing.published())[0].fileName,
      run: (a, name: string) => a.schoolSp.web.lists.getByTitle(SCHOOL_LISTS.policies).rootFolder.files.addUsingPath(name, `Not a policy ${unique()}`, { Overwrite: true }),
      state: async () => listItems(SCHOOL_LISTS.policies, ['Id', 'FileLeafRef', 'Modified', 'DocumentVersion'])
    }
  };

  beforeAll(async () => {
    st = await startSecurityTenant();
    officer = st.as(ROLES.officer.login);
    owner = st.as(ROLES.owner.login);
    const opened = await owner.school.openDraft(1);
    draft = { ...opened.draft, id: 1 };
    block = draft.blocks.find(b => b.kind === 'Statement') as DraftBlock;
    // A second draft, approved by a majority of the four governors and published once: what the Policies rows act on.
    const published = { ...assembleDraft(await owner.bank.loadPublished(), 'policy-primary', PROFILE, 'Policy to publish'), reviewDate: '2031-01-31' };
    const secondId = await owner.school.createDraft(published);
    const second = (await owner.school.openDraft(secondId)).draft;
    await owner.approvals.submit({ draft: { ...second, id: secondId }, blocks: second.blocks, profile: PROFILE, dueDate: '2031-01-31', submitter: { id: -1, login: ROLES.owner.login } });
    for (const governor of [ROLES.approver.login, ROLES.visitorApprover.login, 'david.okafor@northshire.example']) {
      const approvals = st.as(governor).approvals;
      const view = (await approvals.view(secondId, PROFILE)) as RoundView;
      await approvals.decide({ id: secondId, title: second.title }, view, PROFILE, 'Approve', '', view.round.snapshotHash);
    }
    const view = (await owner.approvals.view(secondId, PROFILE)) as RoundView;
    expect(view.outcome.state).toBe('Approved');
    approved = { draft: { id: secondId, title: second.title, kind: 'Policy' }, view };
    await owner.publishing.publish(approved.draft, view, PROFILE);
    // The draft the other rows act on has a round open.
    await owner.approvals.submit({ draft, blocks: draft.blocks, profile: PROFILE, dueDate: '2031-01-31', submitter: { id: -1, login: ROLES.owner.login } });
  }, 120_000);
  afterAll(async () => { await st.close(); });

  it('has an implementation for every row of the matrix, and a row for every implementation', () => {
    const rows = Object.values(MATRIX).flatMap(area => Object.keys(area)).sort();
    expect(rows).toEqual(Object.keys(ACTIONS).sort());
    expect(ROLE_KEYS).toEqual(['officer', 'owner', 'member', 'approver', 'visitorApprover', 'visitor', 'otherSchool', 'anonymous']);
  });

  const expected: Record<Cell, Outcome | undefined> = { [A]: undefined, [D]: ACCESS_DENIED, [S]: NOT_SIGNED_IN };
  const verdict = (cell: Cell): string => (cell === A ? 'may' : cell === D ? 'is refused (403), nothing changed:' : 'is refused (401), nothing changed:');

  describe.each(Object.entries(MATRIX))('%s', (_area, rows) => {
    describe.each(Object.entries(rows))('%s', (name, row) => {
      it.each(ROLE_KEYS.map((role, i) => [ROLES[role].label, verdict(row[i]), name, role, row[i]] as const))('%s %s %s', async (_label, _verdict, _name, role: Role, cell: Cell) => {
        const action = ACTIONS[name];
        const prepared = action.prepare ? await action.prepare() : undefined;
        const before = action.state ? await action.state() : undefined;
        const outcome = await outcomeOf(() => action.run(st.as(ROLES[role].login), prepared as never));
        if (cell === A) {
          expect(outcome).toEqual({ kind: 'allowed' });
          if (action.state && !action.idempotent) expect(await action.state()).not.toEqual(before);
          return;
        }
        expect(outcome).toEqual(expected[cell]);
        if (action.state) expect(await action.state()).toEqual(before);
      });
    });
  });

  it("never saves a visitor's edit through the editor's session: it stays unsent with SharePoint's refusal, the block unchanged", async () => {
    const visitor = st.as(ROLES.visitor.login);
    const opened = await visitor.school.openDraft(draft.id);
    // A clock that never fires: the session's retry waits for ever instead of running behind the test.
    const clock = { setTimeout: () => 0, clearTimeout: () => undefined };
    const session = new DraftSession(visitor.school.blocks(), new MemoryKeyValueStore(), draft.id, 'visitor-session', { clock });
    session.load(opened.draft.blocks, opened.latestChange);
    const before = await owner.school.blocks().readBlock(block.itemId as number);
    session.edit(block.key, { text: 'Rewritten by a visitor.' });
    await session.flush();
    expect(session.saveState()).toEqual({ kind: 'refused', refused: 1, pending: 1, message: expect.stringContaining('[403] Forbidden'), failure: expect.objectContaining({ kind: 'accessDenied', status: 403 }) });
    expect(await owner.school.blocks().readBlock(block.itemId as number)).toEqual(before);
    session.dispose();
  });
});
