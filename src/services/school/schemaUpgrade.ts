import { SCHOOL_LISTS } from '../sharepoint/schema/schoolSchema';

/**
 * Columns the product added to lists after sites were first set up, by list. A site that lacks one counts the list
 * as not set up (`SchoolAccess.missingLists`), so the app asks an owner to run setup again, which adds the columns
 * (SchemaProvisioner adds only what is missing). Reading or writing a column a list lacks fails the whole request.
 */
export const UPGRADE_COLUMNS: Record<string, string[]> = {
  [SCHOOL_LISTS.drafts]: ['CreationKey', 'CreationPending', 'BlockParts'],
  [SCHOOL_LISTS.blocks]: ['DraftPart'],
  // Review reminders claim their stage with a unique key (issue 17): without it, reminders could go twice.
  [SCHOOL_LISTS.activity]: ['ActivityKey']
};

/**
 * The lists (in UPGRADE_COLUMNS order) whose read columns lack one the product needs; a list whose columns could
 * not be read (undefined: the list itself is missing, reported as such) is left out.
 */
export function missingColumnsOf(readColumns: ({ InternalName: string }[] | undefined)[]): string[] {
  return Object.entries(UPGRADE_COLUMNS).flatMap(([title, needed], index) => {
    const columns = readColumns[index];
    if (!columns) return [];
    const present = new Set(columns.map(c => c.InternalName));
    return needed.some(name => !present.has(name)) ? [title] : [];
  });
}
