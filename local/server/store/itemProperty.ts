import type { ListItemRecord } from './model';

/**
 * Reads one property of an item as SharePoint exposes it: the built-in columns live on the record,
 * everything else in `values` (lookups and people as `<Name>Id`).
 */
export function readItemProperty(item: ListItemRecord, property: string): unknown {
  switch (property) {
    case 'Id':
    case 'ID': return item.Id;
    case 'GUID': return item.GUID;
    case 'AuthorId': return item.AuthorId;
    case 'EditorId': return item.EditorId;
    case 'Created': return item.Created;
    case 'Modified': return item.Modified;
    case 'OData__UIVersionString': return `${item.uiVersion}.0`;
    case 'FileLeafRef': return item.file?.Name ?? item.values.Title ?? null;
    case 'FileRef': return item.file?.ServerRelativeUrl ?? null;
    default: return item.values[property] ?? null;
  }
}
