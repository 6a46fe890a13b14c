import type { AcknowledgementRecord, AcknowledgementRequest, AudienceMember } from '../../domain/acknowledgement/AcknowledgementModel';
import type { ChangesToRead } from '../../domain/acknowledgement/changesSince';
import type { DraftSnapshot } from '../../domain/approval/snapshot';
import type { Delivery } from '../notify/INotificationService';

/** A published version to ask about (what `PublishService.published()` lists). */
export interface PublishedVersion {
  draftId: number;
  title: string;
  version: string;
  roundNumber?: number;
}

/** What making a request did: the request, who was told and how, and who cannot acknowledge yet. */
export interface RequestOutcome {
  request: AcknowledgementRequest;
  deliveries: Delivery[];
  /** People of the audience without a secured list (a site owner makes theirs by asking again, or opening the request). */
  withoutList: AudienceMember[];
}

/** What the person is shown before acknowledging. */
export interface ReadingView {
  request: AcknowledgementRequest;
  /** The changes since the version they last acknowledged, or everything when they never did. */
  changes: ChangesToRead;
  /** The full, hash-checked text of the version asked about ("full text a click away"). */
  full: DraftSnapshot;
  /** They already acknowledged this version. */
  acknowledged: boolean;
  /** They have a secured list, so they can acknowledge. */
  canAcknowledge: boolean;
}

/** Read and acknowledge, over SharePoint (and Graph for notices). */
export interface IAcknowledgementService {
  /** The site's groups to offer as audiences, the Team's members group first. */
  audienceGroups(): Promise<string[]>;
  /** Asks a group to read and acknowledge a published version; a site owner's request also secures everyone's list. */
  request(document: PublishedVersion, audienceGroup: string): Promise<RequestOutcome>;
  /** Every request, newest first. */
  requests(): Promise<AcknowledgementRequest[]>;
  /** The requests the signed-in person is asked and has not answered, newest first. */
  pendingForMe(): Promise<AcknowledgementRequest[]>;
  /** The owner's record of a request. */
  record(requestId: number): Promise<AcknowledgementRecord>;
  /** What the signed-in person reads before acknowledging. */
  reading(requestId: number): Promise<ReadingView>;
  /** Records the signed-in person's acknowledgement in their own list (SharePoint refuses anyone else's). */
  acknowledge(requestId: number): Promise<void>;
  /** Reminds those who can acknowledge and have not. */
  remind(requestId: number): Promise<Delivery[]>;
}
