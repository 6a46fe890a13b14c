import type { IList } from '@pnp/sp/lists';
import type { SPFI } from '../pnp';
import { indexingOf, type FieldSchema, type ListSchema } from './ListSchema';
import { inBatches } from '../listItems';

/** The site does not have the app's lists yet, and the caller cannot create them. */
export class ListNotProvisionedError extends Error {
  constructor(readonly missing: string[], readonly siteUrl: string) {
    super(`This site is not set up for e-Safety Policy Hub yet: ${missing.map(m => `"${m}"`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing on ${siteUrl}. A site owner can set it up by opening the app on this site.`);
    this.name = 'ListNotProvisionedError';
  }
}

/** Progress of provisioning, for a progress bar. */
export interface ProvisionProgress {
  done: number;
  total: number;
  step: string;
}

interface FieldInfo {
  InternalName: string;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
}

function addField(list: IList, field: FieldSchema): Promise<unknown> {
  switch (field.type) {
    case 'Text': return list.fields.addText(field.name, { MaxLength: field.maxLength ?? 255 });
    case 'Note': return list.fields.addMultilineText(field.name, {
      RichText: false, NumberOfLines: 6, AppendOnly: false,
      ...(field.unlimitedInLibrary ? { UnlimitedLengthInDocumentLibrary: true } : {})
    });
    case 'Number': return list.fields.addNumber(field.name);
    case 'Boolean': return list.fields.addBoolean(field.name);
    case 'DateTime': return list.fields.addDateTime(field.name);
    case 'Choice': return list.fields.addChoice(field.name, { Choices: field.choices });
    case 'User': return list.fields.addUser(field.name, { SelectionMode: 0 });
  }
}

/**
 * Makes the product's lists and columns from the schema, with the indexes its queries need. Safe to run again:
 * it adds only what is missing. Needs a site owner (SharePoint refuses anyone else with 403).
 */
export class SchemaProvisioner {
  constructor(private readonly sp: SPFI) {}

  /** Which of the schema's lists the site does not have (one request). */
  async missingLists(schema: ListSchema[]): Promise<string[]> {
    const lists = await this.sp.web.lists.select('Title')<{ Title: string }[]>();
    const present = new Set(lists.map(l => l.Title.toLowerCase()));
    return schema.filter(s => !present.has(s.title.toLowerCase())).map(s => s.title);
  }

  /** Creates every list and column that is missing, reporting progress list by list. */
  async provision(schema: ListSchema[], onProgress?: (progress: ProvisionProgress) => void): Promise<{ createdLists: string[]; addedFields: number }> {
    const createdLists: string[] = [];
    let addedFields = 0;
    for (const [index, listSchema] of schema.entries()) {
      onProgress?.({ done: index, total: schema.length, step: listSchema.title });
      // Lists made through REST keep no history unless asked; ensure() also MERGEs this onto a list that exists.
      const settings = listSchema.versioning ? { OnQuickLaunch: true, EnableVersioning: true } : { OnQuickLaunch: true };
      const ensured = await this.sp.web.lists.ensure(listSchema.title, listSchema.description, listSchema.template, false, settings);
      if (ensured.created) createdLists.push(listSchema.title);
      addedFields += await this.ensureFields(ensured.list, listSchema.title, listSchema.fields);
    }
    onProgress?.({ done: schema.length, total: schema.length, step: 'Done' });
    return { createdLists, addedFields };
  }

  private async ensureFields(list: IList, title: string, fields: FieldSchema[]): Promise<number> {
    const existing = await list.fields.select('InternalName', 'Indexed', 'EnforceUniqueValues')<FieldInfo[]>();
    const byName = new Map(existing.map(f => [f.InternalName, f]));
    const missing = fields.filter(f => !byName.has(f.name));
    // New columns are created under their internal name (so it has no spaces), then given their display name.
    await inBatches(this.sp, missing.map(field => (batched: SPFI) => addField(batched.web.lists.getByTitle(title), field)));
    const updates = fields.flatMap(field => {
      const current = byName.get(field.name);
      const { indexed } = indexingOf(field);
      const patch: Record<string, unknown> = {};
      if (!current) patch.Title = field.title;
      if (indexed && !current?.Indexed) patch.Indexed = true;
      return Object.keys(patch).length > 0 ? [(batched: SPFI) => batched.web.lists.getByTitle(title).fields.getByInternalNameOrTitle(field.name).update(patch, 'SP.Field')] : [];
    });
    await inBatches(this.sp, updates);
    // A library column made before the product asked for unlimited length gets it now, by MERGE on the field
    // (pnp/pnpjs#2599); the property lives on SP.FieldMultiLineText, so the update names that type.
    const unlimited = fields.filter(field => byName.has(field.name) && field.type === 'Note' && field.unlimitedInLibrary)
      .map(field => (batched: SPFI) => batched.web.lists.getByTitle(title).fields.getByInternalNameOrTitle(field.name).update({ UnlimitedLengthInDocumentLibrary: true }, 'SP.FieldMultiLineText'));
    await inBatches(this.sp, unlimited);
    // SharePoint accepts unique values only on a column that is already indexed: a second round.
    const uniques = fields.filter(field => indexingOf(field).unique && !byName.get(field.name)?.EnforceUniqueValues)
      .map(field => (batched: SPFI) => batched.web.lists.getByTitle(title).fields.getByInternalNameOrTitle(field.name).update({ EnforceUniqueValues: true }, 'SP.Field'));
    await inBatches(this.sp, uniques);
    return missing.length;
  }
}
