import { profileProblems } from '../../../src/domain/school/profileValidation';
import { emptyProfile, type SchoolProfile } from '../../../src/domain/school/SchoolProfile';

const filled = (patch: Partial<SchoolProfile> = {}): SchoolProfile => ({
  ...emptyProfile('Secondary'), schoolName: 'Riverside Secondary School', headteacherName: 'Daniel Price', dslName: 'Grace Li', ...patch
});

describe('profileProblems: why a school profile cannot be saved', () => {
  it('accepts a filled profile with a real e-mail address and an https website', () => {
    expect(profileProblems(filled({ email: 'office@riverside.sch.uk', website: 'https://www.riverside.sch.uk/' }), { settingChosen: true })).toEqual({});
  });

  it('names each empty required field (whitespace is empty)', () => {
    expect(profileProblems(filled({ schoolName: '  ', dslName: '' }))).toEqual({ schoolName: 'required', dslName: 'required' });
  });

  it.each(['not-an-email', 'office@school', 'office school@x.uk', '@school.sch.uk', 'a@b@c.uk'])('refuses the e-mail address %p', email => {
    expect(profileProblems(filled({ email }))).toEqual({ email: 'email' });
  });

  it('refuses a javascript: or data: website (it would run when clicked) as a scheme problem', () => {
    expect(profileProblems(filled({ website: 'javascript:alert(1)' }))).toEqual({ website: 'websiteScheme' });
    expect(profileProblems(filled({ website: 'JavaScript:alert(1)' }))).toEqual({ website: 'websiteScheme' });
    expect(profileProblems(filled({ website: 'data:text/html,hi' }))).toEqual({ website: 'websiteScheme' });
  });

  it('asks for the full address when a website has no scheme or no real host', () => {
    expect(profileProblems(filled({ website: 'www.riverside.sch.uk' }))).toEqual({ website: 'website' });
    expect(profileProblems(filled({ website: 'https://intranet' }))).toEqual({ website: 'website' });
  });

  it('leaves optional fields alone when they are empty', () => {
    expect(profileProblems(filled({ email: '', website: '' }))).toEqual({});
  });

  it('asks for the setting until the person has chosen it (it picks the template, so it is never assumed)', () => {
    expect(profileProblems(filled(), { settingChosen: false })).toEqual({ setting: 'setting' });
  });
});
