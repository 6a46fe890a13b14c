import type { AupAudience } from '../bank/AupAudience';
import { isPupilAudience } from '../bank/AupAudience';
import type { DraftSnapshot, LeftOutBlock, SnapshotBlock } from '../approval/snapshot';
import type { MergeField } from '../school/MergeField';
import { fillMergeFields } from '../school/mergeFields';
import type { ApprovalRule, SchoolProfile } from '../school/SchoolProfile';
import { diffWords } from '../text/wordDiff';
import type { DocBlock, DocumentModel, Inline, Tone } from './DocumentModel';
import { titlePageLogo, type LogoInput } from './logo';
import { sanitizeText } from './sanitizeText';

/** Who approved a document, when and under which rule: printed at the end of a policy. */
export interface ApprovalRecord {
  round: number;
  rule: ApprovalRule;
  approvedOn: string;
  approvers: { name: string; decision: string; date?: string; fingerprint?: string }[];
  /** The approved copy's fingerprint (the start of its hash), as each approver's receipt carries it. */
  fingerprint?: string;
}

/** What a document needs besides the frozen content. */
export interface DocumentContext {
  /** "1.0", "2.0"… for a published policy; "Draft" otherwise. */
  version: string;
  approval?: ApprovalRecord;
  reviewDate?: string;
  /** Show the school's changes from the authority's wording as Word tracked changes by the school. */
  showChanges: boolean;
  profile: SchoolProfile;
  /** For letters; defaults to today. */
  letterDate?: string;
  /** Print signature lines on an AUP. */
  signatureLines?: boolean;
  audience?: AupAudience;
  /** Dates as people read them, in the site's time zone. */
  formatDate: (iso: string) => string;
  /** When the tracked changes are dated (the approval, or now). */
  now: string;
  /**
   * What `{{ApprovalDate}}` reads before there is an approval (a round's copy for governors, a draft's download),
   * so no raw merge code is ever printed.
   */
  approvalDatePending?: string;
  /** The school's logo for the title page (from the profile), if it has one. */
  logo?: LogoInput;
}

/** `{{ApprovalDate}}` in a document not yet approved, when the caller gives no wording of its own. */
export const APPROVAL_DATE_PENDING = '[the date the governors approve it]';

const RULES: Record<ApprovalRule, string> = { All: 'every approver had to approve', Majority: 'a majority of approvers had to approve', Any: 'any one approver could approve' };

/** The merge values a document fills its text with: the frozen ones, and its dates as people read them. */
export function documentMergeValues(snapshot: DraftSnapshot, ctx: DocumentContext): Partial<Record<MergeField, string>> {
  return {
    ...snapshot.values,
    // The context's review date (a publication's) wins; otherwise the draft's own, never the raw ISO value.
    ...((ctx.reviewDate ?? snapshot.reviewDate) ? { ReviewDate: ctx.formatDate((ctx.reviewDate ?? snapshot.reviewDate)!) } : {}),
    ApprovalDate: ctx.approval ? ctx.formatDate(ctx.approval.approvedOn) : ctx.approvalDatePending ?? APPROVAL_DATE_PENDING,
    LetterDate: ctx.formatDate(ctx.letterDate ?? ctx.now)
  };
}

/** Text with its merge fields filled, made safe for Word. */
export function fill(text: string, merge: Partial<Record<MergeField, string>>): string {
  return sanitizeText(fillMergeFields(text, merge).text);
}

/** A block's runs: its text, or with tracked changes the diff from the authority's wording (school's own text is all inserted). */
function inlinesOf(block: SnapshotBlock, merge: Partial<Record<MergeField, string>>, showChanges: boolean): Inline[] {
  const text = fill(block.text, merge);
  if (!showChanges) return [{ kind: 'text', text }];
  if (block.kind === 'Custom') return [{ kind: 'ins', text }];
  const base = fill(block.baseText, merge);
  if (base === text) return [{ kind: 'text', text }];
  return diffWords(base, text).map<Inline>(run => (run.kind === 'equal' ? { kind: 'text', text: run.text } : { kind: run.kind === 'insert' ? 'ins' : 'del', text: run.text }));
}

/** A statement the school left out, as the marked copy shows it: the authority's wording, all deleted. */
function leftOutInlines(block: LeftOutBlock, merge: Partial<Record<MergeField, string>>): Inline[] {
  return [{ kind: 'del', text: fill(block.baseText, merge) }];
}

/** The lines an agreement ends with, each on its own line: a pupil's and a parent's or carer's, or an adult's. */
export function agreementSignatureLabels(audience: AupAudience | undefined): string[] {
  if (audience !== undefined && isPupilAudience(audience)) return ['My name', 'My signature', 'Parent or carer\'s name', 'Parent or carer\'s signature', 'Date'];
  return ['Name', 'Signature', 'Date'];
}

