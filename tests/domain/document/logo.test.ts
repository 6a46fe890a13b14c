import { LOGO_BOX, pictureSize, titlePageLogo } from '../../../src/domain/document/logo';
import { solidPng } from '../../word/pngFixture';

describe('the logo on the title page', () => {
  it('reads a PNG\'s size from its header', () => {
    expect(pictureSize(solidPng(400, 120), 'png')).toEqual({ width: 400, height: 120 });
  });

  it('scales a large logo down into the box, keeping its proportions', () => {
    const logo = titlePageLogo({ bytes: solidPng(400, 100), type: 'image/png' }, 'Oakfield Primary School\'s logo')!;
    expect(logo).toMatchObject({ type: 'png', width: LOGO_BOX.width, height: Math.round(LOGO_BOX.width / 4), description: 'Oakfield Primary School\'s logo' });
    const tall = titlePageLogo({ bytes: solidPng(100, 400), type: 'png' }, 'logo')!;
    expect(tall).toMatchObject({ width: 25, height: LOGO_BOX.height });
  });

  it('never scales a small logo up', () => {
    expect(titlePageLogo({ bytes: solidPng(40, 30), type: 'PNG' }, 'logo')).toMatchObject({ width: 40, height: 30 });
  });

  it('gives no logo for none, an empty file, a type Word cannot show, or bytes that are not the picture they claim to be', () => {
    expect(titlePageLogo(undefined, 'logo')).toBeUndefined();
    expect(titlePageLogo({ bytes: new Uint8Array(), type: 'png' }, 'logo')).toBeUndefined();
    expect(titlePageLogo({ bytes: solidPng(10, 10), type: 'image/svg+xml' }, 'logo')).toBeUndefined();
    expect(titlePageLogo({ bytes: new TextEncoder().encode('<script>alert(1)</script>'), type: 'image/png' }, 'logo')).toBeUndefined();
    expect(titlePageLogo({ bytes: new TextEncoder().encode('not a jpeg'), type: 'image/jpeg' }, 'logo')).toBeUndefined();
  });

  it('reads a JPEG\'s size from its start-of-frame segment', () => {
    // SOI, an APP0 segment of 16 bytes, then SOF0 with height 60 and width 80.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...new Array<number>(14).fill(0), 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x3c, 0x00, 0x50, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(pictureSize(jpeg, 'jpg')).toEqual({ width: 80, height: 60 });
  });
});
