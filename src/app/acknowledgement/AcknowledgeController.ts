import type { Strings } from '../../loc/strings';
import type { IAcknowledgementService, ReadingView } from '../../services/acknowledgement/IAcknowledgementService';
import { Observable } from '../common/Observable';
import { acknowledgementFailure, type AcknowledgementFailure } from './acknowledgementFailure';

export interface AcknowledgeState {
  status: 'loading' | 'failed' | 'ready';
  view?: ReadingView;
  /** The person chose to read the whole document rather than only what changed. */
  showFull: boolean;
  busy: boolean;
  loadFailure?: AcknowledgementFailure;
  actionFailure?: AcknowledgementFailure;
}

/**
 * The person's screen: what changed since the version they last acknowledged (everything when they never did),
 * the full text a click away, and one action to acknowledge.
 */
export class AcknowledgeController extends Observable<AcknowledgeState> {
  constructor(private readonly deps: { acknowledgements: Pick<IAcknowledgementService, 'reading' | 'acknowledge'>; strings: Strings }, private readonly requestId: number) {
    super({ status: 'loading', showFull: false, busy: false });
  }

  async refresh(): Promise<void> {
    try {
      const view = await this.deps.acknowledgements.reading(this.requestId);
      this.update({ status: 'ready', view, loadFailure: undefined });
    } catch (error) {
      this.update({ status: 'failed', loadFailure: acknowledgementFailure(error, this.deps.strings) });
    }
  }

  toggleFull(): void {
    this.update({ showFull: !this.state.showFull });
  }

  /** One action: records the acknowledgement in the person's own list, then reads it back. */
  async acknowledge(): Promise<void> {
    const view = this.state.view;
    if (!view || this.state.busy || view.acknowledged || !view.canAcknowledge) return;
    this.update({ busy: true, actionFailure: undefined });
    try {
      await this.deps.acknowledgements.acknowledge(this.requestId);
      const next = await this.deps.acknowledgements.reading(this.requestId);
      this.update({ busy: false, view: next });
    } catch (error) {
      this.update({ busy: false, actionFailure: acknowledgementFailure(error, this.deps.strings) });
    }
  }
}