/** A rating's colour band: "Low", "Medium" and "High" (and "Very high"), whatever the case; none for other words. */
export function ratingTone(rating: string): Tone | undefined {
  const value = rating.trim().toLowerCase();
  if (/^(very )?high\b/.test(value)) return 'high';
  if (/^med(ium)?\b/.test(value)) return 'medium';
  if (/^(very )?low\b/.test(value)) return 'low';
  return undefined;
}

/** The approval record a document ends with (or the note that it is a draft). */
export function approvalBlocks(record: ApprovalRecord | undefined, ctx: DocumentContext): DocBlock[] {
  if (!record) return [{ kind: 'heading', level: 1, text: 'Approval record', numbered: false }, { kind: 'paragraph', inlines: [{ kind: 'text', text: 'This is a draft: it has not been approved.' }] }];
  return [
    { kind: 'heading', level: 1, text: 'Approval record', numbered: false },
    { kind: 'paragraph', inlines: [{ kind: 'text', text: `Approved on ${ctx.formatDate(record.approvedOn)} in approval round ${record.round}, when ${RULES[record.rule]}.` }] },
    ...(record.fingerprint ? [{ kind: 'paragraph' as const, inlines: [{ kind: 'text' as const, text: `Fingerprint of the approved copy: ${record.fingerprint}. Each approver's receipt of their decision carries it.` }] }] : []),
    record.approvers.some(a => a.fingerprint)
      ? { kind: 'table', header: ['Approver', 'Decision', 'When', 'Fingerprint'], rows: record.approvers.map(a => [sanitizeText(a.name), a.decision, a.date ? ctx.formatDate(a.date) : '', a.fingerprint ?? '']), widths: [30, 25, 25, 20] }
      : { kind: 'table', header: ['Approver', 'Decision', 'When'], rows: record.approvers.map(a => [sanitizeText(a.name), a.decision, a.date ? ctx.formatDate(a.date) : '']), widths: [40, 30, 30] }
  ];
}

function policy(snapshot: DraftSnapshot, ctx: DocumentContext, merge: Partial<Record<MergeField, string>>): DocBlock[] {
  const blocks: DocBlock[] = [
    {
      kind: 'title', title: sanitizeText(snapshot.title), lines: [
        sanitizeText(ctx.profile.schoolName),
        ...(ctx.approval ? [`Version ${ctx.version}, approved ${ctx.formatDate(ctx.approval.approvedOn)}`] : [`Version ${ctx.version}`, 'Draft: not yet approved']),
        ...(ctx.reviewDate ? [`Next review by ${ctx.formatDate(ctx.reviewDate)}`] : [])
      ],
      logo: titlePageLogo(ctx.logo, `${sanitizeText(ctx.profile.schoolName) || 'The school'}'s logo`),
      signatories: [
        { role: 'Headteacher', name: sanitizeText(ctx.profile.headteacherName) },
        { role: 'Chair of governors', name: sanitizeText(ctx.profile.chairOfGovernors) }
      ]
    },
    { kind: 'pageBreak' },
    { kind: 'toc', title: 'Contents' },
    { kind: 'pageBreak' }
  ];
  const leftOut = ctx.showChanges ? snapshot.leftOut ?? [] : [];
  for (const section of snapshot.sections) {
    blocks.push({ kind: 'heading', level: 1, text: sanitizeText(section.title), numbered: true });
    for (const block of snapshot.blocks.filter(b => b.sectionKey === section.key)) blocks.push({ kind: 'statement', inlines: inlinesOf(block, merge, ctx.showChanges) });
    for (const block of leftOut.filter(b => b.sectionKey === section.key)) blocks.push({ kind: 'leftOut', inlines: leftOutInlines(block, merge) });
  }
  // A section the school left out altogether keeps its heading in the marked copy, with every statement deleted.
  const orphanSections = [...new Map(leftOut.filter(b => !snapshot.sections.some(s => s.key === b.sectionKey)).map(b => [b.sectionKey, b.sectionTitle])).entries()];
  for (const [key, title] of orphanSections) {
    blocks.push({ kind: 'heading', level: 1, text: sanitizeText(title), numbered: true });
    for (const block of leftOut.filter(b => b.sectionKey === key)) blocks.push({ kind: 'leftOut', inlines: leftOutInlines(block, merge) });
  }
  return [...blocks, { kind: 'pageBreak' }, ...approvalBlocks(ctx.approval, ctx)];
}

function aup(snapshot: DraftSnapshot, ctx: DocumentContext, merge: Partial<Record<MergeField, string>>): DocBlock[] {
  const blocks: DocBlock[] = [
    { kind: 'heading', level: 1, text: sanitizeText(snapshot.title), numbered: false },
    { kind: 'paragraph', inlines: [{ kind: 'text', text: sanitizeText(ctx.profile.schoolName) }], spaceAfter: true }
  ];
  for (const block of snapshot.blocks) blocks.push({ kind: 'paragraph', inlines: inlinesOf(block, merge, ctx.showChanges), spaceAfter: true });
  if (ctx.showChanges) for (const block of snapshot.leftOut ?? []) blocks.push({ kind: 'paragraph', inlines: leftOutInlines(block, merge), spaceAfter: true });
  if (ctx.signatureLines) for (const label of agreementSignatureLabels(ctx.audience)) blocks.push({ kind: 'signature', label });
  return blocks;
}

