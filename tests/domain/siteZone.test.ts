import { formatDate, formatDateTime } from '../../src/domain/time/formatDate';
import { SHAREPOINT_ZONES } from '../../src/domain/time/sharePointZones';
import { DEFAULT_SITE_ZONE, siteZoneFromSharePointId } from '../../src/domain/time/siteZone';

/** The zone's offset from UTC in minutes at an instant (e.g. 60 for London in July). */
function offsetMinutes(zone: string, iso: string): number {
  const part = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(new Date(iso)).find(p => p.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(part);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

describe('SharePoint time-zone ids', () => {
  it('maps every id SharePoint lists (2 to 94, 52 unused) to a zone the browser knows', () => {
    const ids = Object.keys(SHAREPOINT_ZONES).map(Number);
    expect(ids).toEqual(Array.from({ length: 93 }, (_, i) => i + 2).filter(id => id !== 52));
    for (const zone of Object.values(SHAREPOINT_ZONES)) expect(() => new Intl.DateTimeFormat('en-GB', { timeZone: zone })).not.toThrow();
  });

  it.each([
    // id, the standard offset Microsoft's table gives the zone (minutes), a place it names
    [2, 0, 'London'], [3, 60, 'Paris'], [10, -300, 'Eastern Time'], [13, -480, 'Pacific Time'], [16, -660, 'Midway Island'],
    [23, 330, 'New Delhi'], [25, 210, 'Tehran'], [28, -210, 'Newfoundland'], [39, -720, 'International Date Line West'],
    [48, 270, 'Kabul'], [61, 390, 'Yangon'], [62, 345, 'Kathmandu'], [67, 780, "Nuku'alofa"], [76, 600, 'Sydney'], [93, 0, 'UTC'], [94, 480, 'Ulaanbaatar']
  ])('gives id %i the offset SharePoint lists for it (%i minutes, %s) in standard time', (id, minutes) => {
    const zone = siteZoneFromSharePointId(id);
    expect(zone.known).toBe(true);
    // Standard time is January in the north and July in the south: one of the two shows the listed offset.
    const offsets = [offsetMinutes(zone.zone, '2026-01-15T12:00:00Z'), offsetMinutes(zone.zone, '2026-07-15T12:00:00Z')];
    expect(offsets).toContain(minutes);
  });

  it('falls back to London for an id it does not know, and says so', () => {
    for (const id of [0, 1, 52, 95, 130, -1]) {
      expect(siteZoneFromSharePointId(id)).toEqual({ zone: DEFAULT_SITE_ZONE, known: false, sharePointId: id, reason: 'unknownId' });
    }
    expect(siteZoneFromSharePointId(undefined)).toEqual({ zone: 'Europe/London', known: false, sharePointId: undefined, reason: 'unreadable' });
  });

  it('shows a known zone as the site\'s own', () => {
    expect(siteZoneFromSharePointId(2)).toEqual({ zone: 'Europe/London', known: true, sharePointId: 2 });
    expect(siteZoneFromSharePointId(45)).toEqual({ zone: 'Asia/Shanghai', known: true, sharePointId: 45 });
  });
});

describe('UK dates', () => {
  it('shows dates and times in London by default, British Summer Time included', () => {
    expect(formatDate('2026-07-01T23:30:00Z')).toBe('2 July 2026');
    expect(formatDate('2026-01-01T23:30:00Z')).toBe('1 January 2026');
    expect(formatDateTime('2026-07-01T12:05:00Z')).toBe('1 Jul 2026, 13:05');
  });

  it('shows them in the site\'s zone when given, and leaves text that is not a date as it is', () => {
    expect(formatDateTime('2026-07-01T12:05:00Z', siteZoneFromSharePointId(13).zone)).toBe('1 Jul 2026, 05:05');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
