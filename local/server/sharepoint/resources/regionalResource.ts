import type { PathSegment } from '../apiPath';
import { stringArg } from '../apiPath';
import { entityResponse, primitiveResponse } from '../odataShape';
import type { SpContext } from '../SpContext';
import type { SpResponse } from '../SpRequest';
import { SpErrors } from '../SpError';

/** SharePoint's time zone ids this server knows, with their IANA names and descriptions. */
const TIME_ZONES: Record<number, { iana: string; description: string; bias: number; daylightBias: number }> = {
  2: { iana: 'Europe/London', description: '(UTC+00:00) Dublin, Edinburgh, Lisbon, London', bias: 0, daylightBias: -60 },
  4: { iana: 'Europe/Berlin', description: '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', bias: -60, daylightBias: -60 },
  10: { iana: 'America/New_York', description: '(UTC-05:00) Eastern Time (US and Canada)', bias: 300, daylightBias: -60 },
  93: { iana: 'UTC', description: '(UTC) Coordinated Universal Time', bias: 0, daylightBias: 0 }
};

function zoneOf(ctx: SpContext): { id: number; iana: string; description: string; bias: number; daylightBias: number } {
  const id = TIME_ZONES[ctx.site.timeZoneId] ? ctx.site.timeZoneId : 2;
  return { id, ...TIME_ZONES[id] };
}

/** The wall-clock time in `iana` for a UTC instant, as SharePoint writes local times (no zone suffix). */
export function toLocal(utc: Date, iana: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: iana, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'
  }).formatToParts(utc);
  const get = (type: string): string => parts.find(p => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
}

/** `web/RegionalSettings`, `…/TimeZone`, `…/TimeZone/utctolocaltime('…')`, `…/localtimetoutc('…')`. */
export function handleRegionalSettings(ctx: SpContext, rest: PathSegment[]): SpResponse {
  const zone = zoneOf(ctx);
  const [first, second] = rest;
  const timeZone = {
    Description: zone.description, Id: zone.id,
    Information: { Bias: zone.bias, DaylightBias: zone.daylightBias, StandardBias: 0 }
  };
  const method = ctx.request.method;
  // The settings and the zone are reads; the conversions are functions PnPjs POSTs (PROTOCOL §7) and GET also answers.
  if (!second && method !== 'GET') throw SpErrors.methodNotAllowed(method, 'regional settings');
  if (second && method !== 'GET' && method !== 'POST') throw SpErrors.methodNotAllowed(method, second.raw);
  if (rest.length > 2) throw SpErrors.notFound(rest[2].raw);
  if (!first) {
    return entityResponse(ctx, { meta: { type: 'SP.RegionalSettings', path: 'Web/RegionalSettings' }, props: { LocaleId: 2057, Time24: true, TimeZone: timeZone } }, 'SP.RegionalSettings');
  }
  if (first.name !== 'timezone') throw SpErrors.notFound(first.raw);
  if (!second) return entityResponse(ctx, { meta: { type: 'SP.TimeZone', path: 'Web/RegionalSettings/TimeZone' }, props: timeZone }, 'SP.TimeZone');
  const value = stringArg(second);
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw SpErrors.badRequest(`'${value}' is not a valid date and time.`);
  if (second.name === 'utctolocaltime') return primitiveResponse(ctx, 'UTCToLocalTime', 'Edm.DateTime', toLocal(new Date(time), zone.iana));
  if (second.name === 'localtimetoutc') {
    const asUtc = new Date(value.endsWith('Z') ? time : Date.parse(`${value}Z`));
    const offset = Date.parse(`${toLocal(asUtc, zone.iana)}Z`) - asUtc.getTime();
    return primitiveResponse(ctx, 'LocalTimeToUTC', 'Edm.DateTime', new Date(asUtc.getTime() - offset).toISOString().replace(/\.\d{3}Z$/, 'Z'));
  }
  throw SpErrors.notFound(second.raw);
}
