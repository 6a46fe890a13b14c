import type { MilestoneReport } from '../../domain/register/MilestoneReport';
import { sameFacts } from '../../domain/register/milestones';
import { checkReport } from '../../domain/register/reportSchema';
import type { IKeyValueStore } from '../drafts/IBlockStore';

/** What the outbox keeps: the last report made (to number and compare the next) and those not yet sent. */
export interface OutboxState {
  last?: MilestoneReport;
  pending: MilestoneReport[];
}

/** The outcome of one attempt to send what waits. */
export interface FlushResult {
  sent: number;
  /** Why sending stopped (the reports stay for the next attempt). */
  failure?: unknown;
}

/**
 * A school's reports waiting for the bank site, kept in the key-value store (the browser's local storage) so a
 * school that cannot reach the register now (offline, the bank site down, not enrolled yet) sends them later, in
 * the order made. A report is removed only after SharePoint accepted it. A report whose answer was lost may be
 * sent twice; the register reads the newest entry, so a duplicate changes nothing.
 */
export class ReportOutbox {
  private readonly storageKey: string;

  constructor(private readonly store: IKeyValueStore, schoolKey: string) {
    this.storageKey = `esafety.register.outbox.${schoolKey}`;
  }

  get state(): OutboxState {
    const raw = this.store.get(this.storageKey);
    if (!raw) return { pending: [] };
    try {
      const value = JSON.parse(raw) as { last?: unknown; pending?: unknown };
      const valid = (r: unknown): MilestoneReport | undefined => { const c = checkReport(r); return c.ok ? c.report : undefined; };
      return { last: valid(value.last), pending: (Array.isArray(value.pending) ? value.pending : []).flatMap(r => valid(r) ?? []) };
    } catch {
      return { pending: [] };
    }
  }

  private save(state: OutboxState): void {
    this.store.set(this.storageKey, JSON.stringify(state));
  }

  /** Keeps `report` to send unless it tells nothing the last report did not; returns whether it was kept. */
  record(report: MilestoneReport): boolean {
    const state = this.state;
    if (state.last && sameFacts(state.last, report)) return false;
    this.save({ last: report, pending: [...state.pending, report] });
    return true;
  }

  /** Sends what waits, oldest first, stopping at the first failure (the rest wait for the next attempt). */
  async flush(send: (report: MilestoneReport) => Promise<void>): Promise<FlushResult> {
    let sent = 0;
    for (;;) {
      const next = this.state.pending[0];
      if (!next) return { sent };
      try {
        await send(next);
      } catch (failure) {
        return { sent, failure };
      }
      const after = this.state;
      this.save({ ...after, pending: after.pending.filter(r => r.sequence !== next.sequence) });
      sent++;
    }
  }
}
