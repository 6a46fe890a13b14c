import { isAppError } from '../errors/AppError';
import type { DeliveryProblem } from './INotificationService';

function field(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

/** The HTTP status of a Graph client failure (`GraphError.statusCode`), if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = field(error, 'statusCode') ?? field(error, 'status');
  return typeof status === 'number' ? status : undefined;
}

/**
 * What a failed Graph call means for a notification. A tenant without the API access grant fails in two ways:
 * SPFx cannot get a token at all (`AADSTS65001 … has not consented`, thrown by the token provider; SharePoint/sp-dev-docs#9715),
 * or Graph refuses the token for a missing scope (403 `Authorization_RequestDenied`, `ErrorAccessDenied`, or Teams'
 * "Missing scope permissions on the request"). Any other 403 from Teams means the app is not installed where the
 * person could get it (PROTOCOL §3).
 */
export function classifyGraphFailure(error: unknown): DeliveryProblem {
  const status = statusOf(error);
  // Graph's own code: kept as `serviceCode` once the adapter made the failure an AppError.
  const code = String((isAppError(error) ? error.serviceCode : field(error, 'code')) ?? '');
  const message = String(field(error, 'message') ?? '');
  if (/AADSTS65001|AADSTS650\d\d|has not consented/i.test(message) || status === 401) return 'noApiAccess';
  if (status === 403 && (code === 'Authorization_RequestDenied' || code === 'ErrorAccessDenied' || /Missing (scope|role) permissions/i.test(message))) return 'noApiAccess';
  if (status === 403) return 'notInstalled';
  if (status === 404 && code === 'MailboxNotEnabledForRESTAPI') return 'noMailbox';
  if (status === 404) return 'notFound';
  if (status === 429) return 'rateLimited';
  return 'failed';
}

/**
 * Teams takes at most 10 activity notifications a minute per person (microsoft-graph-docs-contrib
 * teams-activity-feed-notifications-best-practices.md). Keeping count here means a burst of reminders never reaches
 * Graph's 429, which the Graph client would otherwise retry after waiting out Retry-After (up to a minute, three times).
 */
export class RecentSends {
  private readonly sent = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now, private readonly perMinute = 10) {}

  allows(key: string): boolean {
    return this.recent(key).length < this.perMinute;
  }

  record(key: string): void {
    this.sent.set(key, [...this.recent(key), this.now()]);
  }

  private recent(key: string): number[] {
    const from = this.now() - 60_000;
    return (this.sent.get(key) ?? []).filter(t => t > from);
  }
}
