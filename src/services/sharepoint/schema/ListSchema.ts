/**
 * The lists the product keeps, described once in code. The provisioner makes them on first use by a site
 * owner; services read and write them by these names. Internal names have no spaces, so REST uses them as is.
 */
export type FieldSchema =
  | { name: string; title: string; type: 'Text'; maxLength?: number; indexed?: boolean; unique?: boolean }
  | { name: string; title: string; type: 'Note' }
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
  fields: FieldSchema[];
}

/** Whether a field needs an index (for the list view threshold) and whether its values must be unique. */
export function indexingOf(field: FieldSchema): { indexed: boolean; unique: boolean } {
  const withIndex = field as { indexed?: boolean; unique?: boolean };
  return { indexed: Boolean(withIndex.indexed || withIndex.unique), unique: Boolean(withIndex.unique) };
}
