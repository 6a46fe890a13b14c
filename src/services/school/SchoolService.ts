import { PermissionKind, type IBasePermissions } from '@pnp/sp/security';
import type { Draft } from '../../domain/draft/DraftModel';
import type { SchoolProfile } from '../../domain/school/SchoolProfile';
import type { SPFI } from '../sharepoint/pnp';
import type { IItems } from '@pnp/sp/items';
import { Filter } from '../sharepoint/odataFilter';
import { isThresholdError, PAGE_SIZE, readEveryPage } from '../sharepoint/listItems';
import { SCHOOL_LISTS, SCHOOL_SCHEMA } from '../sharepoint/schema/schoolSchema';
import { fitColumns, fitLabel } from '../sharepoint/schema/columnLimits';
import { SchemaProvisioner, type ProvisionProgress } from '../sharepoint/schema/SchemaProvisioner';
import { SharePointBlockStore } from '../drafts/SharePointBlockStore';
import type { IBlockStore } from '../drafts/IBlockStore';
import { BLOCK_SELECT, DRAFT_SELECT, toBlock, toDraft, type BlockItem, type DraftItem } from '../drafts/draftWire';
import { latestModified } from '../drafts/SharePointBlockStore';
import { partLeads, storedParts } from '../drafts/blockParts';
import { AppError } from '../errors/AppError';
import { DraftCreator, newCreationKey } from './DraftCreator';
import { missingColumnsOf, UPGRADE_COLUMNS } from './schemaUpgrade';
import { PROFILE_SELECT, profileColumns, toProfile, type ProfileItem } from './profileWire';
import {
  COMMENT_SELECT, PRESENCE_SELECT, toComment, toPresence, type CommentItem, type PresenceItem
} from '../drafts/collaborationWire';
import type { BlockVersion, DraftComment, PresenceEntry } from '../../domain/draft/collaboration';
import { blockKeyColumn } from '../drafts/draftWire';
import type { DraftBlock } from '../../domain/draft/DraftModel';
import type { DraftSummary, ISchoolService, SchoolAccess } from './ISchoolService';

/** The school site over PnPjs. */
export class SchoolService implements ISchoolService {
  private readonly blockStore: SharePointBlockStore;
  private profileItem: { id: number; etag: string } | undefined;
  private userId: number | undefined;
  private userName = '';
  /** This person's presence item per draft, once found or made (undefined: they may read the draft but not announce themselves). */
  private readonly presenceItems = new Map<number, number | undefined>();

  constructor(private readonly sp: SPFI, readonly siteUrl: string) {
    this.blockStore = new SharePointBlockStore(sp);
  }

  /**
   * The person's access. With `together` (a batched root: see `readTogether`), the reads are queued there and the
   * caller's `$batch` answers them; otherwise they go in a `$batch` of their own.
   */
  async access(together?: SPFI): Promise<SchoolAccess> {
    if (!together) {
      const [batched, execute] = this.sp.batched();
      const queued = this.access(batched);
      await execute();
      return queued;
    }
    const batched = together;
    const permissions = batched.web.getCurrentUserEffectivePermissions();
    const lists = batched.web.lists.select('Title')<{ Title: string }[]>();
    const me = batched.web.currentUser.select('Id', 'Title', 'LoginName')<{ Id: number; Title: string; LoginName: string }>();
    // Who can set the site up, for people who cannot (a site may hide its owners' group: then nobody is named).
    const owners = batched.web.associatedOwnerGroup.users.select('Title', 'PrincipalType')<{ Title: string; PrincipalType: number }[]>().catch(() => []);
    // Columns added since a site was set up: the list counts as missing until an owner runs setup again.
    const columns = Object.keys(UPGRADE_COLUMNS).map(title => batched.web.lists.getByTitle(title).fields.select('InternalName')<{ InternalName: string }[]>().catch(() => undefined));
    const mask: IBasePermissions = await permissions;
    const present = new Set((await lists).map(l => l.Title.toLowerCase()));
    const user = await me;
    this.userId = user.Id;
    this.userName = user.Title;
    const missing = SCHOOL_SCHEMA.filter(s => !present.has(s.title.toLowerCase())).map(s => s.title);
    return {
      missingLists: [...missing, ...missingColumnsOf(await Promise.all(columns)).filter(title => !missing.includes(title))],
      // Setting up also secures the approval lists (unique permissions), so it takes an owner, not a member with Edit.
      canProvision: this.sp.web.hasPermissions(mask, PermissionKind.ManageLists) && this.sp.web.hasPermissions(mask, PermissionKind.ManagePermissions),
      canEdit: this.sp.web.hasPermissions(mask, PermissionKind.EditListItems),
      userId: user.Id, userName: user.Title, userLogin: user.LoginName,
      owners: (await owners).filter(o => o.PrincipalType === 1).map(o => o.Title)
    };
  }

