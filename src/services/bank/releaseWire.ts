import type { ReleaseChange, ReleaseRecord } from '../../domain/bank/BankModel';

/** A release's item in the "Bank Releases" library (its file holds the changes). */
export interface ReleaseItem {
  Id: number;
  'odata.etag'?: string;
  Title: string | null;
  ReleaseNumber: number;
  ReleaseNotes: string | null;
  ReleaseStatus: string | null;
  ChangeCount: number | null;
  /** Where schools mail report packs (bank 2026.3 and later; absent on a library set up before, until set up again). */
  ReportAddress?: string | null;
  Created: string;
  FileRef: string;
  Author?: { Title: string };
}

/**
 * The columns of a release read with the bank. `latestRelease` (the school's first screen) reads these without
 * `ReportAddress`, so a bank set up before that column existed still opens; `load`, `loadPublished` and
 * `reportAddress` read it, as the 2026.2 columns are read (an outdated bank is set up again: `BankService.access`).
 */
export const RELEASE_SELECT = ['Id', 'Title', 'ReleaseNumber', 'ReleaseNotes', 'ReleaseStatus', 'ChangeCount', 'Created', 'FileRef', 'Author/Title'];
export const RELEASE_WITH_ADDRESS_SELECT = [...RELEASE_SELECT, 'ReportAddress'];

/** The JSON file of a release: what it changed, with the content each change published. */
export interface ReleaseFile {
  number: number;
  label: string;
  notes: string;
  changes: ReleaseChange[];
}

/** `release-0007.json`: sorted names, one per release number. */
export function releaseFileName(number: number): string {
  return `release-${String(number).padStart(4, '0')}.json`;
}

/** A release's metadata as the domain keeps it (changes load on demand from the file). Who and when are SharePoint's stamps. */
export function toReleaseRecord(item: ReleaseItem): ReleaseRecord {
  return {
    number: item.ReleaseNumber, label: item.Title ?? `Release ${item.ReleaseNumber}`, notes: item.ReleaseNotes ?? '',
    publishedOn: item.Created, publishedBy: item.Author?.Title, changes: [],
    ...(item.ReportAddress ? { reportAddress: item.ReportAddress } : {})
  };
}
