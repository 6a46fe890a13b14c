import type { Bank, ReleaseChange, ReleaseRecord } from '../../domain/bank/BankModel';
import { publishRelease } from '../../domain/bank/releasePlan';
import { reportAddressOf } from '../../domain/register/reportAddress';
import { AppError } from '../errors/AppError';
import type { SPFI } from '../sharepoint/pnp';
import { Filter } from '../sharepoint/odataFilter';
import { settleInBatches } from '../sharepoint/listItems';
import { BANK_LISTS } from '../sharepoint/schema/bankSchema';
import { fitColumns } from '../sharepoint/schema/columnLimits';
import { entitiesOf, LIST_OF, patchEntities, withPublished, type Content } from './bankEntities';
import { BANK_ERRORS, saveError } from './bankErrors';
import { publishedColumns } from './bankWire';
import { releaseFileName, type ReleaseFile } from './releaseWire';

/**
 * Publishing releases and finishing interrupted ones. A release is written first as a file marked "Publishing", then
 * the published copies (each MERGE with the ETag the bank carries), then it is marked "Published": a session that
 * stops half-way leaves a release the next `load` reports as interrupted, and `resume` finishes it.
 */
export class ReleasePublisher {
  /** Release files never change once written: a cache of them changes no outcome, it only saves reads. */
  private readonly files = new Map<number, ReleaseFile>();

  constructor(private readonly sp: SPFI) {}

  async publish(bank: Bank, label: string, notes: string): Promise<{ bank: Bank; release: ReleaseRecord }> {
    const interrupted = bank.releases.find(r => r.interrupted);
    if (interrupted) {
      throw new AppError('conflict', BANK_ERRORS.releaseInterrupted, `Release ${interrupted.number} ("${interrupted.label}") is still being published; finish it first.`, { values: [interrupted.label] });
    }
    // The report address in force carries onto the new release, which becomes the newest (see `reportAddressOf`).
    const carried = reportAddressOf(bank.releases);
    const made = publishRelease(bank, label, notes);
    const release: ReleaseRecord = carried ? { ...made.release, reportAddress: carried } : made.release;
    const next: Bank = { ...made.bank, releases: made.bank.releases.map(r => (r.number === release.number ? release : r)) };
    const file: ReleaseFile = { number: release.number, label: release.label, notes: release.notes, changes: release.changes };
    const folder = this.sp.web.lists.getByTitle(BANK_LISTS.releases).rootFolder;
    const columns = fitColumns(BANK_LISTS.releases, { Title: release.label, ReleaseNumber: release.number, ReleaseNotes: release.notes, ReleaseStatus: 'Publishing', ChangeCount: release.changes.length, ...(carried ? { ReportAddress: carried } : {}) });
    const added = await folder.files.addUsingPath(releaseFileName(release.number), JSON.stringify(file), { Overwrite: false }) as { ServerRelativeUrl: string };
    const item = await this.sp.web.getFileByServerRelativePath(added.ServerRelativeUrl).getItem<{ Id: number }>('Id');
    await item.update(columns);
    this.files.set(release.number, file);
    const applied = await this.applyPublished(next, release.changes, release.label);
    await this.sp.web.lists.getByTitle(BANK_LISTS.releases).items.getById(item.Id).update({ ReleaseStatus: 'Published' });
    return { bank: applied, release };
  }

  async resume(bank: Bank): Promise<Bank> {
    let next = bank;
    for (const release of bank.releases.filter(r => r.interrupted).sort((a, b) => a.number - b.number)) {
      const { item, file } = await this.releaseItem(release.number);
      const pending = file.changes.filter(change => {
        const entity = entitiesOf(next, change.entity).find(e => e.key === change.key);
        return !entity?.published || entity.published.version < change.toVersion;
      });
      next = await this.applyPublished(withPublished(next, pending, file.label), pending, file.label);
      await this.sp.web.lists.getByTitle(BANK_LISTS.releases).items.getById(item.Id).update({ ReleaseStatus: 'Published' });
      next = { ...next, releases: next.releases.map(r => (r.number === release.number ? { ...r, interrupted: undefined } : r)) };
    }
    return next;
  }

  /** The file of a release (its changes and their content). */
  async releaseFile(number: number): Promise<ReleaseFile> {
    return this.files.get(number) ?? (await this.releaseItem(number)).file;
  }

  /**
   * Writes the published copies of `changes`, each with the ETag its entity in `bank` carries, and returns `bank`
   * with the new ETags. A 412 (someone saved in between) leaves the release interrupted, for `resume`.
   */
  private async applyPublished(bank: Bank, changes: ReleaseChange[], label: string): Promise<Bank> {
    const targets = changes.map(change => ({ change, entity: entitiesOf(bank, change.entity).find(e => e.key === change.key) }));
    const runs = targets.map(({ change, entity }) => async (b: SPFI): Promise<string> => {
      if (entity?.itemId === undefined || !entity.etag) {
        throw new AppError('conflict', BANK_ERRORS.saveConflict, `"${change.key}" is not saved yet (or was read without its ETag): load the bank again.`);
      }
      const columns = publishedColumns({ version: change.toVersion, content: change.content as Content & { retired: boolean }, releaseLabel: label });
      return (await b.web.lists.getByTitle(LIST_OF[change.entity]).items.getById(entity.itemId).update(columns, entity.etag)).etag;
    });
    const settled = await settleInBatches(this.sp, runs);
    const failures = settled.flatMap(r => (r.status === 'rejected' ? [{ error: r.reason as unknown }] : []));
    if (failures.length > 0) throw saveError(failures, runs.length);
    return patchEntities(bank, settled.map((result, index) => ({
      entity: changes[index].entity, key: changes[index].key, patch: { etag: (result as PromiseFulfilledResult<string>).value }
    })));
  }

  private async releaseItem(number: number): Promise<{ item: { Id: number }; file: ReleaseFile }> {
    const items = await this.sp.web.lists.getByTitle(BANK_LISTS.releases).items.select('Id', 'FileRef').filter(Filter.eq('ReleaseNumber', number)).top(1)<{ Id: number; FileRef: string }[]>();
    if (!items[0]) {
      throw new AppError('notFound', BANK_ERRORS.releaseFileMissing, `Release ${number} has no file in "${BANK_LISTS.releases}".`, { values: [number] });
    }
    const cached = this.files.get(number);
    if (cached) return { item: items[0], file: cached };
    const file = JSON.parse(await this.sp.web.getFileByServerRelativePath(items[0].FileRef).getText()) as ReleaseFile;
    this.files.set(number, file);
    return { item: items[0], file };
  }
}