  async provision(onProgress?: (progress: ProvisionProgress) => void): Promise<void> {
    await new SchemaProvisioner(this.sp).provision(SCHOOL_SCHEMA, onProgress);
  }

  async loadProfile(over: SPFI = this.sp): Promise<SchoolProfile> {
    const items = await over.web.lists.getByTitle(SCHOOL_LISTS.profile).items.select(...PROFILE_SELECT).orderBy('Id', true).top(1)<ProfileItem[]>();
    this.profileItem = items[0] ? { id: items[0].Id, etag: items[0]['odata.etag'] ?? '*' } : undefined;
    return toProfile(items[0]);
  }

  async saveProfile(profile: SchoolProfile): Promise<void> {
    const list = this.sp.web.lists.getByTitle(SCHOOL_LISTS.profile);
    const columns = fitColumns(SCHOOL_LISTS.profile, profileColumns(profile));
    if (this.profileItem) {
      const result = await list.items.getById(this.profileItem.id).update(columns, this.profileItem.etag);
      this.profileItem = { id: this.profileItem.id, etag: result.etag };
    } else {
      const created = await list.items.add(columns) as { Id: number; 'odata.etag'?: string };
      this.profileItem = { id: created.Id, etag: created['odata.etag'] ?? '*' };
    }
  }

  /**
   * Every draft not archived and not being created, newest change first. Read page by page in id order with no
   * filter (`Archived` is not indexed and `ne` is never narrowed by an index, so over 5,000 drafts SharePoint would
   * refuse that filter, as it would ordering by Modified); archived drafts and drafts being created are left out here.
   * `over`: a batched root (see `readTogether`) takes the first page; a full first page means more, read page by page.
   */
  async listDrafts(over?: SPFI): Promise<DraftSummary[]> {
    const query = (root: SPFI): IItems => root.web.lists.getByTitle(SCHOOL_LISTS.drafts).items.select(...DRAFT_SELECT).expand('Author', 'DraftOwner').orderBy('Id', true);
    const first = over ? await query(over).top(PAGE_SIZE)<DraftItem[]>() : undefined;
    const all = first && first.length < PAGE_SIZE ? first : await readEveryPage<DraftItem>(query(this.sp));
    const items = all.filter(item => item.Archived !== true && item.CreationPending !== true).sort((a, b) => (a.Modified < b.Modified ? 1 : a.Modified > b.Modified ? -1 : b.Id - a.Id));
    return items.map(item => {
      const draft = toDraft(item, []);
      return {
        id: item.Id, title: draft.title, kind: draft.kind, templateKey: draft.templateKey, bankRelease: draft.bankRelease,
        owner: item.DraftOwner?.Title ?? item.Author?.Title ?? '', created: item.Created, modified: item.Modified, reviewDate: draft.reviewDate,
        nextVersionOf: draft.nextVersionOf, setting: draft.setting
      };
    });
  }

