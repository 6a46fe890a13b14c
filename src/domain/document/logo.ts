import type { DocImage } from './DocumentModel';

/** The school's logo as the profile will hold it: the file's bytes and its type. */
export interface LogoInput {
  bytes: Uint8Array;
  /** A MIME type (`image/png`) or an extension (`png`, `jpg`, `jpeg`, `gif`, `bmp`). */
  type: string;
}

/** The largest box a logo is drawn in on the title page, in pixels (96 per inch): about 5 cm by 2.6 cm. */
export const LOGO_BOX = { width: 190, height: 100 };

const TYPES: Record<string, DocImage['type']> = { png: 'png', jpg: 'jpg', jpeg: 'jpg', gif: 'gif', bmp: 'bmp' };

function readUint16BE(bytes: Uint8Array, at: number): number {
  return (bytes[at] << 8) | bytes[at + 1];
}

function readUint32BE(bytes: Uint8Array, at: number): number {
  return ((bytes[at] << 24) >>> 0) + (bytes[at + 1] << 16) + (bytes[at + 2] << 8) + bytes[at + 3];
}

/** The picture's size in pixels from its header (PNG's IHDR, JPEG's start-of-frame, GIF's and BMP's headers). */
export function pictureSize(bytes: Uint8Array, type: DocImage['type']): { width: number; height: number } | undefined {
  if (type === 'png' && bytes.length >= 24 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    return { width: readUint32BE(bytes, 16), height: readUint32BE(bytes, 20) };
  }
  if (type === 'gif' && bytes.length >= 10) return { width: bytes[6] | (bytes[7] << 8), height: bytes[8] | (bytes[9] << 8) };
  if (type === 'bmp' && bytes.length >= 26) {
    const width = bytes[18] | (bytes[19] << 8) | (bytes[20] << 16) | (bytes[21] << 24);
    const height = bytes[22] | (bytes[23] << 8) | (bytes[24] << 16) | (bytes[25] << 24);
    return { width: Math.abs(width), height: Math.abs(height) };
  }
  if (type === 'jpg' && bytes[0] === 0xff && bytes[1] === 0xd8) {
    // Walk the segments to a start-of-frame marker (C0–CF but C4, C8 and CC, which are not frames).
    for (let at = 2; at + 9 < bytes.length;) {
      if (bytes[at] !== 0xff) return undefined;
      const marker = bytes[at + 1];
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { width: readUint16BE(bytes, at + 7), height: readUint16BE(bytes, at + 5) };
      at += 2 + readUint16BE(bytes, at + 2);
    }
  }
  return undefined;
}

/**
 * The logo as the title page draws it: scaled down (never up) to fit `LOGO_BOX` with its proportions kept. A type
 * Word cannot show, or a file whose size cannot be read (not really a picture), gives no logo rather than a broken file.
 */
export function titlePageLogo(input: LogoInput | undefined, description: string): DocImage | undefined {
  if (!input || input.bytes.length === 0) return undefined;
  const type = TYPES[input.type.toLowerCase().replace(/^image\//, '').replace(/^\./, '')];
  if (!type) return undefined;
  const size = pictureSize(input.bytes, type);
  if (!size || size.width <= 0 || size.height <= 0) return undefined;
  const scale = Math.min(1, LOGO_BOX.width / size.width, LOGO_BOX.height / size.height);
  return { bytes: input.bytes, type, width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)), description };
}
