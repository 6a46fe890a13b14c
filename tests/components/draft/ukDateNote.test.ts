import { ukDateNote } from '../../../src/components/draft/ukDateNote';
import { enGB } from '../../../src/loc/enGB';

describe('a date box says its day in UK words, whatever order the browser shows', () => {
  it('reads a whole ISO day as day, month, year and says nothing while the day is not whole', () => {
    expect(ukDateNote(enGB, '2026-12-20')).toBe('That is 20 December 2026.');
    expect(ukDateNote(enGB, '2027-01-01')).toBe('That is 1 January 2027.');
    expect(ukDateNote(enGB, '')).toBeUndefined();
    expect(ukDateNote(enGB, '2026-12')).toBeUndefined();
    expect(ukDateNote(enGB, undefined)).toBeUndefined();
  });
});
