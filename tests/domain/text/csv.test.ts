import { csvField, toCsv } from '../../../src/domain/text/csv';

describe('the one CSV writer', () => {
  it('quotes as RFC 4180: commas, quotes, line breaks, and spaces a reader would trim', () => {
    expect(csvField('Tom Reid')).toBe('Tom Reid');
    expect(csvField('Oakfield, Primary')).toBe('"Oakfield, Primary"');
    expect(csvField('The "Best" School')).toBe('"The ""Best"" School"');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('')).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('defuses every text a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+44 1234')).toBe("'+44 1234");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=cmd')).toBe("'\t=cmd");
    expect(csvField('\r=cmd')).toBe(`"'\r=cmd"`);
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    // Only at the start: a hyphen inside a name is left alone.
    expect(csvField('Smith-Jones')).toBe('Smith-Jones');
  });

  it('writes the app\'s own numbers as numbers', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(75)).toBe('75');
  });

  it('writes a whole file with a byte-order mark and CRLF line ends', () => {
    expect(toCsv(['School', 'Stage'], [['Oakfield', 'published'], ['Elm, Upper', undefined]]))
      .toBe('\uFEFFSchool,Stage\r\nOakfield,published\r\n"Elm, Upper",\r\n');
  });
});