function letter(snapshot: DraftSnapshot, ctx: DocumentContext, merge: Partial<Record<MergeField, string>>): DocBlock[] {
  const p = ctx.profile;
  const letterhead = [p.schoolName, ...p.address.split(/\n|,\s*/), p.phone, p.email, p.website].map(line => sanitizeText(line.trim())).filter(Boolean);
  const blocks: DocBlock[] = letterhead.map((line, i) => ({ kind: 'paragraph', inlines: [{ kind: 'text', text: line, bold: i === 0 }], align: 'right' }));
  blocks.push({ kind: 'paragraph', inlines: [{ kind: 'text', text: merge.LetterDate ?? '' }], align: 'right', spaceAfter: true });
  if (snapshot.preamble?.subject) blocks.push({ kind: 'paragraph', inlines: [{ kind: 'text', text: fill(snapshot.preamble.subject, merge), bold: true }], spaceAfter: true });
  blocks.push({ kind: 'paragraph', inlines: [{ kind: 'text', text: 'Dear parent or carer,' }], spaceAfter: true });
  for (const block of snapshot.blocks) blocks.push({ kind: 'paragraph', inlines: inlinesOf(block, merge, ctx.showChanges), spaceAfter: true });
  blocks.push({ kind: 'paragraph', inlines: [{ kind: 'text', text: 'Yours faithfully,' }], spaceAfter: true });
  if (snapshot.preamble?.signOff) blocks.push({ kind: 'paragraph', inlines: [{ kind: 'text', text: fill(snapshot.preamble.signOff, merge) }] });
  return blocks;
}

function risk(snapshot: DraftSnapshot, ctx: DocumentContext, merge: Partial<Record<MergeField, string>>): DocBlock[] {
  return [
    { kind: 'heading', level: 1, text: sanitizeText(snapshot.title), numbered: false },
    { kind: 'paragraph', inlines: [{ kind: 'text', text: `${sanitizeText(ctx.profile.schoolName)} · version ${ctx.version}` }], spaceAfter: true },
    ...(snapshot.preamble?.introduction ? [{ kind: 'paragraph' as const, inlines: [{ kind: 'text' as const, text: fill(snapshot.preamble.introduction, merge) }], spaceAfter: true }] : []),
    {
      // On a landscape page a 12% column is wide enough for "Likelihood" in bold 11 pt with the cell's margins, so
      // no word is split; the long texts get the width that is left.
      kind: 'table', header: ['Risk', 'Likelihood', 'Impact', 'Mitigation', 'Owner', 'Review date'], widths: [24, 12, 11, 29, 13, 11],
      rows: snapshot.blocks.map(b => [
        fill(b.text, merge), sanitizeText(b.risk?.likelihood ?? ''), sanitizeText(b.risk?.impact ?? ''), fill(b.risk?.mitigation ?? '', merge), fill(b.risk?.owner ?? '', merge),
        b.risk?.reviewDate ? sanitizeText(ctx.formatDate(b.risk.reviewDate)) : ''
      ]),
      tones: snapshot.blocks.map(b => [undefined, ratingTone(b.risk?.likelihood ?? ''), ratingTone(b.risk?.impact ?? ''), undefined, undefined, undefined])
    }
  ];
}

/**
 * The Word document for a frozen draft: a policy (title page, contents, numbered sections and statements, footer,
 * approval record), an AUP (large type for young pupils, signature lines), a letter on the school's letterhead, or a
 * risk assessment as a table. Any text is made safe for Word on the way.
 */
export function buildDocument(snapshot: DraftSnapshot, ctx: DocumentContext): DocumentModel {
  const merge = documentMergeValues(snapshot, ctx);
  const blocks = snapshot.kind === 'Policy' ? policy(snapshot, ctx, merge) : snapshot.kind === 'Aup' ? aup(snapshot, ctx, merge)
    : snapshot.kind === 'Letter' ? letter(snapshot, ctx, merge) : risk(snapshot, ctx, merge);
  return {
    title: sanitizeText(snapshot.title), subject: snapshot.kind, creator: sanitizeText(ctx.profile.schoolName || 'e-Safety Policy Hub'),
    description: `Made with e-Safety Policy Hub from bank release ${sanitizeText(snapshot.bankRelease)}.`,
    footer: `${sanitizeText(snapshot.title)} · version ${ctx.version}`,
    // A letter carries the school's name in its letterhead; every other document in a header on each page.
    header: snapshot.kind === 'Letter' ? undefined : sanitizeText(ctx.profile.schoolName) || undefined,
    landscape: snapshot.kind === 'RiskAssessment',
    trackChanges: ctx.showChanges ? { author: sanitizeText(ctx.profile.schoolName || 'The school'), date: ctx.approval?.approvedOn ?? ctx.now } : undefined,
    largePrint: snapshot.kind === 'Aup' && ctx.audience === 'EarlyYearsKS1',
    blocks
  };
}
