import type { Bank, ReleaseRecord, SectionContent, StatementContent, TemplateContent } from '../../domain/bank/BankModel';
import {
  addSection, addStatement, editSection, editStatement, moveSection, moveStatement, restoreStatement, retireSection, retireStatement,
  saveTemplate, statementsOfSection, type SectionInput, type StatementInput
} from '../../domain/bank/bankCommands';
import type { ContentPack } from '../../domain/content/ContentPack';
import type { ImportPlan } from '../../domain/content/importPlan';
import type { BankAccess, IBankService, ImportOptions, ResourceItem, StatementVersion } from '../../services/bank/IBankService';
import { Observable } from '../common/Observable';
import { carryStored } from './carryStored';
import { bankFailure, type BankAction, type BankFailure } from './bankFailure';

/** The tab of the bank screen. */
export type BankTab = 'statements' | 'templates' | 'resources' | 'schools' | 'coverage';

/** The panel open on the right, if any. */
export type BankPanel = { kind: 'none' } | { kind: 'statement'; key?: string } | { kind: 'section'; key?: string } | { kind: 'publish' } | { kind: 'import' };

export interface BankState {
  phase: 'loading' | 'failed' | 'setup' | 'ready';
  access?: BankAccess;
  /** What is on screen: the last saved bank with the officer's edits on top. */
  bank?: Bank;
  /** Saving the officer's edits is under way. */
  saving: boolean;
  /** The last thing that failed, with what the screen was doing; cleared when that step next succeeds. */
  problem?: { action: BankAction; failure: BankFailure };
  /** A release a previous session left half-published: publishing waits until the officer finishes it. */
  interrupted?: ReleaseRecord;
  /** The release just published, for the success notice. */
  published?: ReleaseRecord;
  tab: BankTab;
  selectedSection?: string;
  selectedStatement?: string;
  panel: BankPanel;
  resources?: ResourceItem[];
}

/** The starter bank an owner may import when setting a bank site up (loaded on demand by the caller). */
export interface StarterImport {
  pack: ContentPack;
  publishAs: { label: string; notes: string };
}

/**
 * The bank screen's workflow over `IBankService`: load (working copies for the officer, published copies for everyone
 * else), edits applied at once and saved in order (one MERGE per changed item with its ETag), a conflict shown as such
 * with the bank read again, publishing, finishing an interrupted release, import, export and a statement's history.
 */
export class BankController extends Observable<BankState> {
  /** The bank as last saved or read: what the next save diffs against. */
  private saved: Bank | undefined;
  private edits = 0;
  private sent = 0;
  private flushing: Promise<void> | undefined;

  constructor(private readonly service: IBankService) {
    super({ phase: 'loading', saving: false, tab: 'statements', panel: { kind: 'none' } });
  }

  /** Reads who may do what, then the bank they may see. */
  async load(): Promise<void> {
    this.update({ phase: 'loading', problem: undefined });
    try {
      const access = await this.service.access();
      if (access.missingLists.length > 0) return this.update({ phase: 'setup', access });
      const bank = access.canEdit ? await this.service.load() : await this.service.loadPublished();
      this.show(bank);
      this.update({ phase: 'ready', access });
    } catch (error) {
      this.update({ phase: 'failed', problem: { action: 'load', failure: bankFailure(error) } });
    }
  }

  /** A site owner creates the bank's lists and, if asked, imports and publishes the starter bank. */
  async setUp(starter: StarterImport | undefined, onProgress: (step: string, fraction: number) => void): Promise<void> {
    this.update({ problem: undefined });
    try {
      await this.service.provision(p => onProgress(p.step, p.done / Math.max(1, p.total) / 2));
      if (starter) {
        const empty = await this.service.load();
        await this.service.importPack(empty, starter.pack, { publishAs: starter.publishAs, onProgress: p => onProgress(p.step, 0.5 + p.done / Math.max(1, p.total) / 2) });
      }
    } catch (error) {
      this.update({ problem: { action: 'setUp', failure: bankFailure(error) } });
      return;
    }
    await this.load();
  }

  get editable(): boolean {
    return Boolean(this.state.access?.canEdit);
  }

  // Navigation and panels: view state the container would otherwise hold.
  setTab(tab: BankTab): void {
    this.update({ tab });
    if (tab === 'resources' && !this.state.resources) void this.loadResources();
  }
  selectSection(key: string): void { this.update({ selectedSection: key, selectedStatement: undefined }); }
  selectStatement(key: string): void { this.update({ selectedStatement: key }); }
  openPanel(panel: BankPanel): void { this.update({ panel }); }
  closePanel(): void { this.update({ panel: { kind: 'none' } }); }
  dismissNotice(): void { this.update({ published: undefined }); }

  /** The section shown: the one chosen, else the first active one. */
  get sectionKey(): string | undefined {
    const bank = this.state.bank;
    if (!bank) return undefined;
    return this.state.selectedSection ?? [...bank.sections].filter(s => !s.working.retired).sort((a, b) => a.working.order - b.working.order)[0]?.key;
  }

