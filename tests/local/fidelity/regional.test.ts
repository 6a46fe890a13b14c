import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';

describe('the site time zone through the real PnPjs (PROTOCOL §7)', () => {
  let tenant: TestTenant;
  const timeZone = (): ReturnType<TestTenant['sp']>['web']['regionalSettings']['timeZone'] =>
    tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.regionalSettings.timeZone;

  beforeAll(async () => { tenant = await startTestTenant(); });
  afterAll(async () => { await tenant.close(); });

  it('answers web.regionalSettings.timeZone() with id 2, London', async () => {
    const zone = await timeZone()<{ Id: number; Description: string; Information: { Bias: number; DaylightBias: number; StandardBias: number } }>();
    expect(zone).toMatchObject({
      Id: 2, Description: '(UTC+00:00) Dublin, Edinburgh, Lisbon, London', Information: { Bias: 0, DaylightBias: -60, StandardBias: 0 }
    });
  });

  it('converts a summer instant to British Summer Time (UTC+1)', async () => {
    expect(await timeZone().utcToLocalTime('2026-07-01T12:30:00Z')).toBe('2026-07-01T13:30:00');
    expect(await timeZone().utcToLocalTime(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29T02:00:00');
  });

  it('converts a winter instant to Greenwich Mean Time (UTC+0)', async () => {
    expect(await timeZone().utcToLocalTime('2026-01-15T12:30:00Z')).toBe('2026-01-15T12:30:00');
    expect(await timeZone().utcToLocalTime(new Date('2026-03-29T00:59:59Z'))).toBe('2026-03-29T00:59:59');
  });

  it('converts local time back to UTC on either side of the clock change', async () => {
    expect(await timeZone().localTimeToUTC('2026-07-01T13:30:00')).toBe('2026-07-01T12:30:00Z');
    expect(await timeZone().localTimeToUTC('2026-12-01T09:00:00')).toBe('2026-12-01T09:00:00Z');
  });
});
