/**
 * SharePoint's regional time-zone ids (`SPTimeZone.ID`, read from `/_api/web/regionalSettings/timeZone`) with the
 * IANA zone that keeps the same clock today, so dates show in the site's zone in any browser.
 *
 * Source of the ids and their places: Microsoft, "SPRegionalSettings.TimeZones property"
 * (https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ms453853(v=office.15)) and
 * "SP.RegionalSettings.timeZones property (sp.js)" (jj247008), which list ids 2–93; id 94 (Ulaanbaatar) and the
 * full 2–94 range as SharePoint Online provisions it are in PnP's `TimeZone` enum (pnp/pnpframework,
 * src/lib/PnP.Framework/Enums/TimeZone.cs; PnP labels 94 "UTC-08:00" by mistake, Ulaanbaatar is UTC+08:00).
 * Id 52 is not used by SharePoint; 0 means "none". The IANA names follow CLDR's windowsZones mapping for the
 * Windows zone each entry describes; where a place has since changed its clock (Samoa, Chihuahua, Almaty), the
 * zone that still keeps the listed offset is chosen. An id not in this table is reported, never guessed.
 */
export const SHAREPOINT_ZONES: Readonly<Record<number, string>> = {
  2: 'Europe/London', 3: 'Europe/Paris', 4: 'Europe/Berlin', 5: 'Europe/Bucharest', 6: 'Europe/Budapest', 7: 'Europe/Minsk',
  8: 'America/Sao_Paulo', 9: 'America/Halifax', 10: 'America/New_York', 11: 'America/Chicago', 12: 'America/Denver',
  13: 'America/Los_Angeles', 14: 'America/Anchorage', 15: 'Pacific/Honolulu', 16: 'Pacific/Pago_Pago', 17: 'Pacific/Auckland',
  18: 'Australia/Brisbane', 19: 'Australia/Adelaide', 20: 'Asia/Tokyo', 21: 'Asia/Singapore', 22: 'Asia/Bangkok',
  23: 'Asia/Kolkata', 24: 'Asia/Dubai', 25: 'Asia/Tehran', 26: 'Asia/Baghdad', 27: 'Asia/Jerusalem', 28: 'America/St_Johns',
  29: 'Atlantic/Azores', 30: 'Atlantic/South_Georgia', 31: 'Atlantic/Reykjavik', 32: 'America/Cayenne', 33: 'America/La_Paz',
  34: 'America/Indiana/Indianapolis', 35: 'America/Bogota', 36: 'America/Regina', 37: 'America/Mexico_City',
  38: 'America/Phoenix', 39: 'Etc/GMT+12', 40: 'Pacific/Fiji', 41: 'Pacific/Guadalcanal', 42: 'Australia/Hobart',
  43: 'Pacific/Port_Moresby', 44: 'Australia/Darwin', 45: 'Asia/Shanghai', 46: 'Asia/Novosibirsk', 47: 'Asia/Tashkent',
  48: 'Asia/Kabul', 49: 'Africa/Cairo', 50: 'Africa/Johannesburg', 51: 'Europe/Moscow', 53: 'Atlantic/Cape_Verde',
  54: 'Asia/Baku', 55: 'America/Guatemala', 56: 'Africa/Nairobi', 57: 'Europe/Warsaw', 58: 'Asia/Yekaterinburg',
  59: 'Europe/Helsinki', 60: 'America/Godthab', 61: 'Asia/Yangon', 62: 'Asia/Kathmandu', 63: 'Asia/Irkutsk',
  64: 'Asia/Krasnoyarsk', 65: 'America/Santiago', 66: 'Asia/Colombo', 67: 'Pacific/Tongatapu', 68: 'Asia/Vladivostok',
  69: 'Africa/Lagos', 70: 'Asia/Yakutsk', 71: 'Asia/Dhaka', 72: 'Asia/Seoul', 73: 'Australia/Perth', 74: 'Asia/Riyadh',
  75: 'Asia/Taipei', 76: 'Australia/Sydney', 77: 'America/Mazatlan', 78: 'America/Tijuana', 79: 'Asia/Amman',
  80: 'Asia/Beirut', 81: 'America/Manaus', 82: 'Asia/Tbilisi', 83: 'Africa/Windhoek', 84: 'Asia/Yerevan',
  85: 'America/Argentina/Buenos_Aires', 86: 'Africa/Casablanca', 87: 'Asia/Karachi', 88: 'America/Caracas',
  89: 'Indian/Mauritius', 90: 'America/Montevideo', 91: 'America/Asuncion', 92: 'Asia/Kamchatka', 93: 'UTC',
  94: 'Asia/Ulaanbaatar'
};
