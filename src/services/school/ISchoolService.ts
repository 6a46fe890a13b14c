import type { SchoolSetting } from '../../domain/school/SchoolSetting';
import type { Draft, DocumentKind } from '../../domain/draft/DraftModel';
import type { SchoolProfile } from '../../domain/school/SchoolProfile';
import type { IBlockStore } from '../drafts/IBlockStore';
import type { BlockVersion, DraftComment, PresenceEntry } from '../../domain/draft/collaboration';
import type { DraftBlock } from '../../domain/draft/DraftModel';
import type { ProvisionProgress } from '../sharepoint/schema/SchemaProvisioner';
import type { SPFI } from '../sharepoint/pnp';

/** What the signed-in person may do on the school site, read once. */
export interface SchoolAccess {
  missingLists: string[];
  /** May create the lists and secure the approval lists (a site owner: manage lists and permissions). */
  canProvision: boolean;
  /** May edit drafts (members and owners). */
  canEdit: boolean;
  /** Site-local id of the signed-in person. */
  userId: number;
  userName: string;
  userLogin: string;
  /** Names of the site's owners: who to ask when someone else must set the site up. */
  owners: string[];
}

/** A draft as the school's list of documents shows it. */
export interface DraftSummary {
  id: number;
  title: string;
  kind: DocumentKind;
  templateKey: string;
  bankRelease: string;
  owner: string;
  created: string;
  modified: string;
  reviewDate?: string;
  /** The setting the draft was built for (its template's, for a policy; the school's then, for the rest). */
  setting?: SchoolSetting;
  /** The approved round this draft's next version is based on, once someone started one (see `editLock`). */
  nextVersionOf?: number;
}

/** The school site behind PnPjs: its profile, its drafts and their blocks. */
export interface ISchoolService {
  readonly siteUrl: string;
  /** `together`: a batched root whose `$batch` answers the reads (see `readTogether`). */
  access(together?: SPFI): Promise<SchoolAccess>;
  provision(onProgress?: (progress: ProvisionProgress) => void): Promise<void>;
  loadProfile(over?: SPFI): Promise<SchoolProfile>;
  saveProfile(profile: SchoolProfile): Promise<void>;
  listDrafts(over?: SPFI): Promise<DraftSummary[]>;
  /**
   * Saves a new draft and all its blocks; returns its id. Nobody sees the draft until every block is saved; calling
   * again with the same `creationKey` after a failure (even after a reload) finishes that draft, never a second one.
   */
  createDraft(draft: Draft, creationKey?: string): Promise<number>;
  /**
   * A draft with all its blocks (one request for an ordinary draft) and the latest change time (for incremental sync).
   * `together`: a batched root (see `readTogether`) whose `$batch` carries the first reads. `people`: who is in the
   * draft now, read with it (undefined when that read failed).
   */
  openDraft(id: number, together?: SPFI): Promise<{ draft: Draft; latestChange?: string; people?: PresenceEntry[] }>;
  blocks(): IBlockStore;
  /** Names of the site's SharePoint groups (for choosing the approvers group). */
  siteGroups(over?: SPFI): Promise<string[]>;
  /**
   * One request every few seconds while a draft is open: sends this person's presence heartbeat and reads the
   * blocks and comments changed since `since`, and who is in the draft.
   */
  pollDraft(draftId: number, since: string | undefined, editingBlock: string | undefined): Promise<{ blocks: DraftBlock[]; latest?: string; comments: DraftComment[]; people: PresenceEntry[] }>;
  comments(draftId: number): Promise<DraftComment[]>;
  addComment(draftId: number, blockKey: string, text: string, parentId?: number): Promise<DraftComment>;
  resolveComment(id: number, resolved: boolean): Promise<void>;
  blockHistory(itemId: number): Promise<BlockVersion[]>;
}
