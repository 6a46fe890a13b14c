/** A comment on a block, as the editor shows it. Author and time are SharePoint's stamps. */
export interface DraftComment {
  id: number;
  blockKey: string;
  text: string;
  parentId?: number;
  resolved: boolean;
  author: string;
  created: string;
  modified: string;
}

/** Someone in the draft, and the block they are editing (if any). */
export interface PresenceEntry {
  itemId: number;
  userId: number;
  name: string;
  editingBlock?: string;
  /** When their last heartbeat reached SharePoint. */
  seen: string;
}

/** One saved version of a block, newest first: who saved what, when. */
export interface BlockVersion {
  label: string;
  text: string;
  included: boolean;
  editor: string;
  modified: string;
}

/** How long a heartbeat keeps someone "in the draft": a lease that lapses on its own when they leave. */
export const PRESENCE_LEASE_MS = 45_000;

/** The people whose lease has not lapsed, one entry each, the newest heartbeat kept. */
export function activePeople(entries: PresenceEntry[], now: number): PresenceEntry[] {
  const byUser = new Map<number, PresenceEntry>();
  for (const entry of entries) {
    if (now - Date.parse(entry.seen) > PRESENCE_LEASE_MS) continue;
    const known = byUser.get(entry.userId);
    if (!known || entry.seen > known.seen) byUser.set(entry.userId, entry);
  }
  return [...byUser.values()];
}
