import type { DraftSnapshot } from '../../src/domain/approval/snapshot';
import type { DocumentContext } from '../../src/domain/document/buildDocument';
import { newCustomBlock } from '../../src/domain/draft/draftCommands';
import type { SchoolProfile } from '../../src/domain/school/SchoolProfile';
import { APPROVAL, contextFor, draftFrom, freeze, PROFILE } from './wordFixtures';

/**
 * Text people paste into statements and titles that a Word file must survive: every control character, the
 * non-characters and lone surrogates the docx library would write raw, emoji, combining marks, right-to-left
 * scripts, markup, merge-field look-alikes and a very long statement.
 */

/** Every C0 control character, U+0000 to U+001F. */
export const ALL_C0 = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).join('');
export const NON_CHARACTERS = 'before\uFFFE middle\uFFFF after';
export const LONE_SURROGATES = 'high \uD800 alone, low \uDFFF alone, reversed \uDC00\uD800, half an emoji \uD83D';
export const EMOJI = 'Family 👩‍👩‍👧‍👦, flag 🇬🇧, thumbs 👍🏽, party 🎉 and a keycap 1️⃣.';
export const COMBINING = 'Café (e\u0301), Ñandú (N\u0303), and Z\u0351\u0352\u0353\u0354a\u0315\u0316lgo.';
export const HEBREW = 'אנו שומרים על ילדים בטוחים ברשת.';
export const ARABIC = 'نحن نحافظ على سلامة الأطفال على الإنترنت.';
export const MIXED_DIRECTION = `The school (${HEBREW}) and ${ARABIC} side by side, with \u202Eoverride\u202C and \u200Fmarks\u200E.`;
export const MARKUP = '<w:p><w:r><w:t>injected</w:t></w:r></w:p> ]]> <script>alert("x")</script> &amp; & &#1; &lt; <![CDATA[ x ]]> <?xml version="1.0"?> <!-- c -->';
export const BRACES = '{{SchoolName}} {{NotAField}} {{ DSLName }} {{{HeadteacherName}}} {{} }} {{ {{';
/** BRACES as printed: known fields filled, anything else left as typed. */
export const BRACES_FILLED = 'Oakfield Primary School {{NotAField}} Tom Reid {Helen Carter} {{} }} {{ {{';
/** A 20,000-character statement of words, emoji and Hebrew, with a few line breaks. */
export const LONG = (() => {
  const piece = 'Pupils learn to stay safe online 🎉 שלום, step by step.\n';
  return piece.repeat(Math.ceil(20_000 / piece.length)).slice(0, 20_000);
})();

export const HOSTILE_TITLE = `Online\u0000 safety\u0007 policy\u001F 🎉 ${HEBREW} <w:p>&amp;\uFFFF\uD800`;
export const HOSTILE_SECTION = `Section\u000B with\u000C controls ${ARABIC} <b>bold</b> \uDFFF`;
export const HOSTILE_APPROVER = 'Grace\u0008 Mensah <governor> & "chair"\uFFFE';
/** Statements made hostile, and a statement the school wrote of each kind. */
export const HOSTILE_STATEMENTS = [ALL_C0, NON_CHARACTERS, LONE_SURROGATES, EMOJI, COMBINING, MIXED_DIRECTION, MARKUP, BRACES];

/** A policy with hostile title, section title, amended statements, own statements (one of 20,000 characters) and approver. */
export function hostilePolicy(): { snapshot: DraftSnapshot; context: DocumentContext; profile: SchoolProfile } {
  const draft = draftFrom('policy-primary', HOSTILE_TITLE);
  draft.sections[0].title = HOSTILE_SECTION;
  // Amended bank statements: the diff runs over the hostile text (kept after the bank's wording, so part is unchanged).
  HOSTILE_STATEMENTS.forEach((text, i) => {
    const block = draft.blocks[i];
    block.content.text = `${block.baseText} ${text}`;
  });
  // The same texts as the school's own statements (wholly inserted), and the long one.
  [...HOSTILE_STATEMENTS, LONG].forEach((text, i) => draft.blocks.push(newCustomBlock(draft.blocks, draft.sections[1], `Own ${i}: ${text}`, `c:hostile-${i}`)));
  const profile = PROFILE;
  const context = contextFor({
    showChanges: true,
    approval: { ...APPROVAL, approvers: [...APPROVAL.approvers.slice(0, 2), { ...APPROVAL.approvers[2], name: HOSTILE_APPROVER }] }
  });
  return { snapshot: freeze(draft, profile), context, profile };
}
