import type { PackResource } from '../content/ContentPack';

/** Escapes text for XML (titles and lines are data, never markup). */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    // eslint-disable-next-line no-control-regex -- reason: XML 1.0 forbids these characters outright, so they are dropped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** Breaks text into lines of at most `width` characters, at spaces where it can. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
    while (line.length > width) {
      lines.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A printable A3 page (297 × 420 mm, so it scales to A4 at 71%) for a poster or a guide: the title, who it is
 * for, and its lines as a list. Plain SVG text, so it prints sharp at any size and screen readers can read it.
 */
export function renderResourceSvg(resource: PackResource): string {
  const poster = resource.kind === 'Poster';
  const titleSize = poster ? 16 : 12;
  const bodySize = poster ? 9.5 : 6.5;
  const width = poster ? 44 : 72;
  const parts: string[] = [];
  let y = 34;
  for (const line of wrap(resource.title, poster ? 26 : 40)) {
    parts.push(`<text x="20" y="${y}" font-size="${titleSize}" font-weight="700" fill="#ffffff">${escapeXml(line)}</text>`);
    y += titleSize * 1.25;
  }
  const bandHeight = y + 4;
  y += 12;
  parts.push(`<text x="20" y="${y}" font-size="${bodySize * 0.8}" fill="#484644">For: ${escapeXml(resource.audience)}</text>`);
  y += bodySize * 1.6;
  for (const entry of resource.lines) {
    const wrapped = wrap(entry, width);
    parts.push(`<circle cx="24" cy="${y - bodySize * 0.35}" r="${bodySize * 0.22}" fill="#5b5fc7"/>`);
    for (const line of wrapped) {
      parts.push(`<text x="32" y="${y}" font-size="${bodySize}" fill="#242424">${escapeXml(line)}</text>`);
      y += bodySize * 1.3;
    }
    y += bodySize * 0.6;
  }
  if (resource.printNotes) parts.push(`<text x="20" y="410" font-size="5" fill="#605e5c">${escapeXml(resource.printNotes)}</text>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="297mm" height="420mm" viewBox="0 0 297 420" role="img" aria-label="${escapeXml(resource.title)}" font-family="Segoe UI, Arial, sans-serif">`,
    `<title>${escapeXml(resource.title)}</title>`,
    '<rect width="297" height="420" fill="#ffffff"/>',
    `<rect width="297" height="${bandHeight}" fill="#5b5fc7"/>`,
    ...parts,
    '</svg>',
    ''
  ].join('\n');
}
