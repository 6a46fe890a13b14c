/**
 * Draws the two Teams icons (192×192 colour, 32×32 white outline on transparent) as PNG files in `teams/`.
 * Run once when the design changes: `npx tsx scripts/makeTeamsIcons.ts`; the PNGs are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

type Pixel = [number, number, number, number];

function crc32(buffer: Buffer): number {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG. */
function encodePng(size: number, pixel: (x: number, y: number) => Pixel): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0))
  ]);
}

/** Whether (u, v) in a unit square lies inside the shield (with a margin, for the outline). */
function inShield(u: number, v: number, margin = 0): boolean {
  const top = 0.18 + margin;
  const bottom = 0.86 - margin;
  if (v < top || v > bottom) return false;
  const shoulder = 0.52;
  const halfWidth = (v < shoulder ? 0.3 : 0.3 * (1 - ((v - shoulder) / (0.86 - shoulder)) ** 1.4)) - margin;
  return Math.abs(u - 0.5) <= halfWidth;
}

function inTick(u: number, v: number): boolean {
  const d1 = Math.abs((v - 0.5) - (u - 0.38)) / Math.SQRT2;
  const d2 = Math.abs((v - 0.62) + (u - 0.5)) / Math.SQRT2;
  return (d1 < 0.035 && u >= 0.37 && u <= 0.5) || (d2 < 0.035 && u >= 0.47 && u <= 0.66);
}

const teamsDir = path.resolve(__dirname, '..', 'teams');
const componentId = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'src/webparts/eSafetyPolicyHub/ESafetyPolicyHubWebPart.manifest.json'), 'utf8')).id as string;

const color = encodePng(192, (x, y) => {
  const u = (x + 0.5) / 192;
  const v = (y + 0.5) / 192;
  if (inShield(u, v) && inTick(u, v)) return [0x5b, 0x5f, 0xc7, 255];
  if (inShield(u, v)) return [255, 255, 255, 255];
  return [0x5b, 0x5f, 0xc7, 255];
});
const outline = encodePng(32, (x, y) => {
  const u = (x + 0.5) / 32;
  const v = (y + 0.5) / 32;
  const edge = inShield(u, v) && !inShield(u, v, 0.07);
  return edge || (inShield(u, v) && inTick(u, v)) ? [255, 255, 255, 255] : [0, 0, 0, 0];
});
fs.writeFileSync(path.join(teamsDir, `${componentId}_color.png`), color);
fs.writeFileSync(path.join(teamsDir, `${componentId}_outline.png`), outline);
console.log(`Wrote ${componentId}_color.png and ${componentId}_outline.png in teams/.`);