  /**
   * Saves a new draft and all its blocks, invisible until complete. `creationKey` names this creation: calling
   * again with the same key after a failure finishes the same draft instead of making a second (DraftCreator).
   */
  async createDraft(draft: Draft, creationKey: string = newCreationKey()): Promise<number> {
    if (this.userId === undefined) await this.access();
    return new DraftCreator(this.sp, this.blockStore).create(draft, creationKey, this.userId);
  }

  /**
   * A draft with all its blocks. One `$batch` reads the draft and its blocks by DraftId; a draft spread over parts
   * whose blocks are too many for one indexed read (SharePoint refuses it: threshold) is read part by part.
   * With `together` (a batched root, see `readTogether`) the first two reads are queued there instead.
   */
  async openDraft(id: number, together?: SPFI): Promise<{ draft: Draft; latestChange?: string; people?: PresenceEntry[] }> {
    // With `together` (see `readTogether`), the first reads ride in that `$batch`, which its owner sends.
    const [batched, execute] = together ? [together, () => Promise.resolve()] : this.sp.batched();
    const draftItem = batched.web.lists.getByTitle(SCHOOL_LISTS.drafts).items.getById(id).select(...DRAFT_SELECT).expand('Author', 'DraftOwner')<DraftItem>();
    const byDraft = batched.web.lists.getByTitle(SCHOOL_LISTS.blocks).items.select(...BLOCK_SELECT).expand('Editor')
      .filter(Filter.eq('DraftId', id)).top(PAGE_SIZE)<BlockItem[]>().then(items => ({ items }), (error: unknown) => ({ error }));
    // Who is in the draft now, in the same `$batch`: the editor knows at once whether to sync fast (issue 16). A
    // failed read only leaves the list empty until the first sync.
    const people = batched.web.lists.getByTitle(SCHOOL_LISTS.presence).items.select(...PRESENCE_SELECT).expand('Author').filter(Filter.eq('DraftId', id)).top(500)<PresenceItem[]>()
      .then(items => items.map(toPresence), () => undefined);
    await execute();
    const item = await draftItem;
    if (item.CreationPending === true) {
      throw new AppError('notFound', 'draft.beingCreated', `Draft ${id} is still being created (CreationPending).`, { values: [item.Title] });
    }
    const parts = storedParts(item.BlockParts);
    this.blockStore.rememberParts(id, parts);
    const first = await byDraft;
    let blocks: DraftBlock[];
    if ('items' in first && first.items.length < PAGE_SIZE) blocks = first.items.map(toBlock);
    else if ('error' in first && !isThresholdError(first.error)) throw first.error;
    else if (parts <= 1 && 'error' in first) {
      throw new AppError('invalid', 'draft.tooLarge', `Draft ${id}: its blocks exceed what one indexed read may return.`, { values: [item.Title, PAGE_SIZE] });
    } else blocks = await this.blockStore.readParts(id, parts);
    return { draft: toDraft(item, blocks), latestChange: latestModified(blocks), people: await people };
  }

  blocks(): IBlockStore {
    return this.blockStore;
  }

  async siteGroups(over: SPFI = this.sp): Promise<string[]> {
    const groups = await over.web.siteGroups.select('Title')<{ Title: string }[]>();
    return groups.map(g => g.Title).sort();
  }

