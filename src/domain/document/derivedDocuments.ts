import type { AupAudience } from '../bank/AupAudience';
import type { DraftSnapshot } from '../approval/snapshot';
import { statementsOverTarget, type OverTarget } from '../draft/readability';
import { approvalBlocks, documentMergeValues, fill, type DocumentContext } from './buildDocument';
import type { DocBlock, DocumentModel } from './DocumentModel';
import { sanitizeText } from './sanitizeText';

/**
 * Documents derived from the same chosen statements as the policy: the two-page policy statement schools are now
 * expected to publish, and versions for pupils whose statements are checked against a reading target for their age.
 * Pure: they build document models the Word renderer packs, like `buildDocument`.
 */

/** The most words a section's summary in the two-page statement takes. */
export const SUMMARY_WORDS = 40;

/** The first sentence of a text (up to a full stop, question or exclamation mark followed by a space or the end). */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const end = /[.!?](?=\s|$)/.exec(trimmed);
  return end ? trimmed.slice(0, end.index + 1) : trimmed;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * A section's summary: the first sentence of its first statement that says it in at most `SUMMARY_WORDS` words, or,
 * when none does, the first statement's opening words, marked as cut with an ellipsis.
 */
export function sectionSummary(statements: readonly string[]): string {
  const sentences = statements.map(firstSentence).filter(s => s !== '');
  const short = sentences.find(s => wordCount(s) <= SUMMARY_WORDS);
  if (short) return short;
  if (sentences.length === 0) return '';
  return `${sentences[0].split(/\s+/).slice(0, SUMMARY_WORDS).join(' ').replace(/[,;:]$/, '')}…`;
}

function header(snapshot: DraftSnapshot, ctx: DocumentContext, title: string, largePrint: boolean, blocks: DocBlock[]): DocumentModel {
  const school = sanitizeText(ctx.profile.schoolName);
  return {
    title, subject: snapshot.kind, creator: school || 'e-Safety Policy Hub',
    description: `Made with e-Safety Policy Hub from bank release ${sanitizeText(snapshot.bankRelease)}.`,
    footer: `${title} · version ${ctx.version}`, header: school || undefined, largePrint, blocks
  };
}

/**
 * The two-page policy statement: the policy's title and status, a sentence of what it is, a summary of each section
 * (one short paragraph each, the section's name in bold), where to read the full policy, and the approval record.
 */
export function buildPolicyStatement(snapshot: DraftSnapshot, ctx: DocumentContext): DocumentModel {
  const merge = documentMergeValues(snapshot, ctx);
  const school = sanitizeText(ctx.profile.schoolName) || 'The school';
  const title = `${sanitizeText(snapshot.title)}: policy statement`;
  const status = ctx.approval ? `Version ${ctx.version}, approved ${ctx.formatDate(ctx.approval.approvedOn)}` : `Version ${ctx.version}, not yet approved`;
  const blocks: DocBlock[] = [
    { kind: 'heading', level: 1, text: title, numbered: false },
    { kind: 'paragraph', inlines: [{ kind: 'text', text: `${school} · ${status}${ctx.reviewDate ? ` · next review by ${ctx.formatDate(ctx.reviewDate)}` : ''}` }], spaceAfter: true },
    { kind: 'paragraph', inlines: [{ kind: 'text', text: `This statement summarises ${school}'s ${sanitizeText(snapshot.title).toLowerCase()}: what we do to keep pupils, staff and our community safe online, section by section.` }], spaceAfter: true }
  ];
  for (const section of snapshot.sections) {
    const texts = snapshot.blocks.filter(b => b.sectionKey === section.key).map(b => fill(b.text, merge));
    const summary = sectionSummary(texts);
    if (summary === '') continue;
    blocks.push({ kind: 'paragraph', inlines: [{ kind: 'text', text: `${sanitizeText(section.title)}. `, bold: true }, { kind: 'text', text: summary }], spaceAfter: true });
  }
  const website = sanitizeText(ctx.profile.website);
  blocks.push({ kind: 'paragraph', inlines: [{ kind: 'text', text: `The full policy${website ? ` is on our website, ${website}, and` : ' is'} available from the school office.` }], spaceAfter: true });
  return header(snapshot, ctx, title, false, [...blocks, ...approvalBlocks(ctx.approval, ctx)]);
}

/** How each pupil audience is named in a version's title. */
export const PUPIL_AUDIENCE_NAMES: Partial<Record<AupAudience, string>> = {
  EarlyYearsKS1: 'early years and key stage 1', KS2: 'key stage 2', KS3to5: 'key stages 3 to 5'
};

/** A pupils' version: its document, and the statements that read above its audience's target. */
export interface PupilVersion {
  model: DocumentModel;
  overTarget: OverTarget[];
}

/**
 * A version of the chosen statements for pupils of one age group: each statement its own paragraph under its
 * section's name, large print for the youngest, and the list of statements that read above the audience's target
 * (hardest first) so the school can rewrite them. `keys` chooses the statements (default: all of them).
 */
export function buildPupilVersion(snapshot: DraftSnapshot, ctx: DocumentContext, audience: AupAudience, keys?: readonly string[]): PupilVersion {
  const audienceName = PUPIL_AUDIENCE_NAMES[audience];
  if (!audienceName) throw new Error(`A pupils' version is for a pupil audience; ${audience} is not one.`);
  const merge = documentMergeValues(snapshot, ctx);
  const chosen = snapshot.blocks.filter(b => !keys || keys.includes(b.key)).map(b => ({ key: b.key, sectionKey: b.sectionKey, text: fill(b.text, merge) }));
  const title = `${sanitizeText(snapshot.title)}: for pupils in ${audienceName}`;
  const blocks: DocBlock[] = [
    { kind: 'heading', level: 1, text: title, numbered: false },
    { kind: 'paragraph', inlines: [{ kind: 'text', text: sanitizeText(ctx.profile.schoolName) }], spaceAfter: true }
  ];
  for (const section of snapshot.sections) {
    const inSection = chosen.filter(c => c.sectionKey === section.key);
    if (inSection.length === 0) continue;
    blocks.push({ kind: 'heading', level: 2, text: sanitizeText(section.title), numbered: false });
    for (const statement of inSection) blocks.push({ kind: 'paragraph', inlines: [{ kind: 'text', text: statement.text }], spaceAfter: true });
  }
  return { model: header(snapshot, ctx, title, audience === 'EarlyYearsKS1', blocks), overTarget: statementsOverTarget(chosen, audience) };
}
