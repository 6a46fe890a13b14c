import fc from 'fast-check';
import { fillMergeFields } from '../../src/domain/school/mergeFields';
import { emptyProfile, mergeValuesFor, nextReviewDate, type SchoolProfile } from '../../src/domain/school/SchoolProfile';

function profile(patch: Partial<SchoolProfile> = {}): SchoolProfile {
  return { ...emptyProfile('Secondary'), schoolName: 'Hill School', dslName: 'Mr Dsl', website: 'https://hill.example', ...patch };
}

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

describe('emptyProfile', () => {
  it('starts with nothing filled but the defaults', () => {
    expect(emptyProfile()).toMatchObject({ setting: 'Primary', schoolName: '', reviewPeriodMonths: 12, approvalRule: 'Majority', approversGroup: '' });
    expect(emptyProfile('Special').setting).toBe('Special');
    expect(mergeValuesFor(emptyProfile())).toEqual({});
  });
});

describe('mergeValuesFor', () => {
  it('maps the profile to merge fields', () => {
    expect(mergeValuesFor(profile())).toEqual({ SchoolName: 'Hill School', DSLName: 'Mr Dsl', SchoolWebsite: 'https://hill.example' });
  });

  it('maps every profile field to its merge field', () => {
    const full = profile({
      headteacherName: 'H', deputyDslName: 'DD', onlineSafetyLead: 'OSL', chairOfGovernors: 'CG', linkGovernor: 'LG', itServiceProvider: 'IT',
      address: 'Addr', phone: 'Ph', email: 'Em', localAuthority: 'LA'
    });
    expect(mergeValuesFor(full, { reviewDate: '2027-09-01', approvalDate: '2026-09-10', letterDate: '2026-09-02' })).toEqual({
      SchoolName: 'Hill School', HeadteacherName: 'H', DSLName: 'Mr Dsl', DeputyDSLName: 'DD', OnlineSafetyLead: 'OSL', ChairOfGovernors: 'CG',
      LinkGovernor: 'LG', ITServiceProvider: 'IT', SchoolWebsite: 'https://hill.example', SchoolAddress: 'Addr', SchoolPhone: 'Ph', SchoolEmail: 'Em',
      LocalAuthority: 'LA', ReviewDate: '2027-09-01', ApprovalDate: '2026-09-10', LetterDate: '2026-09-02'
    });
  });

  it('leaves out empty and blank values, so they show as missing', () => {
    const values = mergeValuesFor(profile({ dslName: '   ', website: '' }), { reviewDate: '', approvalDate: undefined });
    expect(values).toEqual({ SchoolName: 'Hill School' });
    expect(Object.keys(values)).not.toContain('DSLName');
    expect(fillMergeFields('{{SchoolName}}: {{DSLName}}', values)).toEqual({ text: 'Hill School: {{DSLName}}', missing: ['DSLName'] });
  });

  it('never has an empty value (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.option(fc.string(), { nil: undefined }), (name, dsl, review) => {
        const values = mergeValuesFor(profile({ schoolName: name, dslName: dsl }), { reviewDate: review });
        for (const value of Object.values(values)) expect(value?.trim()).not.toBe('');
        expect('SchoolName' in values).toBe(name.trim() !== '');
        expect('ReviewDate' in values).toBe(review !== undefined && review.trim() !== '');
      }),
      { numRuns: 200 }
    );
  });
});

describe('nextReviewDate', () => {
  it('is a year on by default, or the review period', () => {
    expect(nextReviewDate(utc('2026-09-01'), 12)).toBe('2027-09-01');
    expect(nextReviewDate(utc('2026-09-01'), 6)).toBe('2027-03-01');
    expect(nextReviewDate(utc('2026-12-15'), 1)).toBe('2027-01-15');
    expect(nextReviewDate(utc('2026-09-01'), 24)).toBe('2028-09-01');
  });

  it('is at least a month on', () => {
    expect(nextReviewDate(utc('2026-09-01'), 0)).toBe('2026-10-01');
    expect(nextReviewDate(utc('2026-09-01'), -6)).toBe('2026-10-01');
  });

  it('stays within the target month at a month end (never later than the period)', () => {
    expect(nextReviewDate(utc('2026-08-31'), 6)).toBe('2027-02-28');
    expect(nextReviewDate(utc('2026-01-31'), 1)).toBe('2026-02-28');
    expect(nextReviewDate(utc('2027-01-31'), 1)).toBe('2027-02-28');
    expect(nextReviewDate(utc('2027-08-31'), 6)).toBe('2028-02-29');
    expect(nextReviewDate(utc('2028-02-29'), 12)).toBe('2029-02-28');
    expect(nextReviewDate(utc('2026-03-31'), 1)).toBe('2026-04-30');
    expect(nextReviewDate(utc('2026-12-31'), 6)).toBe('2027-06-30');
  });

  it('uses the UTC date of the moment given, whatever its time', () => {
    expect(nextReviewDate(new Date('2026-09-01T23:59:59Z'), 12)).toBe('2027-09-01');
  });

  it('is always after the start, within the period, and in the right month (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 1, max: 60 }), (from, months) => {
        const next = nextReviewDate(from, months);
        const [y, m, d] = next.split('-').map(Number);
        const monthIndex = from.getUTCFullYear() * 12 + from.getUTCMonth() + months;
        expect(y * 12 + (m - 1)).toBe(monthIndex);
        expect(d).toBeLessThanOrEqual(from.getUTCDate());
        expect(next > from.toISOString().slice(0, 10)).toBe(true);
      }),
      { numRuns: 300 }
    );
  });
});
