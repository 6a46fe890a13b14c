import { SchoolService } from '../../src/services/school/SchoolService';
import { ApprovalService } from '../../src/services/approval/ApprovalService';
import { fitColumns, fitLabel, TextTooLongError } from '../../src/services/sharepoint/schema/columnLimits';
import { SCHOOL_LISTS } from '../../src/services/sharepoint/schema/schoolSchema';
import { BANK_LISTS } from '../../src/services/sharepoint/schema/bankSchema';
import { OAKFIELD_PROFILE } from '../../workbench/seed/productSeed';
import type { Draft } from '../../src/domain/draft/DraftModel';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => undefined, (error: unknown) => error);
}

describe('text the product writes fits SharePoint\'s columns (TENANT-FACTS "Lists, fields, versions")', () => {
  describe('fitColumns and fitLabel', () => {
    it('passes values that fit and refuses the first that does not, naming the column and its limit', () => {
      expect(fitColumns(SCHOOL_LISTS.profile, { HeadteacherName: 'h'.repeat(255), SchoolAddress: 'a'.repeat(2000) })).toBeDefined();
      expect(() => fitColumns(SCHOOL_LISTS.profile, { HeadteacherName: 'h'.repeat(256) })).toThrow(new TextTooLongError(SCHOOL_LISTS.profile, 'Headteacher', 255, 256));
      expect(() => fitColumns(SCHOOL_LISTS.drafts, { Title: 't'.repeat(256) })).toThrow(TextTooLongError);
      expect(() => fitColumns(SCHOOL_LISTS.drafts, { SchoolSetting: 's'.repeat(51) })).toThrow('holds at most 50 characters');
      // A library's multi-line column is capped unless it allows more; the product's allow more.
      expect(fitColumns(BANK_LISTS.resources, { ResourceLines: 'l'.repeat(1405) })).toBeDefined();
      expect(() => fitColumns('Not Ours', {})).toThrow('is not one of the app');
    });

    it('cuts a composed label to 255 with an ellipsis, never splitting a surrogate pair', () => {
      expect(fitLabel('short')).toBe('short');
      const cut = fitLabel(`${'x'.repeat(300)}, round 2`);
      expect(cut).toHaveLength(255);
      expect(cut.endsWith('…')).toBe(true);
      const emoji = fitLabel(`${'x'.repeat(253)}😀😀`);
      expect(emoji.length).toBeLessThanOrEqual(255);
      expect(/[\uD800-\uDBFF]…$/.test(emoji)).toBe(false);
    });
  });

  describe('against the local SharePoint', () => {
    let tenant: TestTenant;
    let school: SchoolService;
    beforeAll(async () => {
      tenant = await startTestTenant();
      school = new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${tenant.url}${SITES.oakfield}`);
      await school.provision();
      await school.loadProfile();
    }, 180_000);
    afterAll(async () => { await tenant.close(); });

    const draftItems = async (): Promise<unknown[]> => tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.lists.getByTitle(SCHOOL_LISTS.drafts).items.select('Id')();

    it('refuses a profile field over 255 characters before sending, and saves nothing', async () => {
      const error = await refusal(school.saveProfile({ ...OAKFIELD_PROFILE, headteacherName: 'H'.repeat(256) }));
      expect(error).toBeInstanceOf(TextTooLongError);
      expect((await school.loadProfile()).headteacherName).toBe('');
    });

    it('refuses a draft whose title is over 255 characters, leaving no draft behind; 255 fits', async () => {
      const draft: Draft = {
        title: 'T'.repeat(256), kind: 'Policy', templateKey: 'policy-primary', templateVersion: 1, setting: 'Primary', audience: '', bankRelease: '1.0',
        sections: [], preamble: '', reviewDate: '2027-09-01', blocks: []
      } as unknown as Draft;
      expect(await refusal(school.createDraft(draft))).toBeInstanceOf(TextTooLongError);
      expect(await draftItems()).toEqual([]);
      const id = await school.createDraft({ ...draft, title: 'T'.repeat(255) });
      expect((await school.openDraft(id)).draft.title).toHaveLength(255);
    }, 60_000);

    it('keeps a log line from a long title within the Title column', async () => {
      const approvals = new ApprovalService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), { notify: async () => [] }, { deepLink: () => '', webUrl: () => '' });
      await approvals.record(1, undefined, 'Created', `Created "${'T'.repeat(255)}" from the bank.`);
      const [entry] = await approvals.activity(1);
      expect(entry.summary.length).toBeLessThanOrEqual(255);
    });
  });
});
