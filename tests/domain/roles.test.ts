import { homeFor, rolesOf, type RoleFacts } from '../../src/domain/roles/roles';

const school = (facts: Partial<RoleFacts>): RoleFacts => ({ isBankSite: false, canManageSite: false, canEditItems: false, inApproversGroup: false, ...facts });

describe('roles from SharePoint permissions and groups', () => {
  it('makes a site owner an owner (not also an editor), and adds approver when they are in the approvers group', () => {
    expect(rolesOf(school({ canManageSite: true, canEditItems: true }))).toEqual(['Owner']);
    expect(rolesOf(school({ canManageSite: true, canEditItems: true, inApproversGroup: true }))).toEqual(['Owner', 'Approver']);
  });

  it('makes a member who can edit items an editor; a governor who is also a member is an editor and an approver', () => {
    expect(rolesOf(school({ canEditItems: true }))).toEqual(['Editor']);
    expect(rolesOf(school({ canEditItems: true, inApproversGroup: true }))).toEqual(['Editor', 'Approver']);
  });

  it('makes a reader who is only in the approvers group an approver, and anyone else a visitor', () => {
    expect(rolesOf(school({ inApproversGroup: true }))).toEqual(['Approver']);
    expect(rolesOf(school({}))).toEqual(['Visitor']);
  });

  it('makes whoever can edit the bank site the officer; a school user reading the bank is a visitor there', () => {
    expect(rolesOf({ isBankSite: true, canManageSite: true, canEditItems: true, inApproversGroup: false })).toEqual(['Officer']);
    expect(rolesOf({ isBankSite: true, canManageSite: false, canEditItems: false, inApproversGroup: true })).toEqual(['Visitor']);
  });
});

describe('the home each role lands on', () => {
  it('puts a waiting decision first for anyone, owner included', () => {
    expect(homeFor(['Owner', 'Approver'], 1)).toBe('Decisions');
    expect(homeFor(['Editor'], 2)).toBe('Decisions');
  });

  it('lands an owner on the dashboard, an editor on their drafts, an approver-only on decisions, a visitor on what is published', () => {
    expect(homeFor(['Owner'], 0)).toBe('Dashboard');
    expect(homeFor(['Owner', 'Approver'], 0)).toBe('Dashboard');
    expect(homeFor(['Editor', 'Approver'], 0)).toBe('MyDrafts');
    expect(homeFor(['Approver'], 0)).toBe('Decisions');
    expect(homeFor(['Visitor'], 0)).toBe('Published');
    expect(homeFor(['Officer'], 0)).toBe('Bank');
  });
});
