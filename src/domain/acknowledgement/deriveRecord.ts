import type { Acknowledgement, AcknowledgementList, AcknowledgementRecord, AcknowledgementRequest, RecordRow, Reminder } from './AcknowledgementModel';

/**
 * The owner's record. An acknowledgement counts only from the person's own secured list (`lists`): one
 * found in an unsecured list (which others could have written before an owner secured it) or in someone else's
 * list counts for nobody else. It counts when it carries the hash of the version asked about (for this request or
 * another request of the same version: they read it). A SHA-256 hash cannot be known before the version exists, so
 * no acknowledgement can be made ahead of it; its date decides nothing. Each row also says when the person was last
 * reminded about this request (the newest reminder naming them), for the owner's information only.
 */
export function deriveRecord(request: AcknowledgementRequest, lists: AcknowledgementList[], acks: Acknowledgement[], reminders: Reminder[] = []): AcknowledgementRecord {
  const rows: RecordRow[] = request.audience.map(person => withReminder(reminders, request.id, rowOf(request, lists, acks, person)));
  return {
    request, rows: rows.sort((a, b) => a.person.name.localeCompare(b.person.name)),
    acknowledged: rows.filter(r => r.state === 'acknowledged').length, waiting: rows.filter(r => r.state === 'waiting').length
  };
}

function withReminder(reminders: Reminder[], requestId: number, row: RecordRow): RecordRow {
  const last = reminders.filter(r => r.requestId === requestId && r.personIds.includes(row.person.id)).sort((a, b) => b.itemId - a.itemId)[0];
  return last ? { ...row, remindedOn: last.created } : row;
}

function rowOf(request: AcknowledgementRequest, lists: AcknowledgementList[], acks: Acknowledgement[], person: AcknowledgementRequest['audience'][number]): RecordRow {
  const list = lists.find(l => l.personId === person.id && l.secured);
  if (!list) return { person, state: 'noList' };
  const own = acks.filter(a => a.personId === person.id && a.draftId === request.draftId && a.snapshotHash === request.snapshotHash)
    .sort((a, b) => a.itemId - b.itemId);
  const first = own.find(a => a.requestId === request.id) ?? own[0];
  if (!first) return { person, state: 'waiting' };
  return { person, state: 'acknowledged', acknowledgedOn: first.created, dateDoubtful: first.requestId === request.id && first.created < request.created ? true : undefined };
}

/** The people still to acknowledge who can (they have a secured list): "remind the rest". */
export function stillWaiting(record: AcknowledgementRecord): RecordRow['person'][] {
  return record.rows.filter(r => r.state === 'waiting').map(r => r.person);
}

/**
 * The hash of the version a person last acknowledged of a document before this one: their newest acknowledgement
 * (greatest item id in their own list) of the same document with another hash. Undefined when they never did.
 */
export function lastAcknowledgedHash(acks: Acknowledgement[], personId: number, draftId: number, currentHash: string): Acknowledgement | undefined {
  return acks.filter(a => a.personId === personId && a.draftId === draftId && a.snapshotHash !== currentHash).sort((a, b) => b.itemId - a.itemId)[0];
}
