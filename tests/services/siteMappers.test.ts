import { toCurrentUser, toSiteSummary } from '../../src/services/sharepoint/siteMappers';

describe('site mappers', () => {
  it('map SharePoint wire names to the app\'s site and user', () => {
    expect(toSiteSummary({ Title: 'Oakfield', Url: 'https://x/sites/o', ServerRelativeUrl: '/sites/o' })).toEqual({ title: 'Oakfield', url: 'https://x/sites/o', serverRelativeUrl: '/sites/o' });
    expect(toCurrentUser({ Id: 7, Title: "James O'Brien", Email: 'j@x', LoginName: 'i:0#.f|membership|j@x' })).toEqual({ id: 7, displayName: "James O'Brien", email: 'j@x', loginName: 'i:0#.f|membership|j@x' });
  });
});