  async pollDraft(draftId: number, since: string | undefined, editingBlock: string | undefined): Promise<{ blocks: DraftBlock[]; latest?: string; comments: DraftComment[]; people: PresenceEntry[] }> {
    const presenceId = await this.ensurePresence(draftId);
    const [batched, execute] = this.sp.batched();
    const lists = batched.web.lists;
    // The heartbeat is a write in the same $batch as the reads: one request per interval in all.
    const heartbeat = presenceId === undefined ? Promise.resolve() : lists.getByTitle(SCHOOL_LISTS.presence).items.getById(presenceId).update(fitColumns(SCHOOL_LISTS.presence, { EditingBlock: editingBlock ?? '' }));
    const changed = since ? Filter.and(Filter.eq('DraftId', draftId), Filter.ge('Modified', new Date(since))) : Filter.eq('DraftId', draftId);
    // Changed blocks, read part by part for a draft spread over parts (each read led by its indexed column).
    const blockReads = partLeads(draftId, this.blockStore.partsOf(draftId)).map(lead => this.blockStore.partQuery(batched, lead, since).top(PAGE_SIZE)<BlockItem[]>());
    const comments = lists.getByTitle(SCHOOL_LISTS.comments).items.select(...COMMENT_SELECT).expand('Author').filter(changed).top(PAGE_SIZE)<CommentItem[]>();
    const people = lists.getByTitle(SCHOOL_LISTS.presence).items.select(...PRESENCE_SELECT).expand('Author').filter(Filter.eq('DraftId', draftId)).top(500)<PresenceItem[]>();
    await execute();
    await heartbeat.catch(() => undefined);
    const blockList = (await Promise.all(blockReads)).flat().map(toBlock);
    return {
      blocks: blockList,
      latest: latestModified(blockList, since),
      comments: (await comments).map(toComment),
      people: (await people).map(toPresence)
    };
  }

  async comments(draftId: number): Promise<DraftComment[]> {
    const items = await readEveryPage<CommentItem>(this.sp.web.lists.getByTitle(SCHOOL_LISTS.comments).items.select(...COMMENT_SELECT).expand('Author').filter(Filter.eq('DraftId', draftId)));
    return items.map(toComment);
  }

  async addComment(draftId: number, blockKey: string, text: string, parentId?: number): Promise<DraftComment> {
    if (!text.trim()) throw new AppError('invalid', 'draft.emptyComment', 'An empty comment was not posted.');
    const created = await this.sp.web.lists.getByTitle(SCHOOL_LISTS.comments).items.add(fitColumns(SCHOOL_LISTS.comments, {
      Title: fitLabel(text.trim()), DraftId: draftId, BlockKey: blockKeyColumn(draftId, blockKey), CommentText: text.trim(), ParentCommentId: parentId ?? null, Resolved: false
    })) as CommentItem;
    if (!this.userName) await this.access();
    return { ...toComment(created), author: this.userName };
  }

  async resolveComment(id: number, resolved: boolean): Promise<void> {
    await this.sp.web.lists.getByTitle(SCHOOL_LISTS.comments).items.getById(id).update({ Resolved: resolved });
  }

  async blockHistory(itemId: number): Promise<BlockVersion[]> {
    const versions = await this.sp.web.lists.getByTitle(SCHOOL_LISTS.blocks).items.getById(itemId).versions<{
      VersionLabel: string; BlockText: string | null; Included: boolean | null; Modified?: string; Created?: string; Editor?: { LookupValue?: string } | null;
    }[]>();
    return versions.map(v => ({ label: v.VersionLabel, text: v.BlockText ?? '', included: v.Included !== false, editor: v.Editor?.LookupValue ?? '', modified: v.Modified ?? v.Created ?? '' }));
  }

  private async ensurePresence(draftId: number): Promise<number | undefined> {
    if (this.presenceItems.has(draftId)) return this.presenceItems.get(draftId);
    if (this.userId === undefined) await this.access();
    const list = this.sp.web.lists.getByTitle(SCHOOL_LISTS.presence);
    const mine = await list.items.select('Id').filter(Filter.and(Filter.eq('DraftId', draftId), Filter.eq('AuthorId', this.userId ?? 0))).top(1)<{ Id: number }[]>();
    let id = mine[0]?.Id;
    if (id === undefined) {
      try {
        id = (await list.items.add({ Title: 'presence', DraftId: draftId, EditingBlock: '' }) as { Id: number }).Id;
      } catch (error) {
        // A site visitor may follow a draft but not add to its lists: they follow it without announcing themselves.
        if ((error as { status?: number }).status !== 403) throw error;
      }
    }
    this.presenceItems.set(draftId, id);
    return id;
  }
}