  // The officer's edits, each applied at once and saved.
  addStatement(input: StatementInput): void {
    this.edit('edit', bank => {
      const added = addStatement(bank, input);
      this.update({ selectedStatement: added.key, selectedSection: input.sectionKey });
      return added.bank;
    });
  }
  editStatement(key: string, patch: Partial<Omit<StatementContent, 'order' | 'retired' | 'sectionKey'>>): void {
    this.edit('edit', bank => editStatement(bank, key, patch));
  }
  retireStatement(key: string, retire: boolean): void {
    this.edit('edit', bank => (retire ? retireStatement(bank, key) : restoreStatement(bank, key)));
  }
  moveStatement(key: string, delta: -1 | 1): void {
    this.edit('edit', bank => {
      const statement = bank.statements.find(s => s.key === key);
      if (!statement) return bank;
      const index = statementsOfSection(bank, statement.working.sectionKey).findIndex(s => s.key === key);
      return moveStatement(bank, key, index + delta);
    });
  }
  addSection(input: SectionInput): void {
    this.edit('edit', bank => {
      const added = addSection(bank, input);
      this.update({ selectedSection: added.key });
      return added.bank;
    });
  }
  editSection(key: string, patch: Partial<Pick<SectionContent, 'title' | 'summary' | 'audience'>>): void {
    this.edit('edit', bank => editSection(bank, key, patch));
  }
  moveSection(key: string, delta: -1 | 1): void {
    this.edit('edit', bank => moveSection(bank, key, [...bank.sections].sort((a, b) => a.working.order - b.working.order).findIndex(s => s.key === key) + delta));
  }
  retireSection(key: string): void {
    this.edit('edit', bank => {
      const next = retireSection(bank, key);
      this.update({ selectedSection: undefined });
      return next;
    });
  }
  saveTemplate(key: string, content: TemplateContent): void {
    this.edit('edit', bank => saveTemplate(bank, key, content).bank);
  }

  /** Resolves when every edit made so far has been saved (or has failed). */
  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  /** Publishes the saved working copies as a release; false (with the problem in state) when it was refused or failed. */
  async publish(label: string, notes: string): Promise<boolean> {
    await this.idle();
    return this.step('publish', async bank => {
      const result = await this.service.publish(bank, label, notes);
      this.show(result.bank);
      this.update({ published: result.release, panel: { kind: 'none' } });
    });
  }

  /** Finishes the release a previous session left half-published. */
  async resumeRelease(): Promise<boolean> {
    await this.idle();
    return this.step('resume', async bank => this.show(await this.service.resumeRelease(bank)));
  }

  /** The bank as a content pack, for the caller to download; undefined when it failed (the problem is in state). */
  async exportPack(meta: { title: string; source: string }): Promise<ContentPack | undefined> {
    await this.idle();
    let pack: ContentPack | undefined;
    await this.step('export', async bank => { pack = await this.service.exportPack(bank, meta); });
    return pack;
  }

  /** What importing `pack` would change. Throws: the import panel shows its own failure. */
  async previewImport(pack: ContentPack): Promise<ImportPlan> {
    await this.idle();
    return this.service.previewImport(this.requireSaved(), pack);
  }

  /** Imports a pack (optionally publishing it); returns how many items it wrote. Throws: the panel shows its own failure. */
  async importPack(pack: ContentPack, options: ImportOptions): Promise<number> {
    await this.idle();
    const result = await this.service.importPack(this.requireSaved(), pack, options);
    this.show(result.bank);
    this.update({ resources: undefined });
    return result.written;
  }

  /** A statement's published versions (for the detail pane). */
  history(key: string): Promise<StatementVersion[]> {
    return this.service.statementHistory(this.requireSaved(), key);
  }

  async loadResources(): Promise<void> {
    try {
      this.update({ resources: await this.service.resources() });
    } catch (error) {
      this.update({ resources: [], problem: { action: 'load', failure: bankFailure(error) } });
    }
  }

  /** Shows a bank read or saved from the server, and what it says about interrupted releases. */
  private show(bank: Bank): void {
    this.saved = bank;
    this.update({ bank, interrupted: bank.releases.find(r => r.interrupted) });
  }

  private requireSaved(): Bank {
    if (!this.saved) throw new Error('The bank is not loaded yet.');
    return this.saved;
  }

  private async step(action: BankAction, run: (bank: Bank) => Promise<void>): Promise<boolean> {
    try {
      await run(this.requireSaved());
      if (this.state.problem?.action === action) this.update({ problem: undefined });
      return true;
    } catch (error) {
      this.update({ problem: { action, failure: bankFailure(error) } });
      return false;
    }
  }

  /** Applies an edit on screen at once, then saves; a refused edit changes nothing and says why. */
  private edit(action: BankAction, command: (bank: Bank) => Bank): void {
    const bank = this.state.bank;
    if (!bank || !this.editable) return;
    let next: Bank;
    try {
      next = command(bank);
    } catch (error) {
      this.update({ problem: { action, failure: bankFailure(error) } });
      return;
    }
    if (next === bank) return;
    this.edits++;
    this.update({ bank: next, saving: true, problem: undefined });
    if (!this.flushing) this.flushing = this.flush().finally(() => { this.flushing = undefined; });
  }

  /** Saves edits in order, each diffed against the last saved bank, until none is left; a failure reads the truth again. */
  private async flush(): Promise<void> {
    try {
      while (this.sent < this.edits) {
        const target = this.edits;
        const after = this.state.bank as Bank;
        const saved = await this.service.save(this.requireSaved(), after);
        this.saved = saved;
        this.sent = target;
        // Edits made while this save was out keep their content and take the new ETags.
        this.update({ bank: this.state.bank === after ? saved : carryStored(saved, this.state.bank as Bank) });
      }
      this.update({ saving: false });
    } catch (error) {
      const failure = bankFailure(error);
      this.sent = this.edits;
      this.update({ saving: false, problem: { action: 'save', failure } });
      try {
        this.show(await this.service.load());
      } catch (reloadError) {
        this.update({ problem: { action: 'load', failure: bankFailure(reloadError) } });
      }
    }
  }
}
