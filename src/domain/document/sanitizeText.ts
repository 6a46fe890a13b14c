/**
 * Text made safe for a .docx: C0 control characters (other than tab and newline), U+FFFE/U+FFFF and lone
 * surrogates are removed (the docx library writes them raw and Word refuses the file); tabs become spaces.
 * Newlines stay: the renderer turns them into line breaks.
 */
export function sanitizeText(text: string): string {
  return text
    // Lone surrogates first: removing a character between two of them would otherwise pair them into a new one.
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    // eslint-disable-next-line no-control-regex -- reason: these are exactly the characters Word refuses.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ');
}
