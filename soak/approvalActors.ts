import { formatSubEntity, teamsDeepLink, type SubEntity } from '../src/domain/approval/deepLink';
import type { DecisionKind } from '../src/domain/approval/ApprovalModel';
import { ApprovalService } from '../src/services/approval/ApprovalService';
import type { LinkBuilder } from '../src/domain/approval/LinkBuilder';
import { GraphNotificationService } from '../src/services/notify/GraphNotificationService';
import { SiteService } from '../src/services/sharepoint/SiteService';
import { TEAMS_PERSONAL_ENTITY_ID } from '../src/services/host/teamsApp';
import { localGraph, localSp } from '../workbench/client/localClients';
import { SCHOOL_SITE } from './people';
import { enGB } from '../src/loc/enGB';

/** One decision an approver made: the unique word its comment carries, and whether `decide` resolved. */
export interface SoakDecision {
  approver: string;
  roundId: number;
  roundNumber: number;
  decision: DecisionKind;
  token: string;
  snapshotHash: string;
  acknowledged: boolean;
  /** `decide` answered that this decision gave the round its outcome (so the outcome's line must be in Activity). */
  closedRound?: 'Approved' | 'ChangesRequested';
}

/** The app's services for one person, as the composition root builds them (own PnPjs root, own Graph client). */
export function approvalsAs(serverUrl: string, login: string): ApprovalService {
  const sp = localSp(serverUrl, SCHOOL_SITE, login);
  const site = new SiteService(sp);
  const webUrl = (target: SubEntity): string => `${serverUrl}${SCHOOL_SITE}/_layouts/15/workbench.aspx?host=teams&subEntityId=${encodeURIComponent(formatSubEntity(target))}`;
  const links: LinkBuilder = {
    webUrl,
    deepLink: (target, label) => teamsDeepLink({ appId: 'esafety-policy-hub-soak', entityId: TEAMS_PERSONAL_ENTITY_ID, webUrl: webUrl(target), label, subEntity: target })
  };
  return new ApprovalService(sp, new GraphNotificationService(localGraph(serverUrl, login), enGB.notify, () => site.teamGroupId()), links);
}

/** Counts of the approval side, for the report. */
export interface ApprovalCounts {
  submitsTried: number;
  submitsAcknowledged: number;
  submitFailures: Map<string, number>;
  /** Snapshot files a failed submit left behind, which the owner removed by hand so the next submit could go on. */
  orphanedSnapshotsRemoved: number;
  viewFailures: number;
}

export function newApprovalCounts(): ApprovalCounts {
  return { submitsTried: 0, submitsAcknowledged: 0, submitFailures: new Map(), orphanedSnapshotsRemoved: 0, viewFailures: 0 };
}

/** Short, stable label of an error for counting: the HTTP status and SharePoint's own message when there is one. */
export function errorLabel(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const status = /\[(\d{3})\]/.exec(message)?.[1];
  const spMessage = /"message":\{"lang":"[^"]*","value":"((?:[^"\\]|\\.)*)"/.exec(message)?.[1];
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  const text = status && spMessage ? `HTTP ${status}: ${spMessage}` : `${message}${cause}`;
  return text.replace(/A file with the name .+? already exists/, 'A file with the name <snapshot of that round> already exists').replace(/\/sites\/[^\s"]+/g, '<url>').slice(0, 160);
}
