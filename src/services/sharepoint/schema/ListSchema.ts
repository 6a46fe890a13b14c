/**
 * The lists the product keeps, described once in code. The provisioner makes them on first use by a site
 * owner; services read and write them by these names. Internal names have no spaces, so REST uses them as is.
 */
export type FieldSchema =
  | { name: string; title: string; type: 'Text'; maxLength?: number; indexed?: boolean; unique?: boolean }
  /**
   * Multi-line text. In a document library SharePoint caps it at 255 characters unless `unlimitedInLibrary` is set
   * (SP.FieldMultiLineText.UnlimitedLengthInDocumentLibrary); in a list it is not capped that way.
   */
  | { name: string; title: string; type: 'Note'; unlimitedInLibrary?: boolean }
  | { name: string; title: string; type: 'Number'; indexed?: boolean }
  | { name: string; title: string; type: 'Boolean' }
  | { name: string; title: string; type: 'DateTime'; indexed?: boolean }
  | { name: string; title: string; type: 'Choice'; choices: string[]; indexed?: boolean }
  | { name: string; title: string; type: 'User'; indexed?: boolean };

/** A list or library and its columns. */
export interface ListSchema {
  title: string;
  description: string;
  /** 100: list, 101: document library. */
  template: 100 | 101;
  /**
   * Keep item (and file) history. Lists made through REST are not versioned unless asked, so every list whose
   * history the product reads or promises must say so here.
   */
  versioning?: boolean;
  fields: FieldSchema[];
}

/** The most characters a single line of text (Text) column holds in SharePoint, whatever its MaxLength. */
export const TEXT_COLUMN_LIMIT = 255;

/** How many characters a column accepts in its list, or undefined when SharePoint does not cap it this way. */
export function columnLimit(list: ListSchema, field: FieldSchema): number | undefined {
  if (field.type === 'Text') return Math.min(field.maxLength ?? TEXT_COLUMN_LIMIT, TEXT_COLUMN_LIMIT);
  if (field.type === 'Note' && list.template === 101 && !field.unlimitedInLibrary) return TEXT_COLUMN_LIMIT;
  return undefined;
}

/** Whether a field needs an index (for the list view threshold) and whether its values must be unique. */
export function indexingOf(field: FieldSchema): { indexed: boolean; unique: boolean } {
  const withIndex = field as { indexed?: boolean; unique?: boolean };
  return { indexed: Boolean(withIndex.indexed || withIndex.unique), unique: Boolean(withIndex.unique) };
}
