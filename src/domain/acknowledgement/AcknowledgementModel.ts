/**
 * Read and acknowledge: after publishing, the owner asks an audience to read a published version and acknowledge
 * it. Each person acknowledges in their own list ("Acknowledgements <site user id>"), which only they may add to, so
 * where an acknowledgement sits says whose it is; nothing here reads Author, Editor, Created or Modified to decide
 * anything (SECURITY.md: any contributor can write them through the validate endpoints, pnp/pnpjs#3265).
 */

/** Someone asked to acknowledge, as frozen into the request when it was made. */
export interface AudienceMember {
  /** Site user id: their acknowledgement list is named after it. */
  id: number;
  name: string;
  login: string;
  email: string;
}

/** A request to read and acknowledge one published version of a document. */
export interface AcknowledgementRequest {
  /** Item id in the requests list (ids only grow, so it orders requests). */
  id: number;
  draftId: number;
  title: string;
  /** The published version, e.g. "2.0". */
  version: string;
  /** The approval round whose frozen, hash-checked copy was published. */
  roundNumber: number;
  /** SHA-256 of that frozen copy: what an acknowledgement is bound to. */
  snapshotHash: string;
  /** The group asked (its title, as people know it). */
  audienceGroup: string;
  audience: AudienceMember[];
  /** As SharePoint stamped it: shown, never used to decide. */
  created: string;
}

/** One acknowledgement as read from a person's own list. */
export interface Acknowledgement {
  /** Whose list it sits in: this, not Author, says whose it is. */
  personId: number;
  /** Item id within that person's list (ids only grow there: the newest is the greatest). */
  itemId: number;
  requestId: number;
  draftId: number;
  snapshotHash: string;
  /** As SharePoint stamped it (the person could change it through the validate endpoints): shown, never decides. */
  created: string;
}

/** A person's own acknowledgement list, as anyone reads it. */
export interface AcknowledgementList {
  id: string;
  personId: number;
  /** Unique permissions: an owner has secured it, so only its person may add to it. */
  secured: boolean;
}

/**
 * A reminder sent about a request, as the requests list records it (an item anyone who may ask adds). It only
 * informs the record's "reminded on" column: a member could add a false one, so it decides nothing.
 */
export interface Reminder {
  /** Item id in the requests list (ids only grow: the newest is the greatest). */
  itemId: number;
  requestId: number;
  /** The site user ids of the people reminded. */
  personIds: number[];
  /** As SharePoint stamped it: shown, never used to decide. */
  created: string;
}

/** Where one person stands on a request. */
export type PersonState = 'acknowledged' | 'waiting' | 'noList';

/** One line of the owner's record. */
export interface RecordRow {
  person: AudienceMember;
  state: PersonState;
  /** When acknowledged: the date SharePoint stamped, labelled as such. */
  acknowledgedOn?: string;
  /** The stamp is earlier than the request itself, which an honest acknowledgement cannot be: shown as doubtful. */
  dateDoubtful?: boolean;
  /** When they were last reminded (still waiting then), as SharePoint stamped the reminder: shown, never decides. */
  remindedOn?: string;
}

/** The owner's record of a request: who has, who hasn't, who cannot yet. */
export interface AcknowledgementRecord {
  request: AcknowledgementRequest;
  rows: RecordRow[];
  acknowledged: number;
  waiting: number;
}
