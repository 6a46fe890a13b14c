import { enGB } from '../../src/loc/enGB';
import { plural } from '../../src/loc/plural';

describe('plural: the form English needs for a count', () => {
  const forms = { one: '{0} document is due for {1}.', other: '{0} documents are due for {1}.' };

  it('uses the one form for 1 and the other form for 0, 2 and more', () => {
    expect(plural(forms, 1, 'review')).toBe('1 document is due for review.');
    expect(plural(forms, 0, 'review')).toBe('0 documents are due for review.');
    expect(plural(forms, 2, 'review')).toBe('2 documents are due for review.');
  });

  it("leaves no '(s)' anywhere a person reads (issue 17: \"thing(s)\", \"1 statements match\")", () => {
    expect(JSON.stringify(enGB)).not.toMatch(/\(s\)/);
    expect(plural(enGB.school.reviewsOverdue, 1)).toBe('1 document is overdue for review.');
    expect(plural(enGB.draft.issues, 1)).toBe('1 thing to fix before approval');
    expect(plural(enGB.bank.searchResults, 1)).toBe('1 statement matches');
    expect(plural(enGB.draft.emptyProfileField, 3, 'Deputy DSL')).toBe('Deputy DSL is empty in the school profile: 3 statements use it.');
  });
});
