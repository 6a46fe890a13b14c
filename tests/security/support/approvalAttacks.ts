import type { DecisionKind } from '../../../src/domain/approval/ApprovalModel';
import type { Draft } from '../../../src/domain/draft/DraftModel';
import type { RoundView } from '../../../src/domain/approval/RoundView';
import type { SchoolProfile } from '../../../src/domain/school/SchoolProfile';
import { SITES } from '../../support/testTenant';
import { PROFILE, ROLES, type Actor, type SecurityTenant } from './securityTenant';

/** A profile under each rule (the security tenant's profile is otherwise complete). */
export const RULE = {
  All: { ...PROFILE, approvalRule: 'All' as const },
  Majority: { ...PROFILE, approvalRule: 'Majority' as const },
  Any: { ...PROFILE, approvalRule: 'Any' as const }
};

/** The ballot list item shape the attacks read and write. */
export interface BallotRow {
  Id: number;
  RoundId: number;
  Decision: string;
  AuthorId: number;
  'odata.etag': string;
}

/** `[{'Key':'i:0#.f|membership|upn'}]`: how forms (and attackers) name a person to the validate endpoints. */
export const claims = (upn: string): string => `[{'Key':'i:0#.f|membership|${upn}'}]`;

/** The attacks' shared moves over one security tenant and its first draft. */
export class Attacks {
  constructor(readonly st: SecurityTenant, readonly owner: Actor, readonly draft: Draft & { id: number }) {}

  /** The owner (a member would do the same) submits the draft under `profile`'s rule. */
  async submit(profile: SchoolProfile, dueDate = '2031-01-31'): Promise<RoundView> {
    await this.owner.approvals.submit({ draft: this.draft, blocks: this.draft.blocks, profile, dueDate, submitter: { id: -1, login: ROLES.owner.login } });
    return (await this.owner.approvals.view(this.draft.id, profile)) as RoundView;
  }

  /** The current round as `login` sees it (a fresh session: nothing cached). */
  async viewAs(login: string = ROLES.visitor.login, roundNumber?: number): Promise<RoundView> {
    return (await this.st.as(login).approvals.view(this.draft.id, PROFILE, roundNumber)) as RoundView;
  }

  /** `login` decides on the current round through the app. */
  async decide(login: string, kind: DecisionKind, comment = kind === 'Approve' ? '' : 'Please reword 4.2.'): Promise<RoundView> {
    const view = await this.viewAs(login);
    return this.st.as(login).approvals.decide(this.draft, view, PROFILE, kind, comment, view.round.snapshotHash);
  }

  /** The id of `login`'s ballot list in the round's frozen electorate. */
  listOf(view: RoundView, login: string): string {
    const elector = view.terms.electorate.find(e => e.login.toLowerCase() === login.toLowerCase());
    if (!elector) throw new Error(`${login} is not in the round's electorate.`);
    return elector.ballotList;
  }

  /** The folder path the validate endpoint takes for a ballot list. */
  async folderOf(listId: string): Promise<string> {
    const { Title } = await this.owner.schoolSp.web.lists.getById(listId).select('Title')<{ Title: string }>();
    return `${SITES.oakfield}/Lists/${Title}`;
  }

  /** The ballots of a list for a round, as the owner reads them. */
  async ballots(listId: string, roundId: number): Promise<BallotRow[]> {
    const rows = await this.owner.schoolSp.web.lists.getById(listId).items.select('Id', 'RoundId', 'Decision', 'AuthorId')<BallotRow[]>();
    return rows.filter(r => r.RoundId === roundId);
  }

  async siteUserId(login: string): Promise<number> {
    return (await this.owner.schoolSp.web.ensureUser(`i:0#.f|membership|${login}`)).Id;
  }

  /** Names the warnings of a view by kind (and whom they name). */
  static warnings(view: RoundView): string[] {
    return view.warnings.map(w => ('name' in w ? `${w.kind}:${w.name}` : w.kind === 'recordIgnored' ? `${w.kind}:${w.record.reason}` : w.kind));
  }
}
