import type { ApprovalRule } from '../../domain/school/SchoolProfile';

/** The words of one kind of notice: the feed's preview and the mail's paragraphs, with `{0}`, `{1}`… to fill. */
export interface NoticeWords {
  preview: string;
  lines: readonly string[];
}

/**
 * Every word the notification service puts in a Teams notice or a mail. A service picks no words (lint: services do
 * not import `src/loc`): the composition root passes `strings.notify`, which has this shape, and tests check that a
 * notice and a mail carry them. `{0}` is always the policy's title.
 */
export interface NotificationText {
  mailOpenInTeams: string;
  mailOpenInBrowser: string;
  /** {0} policy, {1} the preview. */
  mailSubject: string;
  notices: {
    /** {1} due date. */
    approvalRequested: NoticeWords;
    /** {1} due date. */
    approvalReminder: NoticeWords;
    approvalReminderNoDue: NoticeWords;
    /** {1} round number, {2} the decision (`decisionWords`), {3} the policy fingerprint. */
    decisionRecorded: NoticeWords;
    policyApproved: NoticeWords;
    /** {1} the approver's comment. */
    changesRequested: NoticeWords;
    /** {1} approvals so far, {2} the rule (`ruleSummary`). */
    roundClosedApproved: NoticeWords;
    /** {1} requests for changes, {2} the rule (`ruleSummary`). */
    roundClosedUnreachable: NoticeWords;
    /** {1} why it was withdrawn. */
    approvalWithdrawn: NoticeWords;
    /** {1} the published version to read. */
    acknowledgementRequested: NoticeWords;
    /** {1} the published version still waiting. */
    acknowledgementReminder: NoticeWords;
    /** {1} the review date (UK words): the review is coming. */
    reviewReminder: NoticeWords;
    /** {1} the review date (UK words): the review is due now (on the date, or past it). */
    reviewDue: NoticeWords;
  };
  decisionWords: { Approve: string; RequestChanges: string };
  ruleSummary: Record<ApprovalRule, string>;
}

/** What to say, as data: the notice's kind and the values its words take. */
export type Notice =
  | { kind: 'approvalRequested'; due: string }
  | { kind: 'approvalReminder'; due?: string }
  | { kind: 'decisionRecorded'; round: number; decision: 'Approve' | 'RequestChanges'; fingerprint: string }
  | { kind: 'policyApproved' }
  | { kind: 'changesRequested'; comment: string }
  | { kind: 'roundClosedApproved'; approvals: number; rule: ApprovalRule }
  | { kind: 'roundClosedUnreachable'; requests: number; rule: ApprovalRule }
  | { kind: 'approvalWithdrawn'; reason: string }
  | { kind: 'acknowledgementRequested'; version: string }
  | { kind: 'acknowledgementReminder'; version: string }
  | { kind: 'reviewReminder'; due: string }
  | { kind: 'reviewDue'; due: string };

/** Fills `{0}`, `{1}`… as text (the same rule as `format` in src/loc, which services may not import). */
export function fillText(template: string, values: ReadonlyArray<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}

function wordsAndValues(text: NotificationText, policy: string, notice: Notice): { words: NoticeWords; values: (string | number)[] } {
  const n = text.notices;
  switch (notice.kind) {
    case 'approvalRequested': return { words: n.approvalRequested, values: [policy, notice.due] };
    case 'approvalReminder': return notice.due ? { words: n.approvalReminder, values: [policy, notice.due] } : { words: n.approvalReminderNoDue, values: [policy] };
    case 'decisionRecorded': return { words: n.decisionRecorded, values: [policy, notice.round, text.decisionWords[notice.decision], notice.fingerprint] };
    case 'policyApproved': return { words: n.policyApproved, values: [policy] };
    case 'changesRequested': return { words: n.changesRequested, values: [policy, notice.comment] };
    case 'roundClosedApproved': return { words: n.roundClosedApproved, values: [policy, notice.approvals, text.ruleSummary[notice.rule]] };
    case 'roundClosedUnreachable': return { words: n.roundClosedUnreachable, values: [policy, notice.requests, text.ruleSummary[notice.rule]] };
    case 'approvalWithdrawn': return { words: n.approvalWithdrawn, values: [policy, notice.reason] };
    case 'acknowledgementRequested': return { words: n.acknowledgementRequested, values: [policy, notice.version] };
    case 'acknowledgementReminder': return { words: n.acknowledgementReminder, values: [policy, notice.version] };
    case 'reviewReminder': return { words: n.reviewReminder, values: [policy, notice.due] };
    case 'reviewDue': return { words: n.reviewDue, values: [policy, notice.due] };
  }
}

/** A notice in words: the feed's preview, the mail's subject and its paragraphs. */
export function noticeWords(text: NotificationText, policy: string, notice: Notice): { preview: string; subject: string; lines: string[] } {
  const { words, values } = wordsAndValues(text, policy, notice);
  const preview = fillText(words.preview, values);
  return { preview, subject: fillText(text.mailSubject, [policy, preview]), lines: words.lines.map(line => fillText(line, values)).filter(line => line.trim() !== '') };
}
