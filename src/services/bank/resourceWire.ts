import type { ResourceKind } from '../../domain/content/ContentPack';
import type { ResourceItem } from './IBankService';

/** A file of the bank's "Resources" library with its columns. */
export interface ResourceWireItem {
  Id: number;
  Title: string | null;
  FileLeafRef: string;
  FileRef: string;
  ResourceKey: string | null;
  ResourceKind: string | null;
  Audience: string | null;
  PrintNotes: string | null;
  ResourceDescription: string | null;
  ResourceLines: string | null;
  ContentHash: string | null;
}

export const RESOURCE_SELECT = ['Id', 'Title', 'FileLeafRef', 'FileRef', 'ResourceKey', 'ResourceKind', 'Audience', 'PrintNotes', 'ResourceDescription', 'ResourceLines', 'ContentHash'];

const KINDS: ResourceKind[] = ['Poster', 'Flowchart', 'Guidance'];

function parseLines(text: string | null): string[] {
  try {
    const lines = JSON.parse(text ?? '[]') as unknown;
    return Array.isArray(lines) ? lines.filter((l): l is string => typeof l === 'string') : [];
  } catch {
    return [];
  }
}

/** A library item as the app shows it (files added by hand, without our columns, still show by name). */
export function toResourceItem(item: ResourceWireItem): ResourceItem {
  return {
    key: item.ResourceKey ?? item.FileLeafRef, title: item.Title || item.FileLeafRef,
    kind: KINDS.includes(item.ResourceKind as ResourceKind) ? (item.ResourceKind as ResourceKind) : 'Guidance',
    audience: item.Audience ?? '', printNotes: item.PrintNotes ?? '', description: item.ResourceDescription ?? '',
    fileName: item.FileLeafRef, url: item.FileRef, lines: parseLines(item.ResourceLines), contentHash: item.ContentHash ?? ''
  };
}
