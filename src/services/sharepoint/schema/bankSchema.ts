import type { ListSchema } from './ListSchema';

/** The bank site's list titles: code, tests and tools rely on these names. */
export const BANK_LISTS = {
  sections: 'Bank Sections',
  statements: 'Bank Statements',
  releases: 'Bank Releases',
  templates: 'Templates',
  resources: 'Resources'
} as const;

/** Columns every versioned bank entity has: its working copy flags and the copy schools read. */
const versionedColumns = [
  { name: 'SortOrder', title: 'Order', type: 'Number' as const },
  { name: 'Retired', title: 'Retired', type: 'Boolean' as const },
  { name: 'PublishedVersion', title: 'Published version', type: 'Number' as const, indexed: true },
  { name: 'PublishedJson', title: 'Published copy', type: 'Note' as const }
];

/** The bank site's lists. */
export const BANK_SCHEMA: ListSchema[] = [
  {
    title: BANK_LISTS.sections, description: 'Sections of the statement bank (policy headings and AUPs).', template: 100,
    fields: [
      { name: 'SectionKey', title: 'Section key', type: 'Text', maxLength: 100, unique: true },
      { name: 'Summary', title: 'Summary', type: 'Note' },
      { name: 'SectionGroup', title: 'Group', type: 'Choice', choices: ['Policy', 'Aup'] },
      { name: 'Audience', title: 'Audience', type: 'Text', maxLength: 50 },
      ...versionedColumns
    ]
  },
  {
    title: BANK_LISTS.statements, description: 'Statements of the bank: working copies and the published copy schools read.', template: 100,
    fields: [
      { name: 'StatementKey', title: 'Statement key', type: 'Text', maxLength: 100, unique: true },
      { name: 'SectionKey', title: 'Section key', type: 'Text', maxLength: 100, indexed: true },
      { name: 'StatementText', title: 'Statement', type: 'Note' },
      { name: 'Guidance', title: 'Guidance for schools', type: 'Note' },
      { name: 'Mandatory', title: 'Mandatory', type: 'Boolean' },
      { name: 'Settings', title: 'Settings', type: 'Text', maxLength: 255 },
      { name: 'Tags', title: 'Tags', type: 'Text', maxLength: 255 },
      { name: 'CheckGuidance', title: 'Check against current guidance', type: 'Boolean' },
      // Notes, not Text: a list's Note column is not capped at 255 characters (TENANT-FACTS, "Lists, fields,
      // versions"), and a statement's references or topics together can pass 255.
      { name: 'GuidanceRefs', title: 'Guidance references', type: 'Note' },
      { name: 'CoverageTopics', title: 'Coverage topics', type: 'Note' },
      ...versionedColumns
    ]
  },
  {
    title: BANK_LISTS.templates, description: 'Policy templates per setting, AUP templates per audience, letters, risk assessments and the incident flowchart.', template: 100,
    fields: [
      { name: 'TemplateKey', title: 'Template key', type: 'Text', maxLength: 100, unique: true },
      { name: 'TemplateKind', title: 'Kind', type: 'Choice', choices: ['Policy', 'Aup', 'Letter', 'RiskAssessment', 'Flowchart'], indexed: true },
      { name: 'Setting', title: 'Setting', type: 'Text', maxLength: 50 },
      { name: 'Audience', title: 'Audience', type: 'Text', maxLength: 50 },
      { name: 'TemplateBody', title: 'Body', type: 'Note' },
      ...versionedColumns
    ]
  },
  {
    title: BANK_LISTS.releases, description: 'Published releases of the bank: one file per release with what changed.', template: 101,
    fields: [
      { name: 'ReleaseNumber', title: 'Release number', type: 'Number', indexed: true },
      { name: 'ReleaseNotes', title: 'Release notes', type: 'Note', unlimitedInLibrary: true },
      { name: 'ReleaseStatus', title: 'Status', type: 'Choice', choices: ['Publishing', 'Published'] },
      { name: 'ChangeCount', title: 'Changes', type: 'Number' },
      // The address schools mail report packs to (issue 18): 254 characters, RFC 5321's cap on a usable address.
      { name: 'ReportAddress', title: 'Report pack address', type: 'Text', maxLength: 254 }
    ]
  },
  {
    title: BANK_LISTS.resources, description: 'Posters, the incident flowchart and guidance for schools.', template: 101,
    fields: [
      { name: 'ResourceKey', title: 'Resource key', type: 'Text', maxLength: 100, indexed: true },
      { name: 'ResourceKind', title: 'Kind', type: 'Choice', choices: ['Poster', 'Flowchart', 'Guidance'] },
      { name: 'Audience', title: 'Audience', type: 'Text', maxLength: 255 },
      { name: 'PrintNotes', title: 'Print notes', type: 'Text', maxLength: 255 },
      { name: 'ResourceDescription', title: 'Description', type: 'Note', unlimitedInLibrary: true },
      { name: 'ResourceLines', title: 'Text of the resource', type: 'Note', unlimitedInLibrary: true },
      { name: 'ContentHash', title: 'Content hash', type: 'Text', maxLength: 64 }
    ]
  }
];
