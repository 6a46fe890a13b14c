/**
 * Text someone hostile might type into any field: markup that would run script if any screen, mail or page
 * treated text as HTML, entities that must stay as typed, and characters that confuse parsers and readers.
 */
export const MARKUP_PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '"><svg onload="window.__pwned = \'svg\'"></svg>',
  '<a href="javascript:window.__pwned = \'link\'">Read the policy</a>',
  '<iframe srcdoc="<script>parent.__pwned = 1</script>"></iframe>',
  '<style>body { display: none }</style><b onmouseover="window.__pwned = 1">bold</b>',
  '&lt;script&gt; stays as typed &amp;amp; &#60;b&#62;'
] as const;

/** Every markup payload in one text, as one field would hold them. */
export const ALL_MARKUP = `Pupils must not ${MARKUP_PAYLOADS.join(' then ')} online.`;

/** Control characters, bidirectional overrides and zero-width characters (not markup, but never to be interpreted). */
export const CONTROL_TEXT = 'Bell\u0007 escape\u001b[31m red\u001b[0m tab\tnew\nline \u202Egnp.exe\u202C zero\u200Bwidth \uFEFF bom \u0085 next';

/** Elements none of the app's screens draws from text: any of them after rendering a payload means markup ran. */
export const FORBIDDEN_ELEMENTS = 'script, img, svg, iframe, object, embed, style, link, meta, base, form, b';
