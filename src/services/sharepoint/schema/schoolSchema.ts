import type { ListSchema } from './ListSchema';

/** The school site's list titles: code, tests and tools rely on these names. */
export const SCHOOL_LISTS = {
  profile: 'School Profile',
  drafts: 'Policy Drafts',
  blocks: 'Draft Blocks',
  comments: 'Draft Comments',
  presence: 'Draft Presence',
  rounds: 'Approval Rounds',
  decisions: 'Approval Decisions',
  activity: 'Activity',
  policies: 'Policies',
  snapshots: 'Approval Snapshots'
} as const;

/** The school site's lists. */
export const SCHOOL_SCHEMA: ListSchema[] = [
  {
    title: SCHOOL_LISTS.profile, description: "The school's details: every document's merge fields come from here.", template: 100,
    fields: [
      { name: 'SchoolSetting', title: 'Setting', type: 'Choice', choices: ['EarlyYears', 'Primary', 'Secondary', 'Special', 'Post16'] },
      { name: 'HeadteacherName', title: 'Headteacher', type: 'Text' },
      { name: 'DSLName', title: 'Designated safeguarding lead', type: 'Text' },
      { name: 'DeputyDSLName', title: 'Deputy DSL', type: 'Text' },
      { name: 'OnlineSafetyLead', title: 'Online safety lead', type: 'Text' },
      { name: 'ChairOfGovernors', title: 'Chair of governors', type: 'Text' },
      { name: 'LinkGovernor', title: 'Link governor', type: 'Text' },
      { name: 'ITServiceProvider', title: 'IT service provider', type: 'Text' },
      { name: 'SchoolWebsite', title: 'Website', type: 'Text' },
      { name: 'SchoolAddress', title: 'Address', type: 'Note' },
      { name: 'SchoolPhone', title: 'Phone', type: 'Text' },
      { name: 'SchoolEmail', title: 'E-mail', type: 'Text' },
      { name: 'LocalAuthority', title: 'Local authority', type: 'Text' },
      { name: 'ReviewPeriodMonths', title: 'Review period (months)', type: 'Number' },
      { name: 'ApproversGroup', title: 'Approvers group', type: 'Text' },
      { name: 'ApprovalRule', title: 'Approval rule', type: 'Choice', choices: ['All', 'Majority', 'Any'] }
    ]
  },
  {
    title: SCHOOL_LISTS.drafts, description: "The school's drafts: policies, acceptable use agreements, letters and risk assessments.", template: 100,
    fields: [
      { name: 'DocumentKind', title: 'Kind', type: 'Choice', choices: ['Policy', 'Aup', 'Letter', 'RiskAssessment'], indexed: true },
      { name: 'TemplateKey', title: 'Template', type: 'Text' },
      { name: 'TemplateVersion', title: 'Template version', type: 'Number' },
      { name: 'SchoolSetting', title: 'Setting', type: 'Text', maxLength: 50 },
      { name: 'Audience', title: 'Audience', type: 'Text', maxLength: 50 },
      { name: 'BankRelease', title: 'Bank release', type: 'Text', maxLength: 100 },
      { name: 'DraftSections', title: 'Sections', type: 'Note' },
      { name: 'Preamble', title: 'Preamble', type: 'Note' },
      { name: 'ReviewDate', title: 'Review date', type: 'DateTime' },
      { name: 'DraftOwner', title: 'Owner', type: 'User' },
      { name: 'Archived', title: 'Archived', type: 'Boolean' },
      // Atomic creation (SchoolService.createDraft): the creating client's key, unique so a retried creation finds
      // the draft it started instead of making a second one; `CreationPending` is true until every block is saved,
      // and lists hide such drafts. Drafts made before these columns existed read null: complete.
      { name: 'CreationKey', title: 'Creation key', type: 'Text', maxLength: 64, unique: true },
      { name: 'CreationPending', title: 'Being created', type: 'Boolean' },
      // How many parts the draft's blocks are spread over (see DraftPart on Draft Blocks); null or 1: one part.
      { name: 'BlockParts', title: 'Block parts', type: 'Number' }
    ]
  },
  {
    title: SCHOOL_LISTS.blocks, description: 'One item per statement of a draft, so co-editors collide only on the same statement.', template: 100,
    // The statement history panel reads each block's versions (SchoolService.blockHistory).
    versioning: true,
    fields: [
      { name: 'DraftId', title: 'Draft', type: 'Number', indexed: true },
      // `<draft id>/<part>`: a draft of more than a few thousand blocks is read part by part, because SharePoint
      // refuses a query on a list over 5,000 items whose first indexed clause matches more than 5,000 (even paged:
      // pnp/pnpjs#1158 "by design", SharePoint/sp-dev-docs#5291). See src/services/drafts/blockParts.ts.
      { name: 'DraftPart', title: 'Draft part', type: 'Text', maxLength: 50, indexed: true },
      { name: 'BlockKey', title: 'Block key', type: 'Text', maxLength: 255, unique: true },
      { name: 'BlockKind', title: 'Kind', type: 'Choice', choices: ['Statement', 'Custom', 'Paragraph', 'RiskRow'] },
      { name: 'SectionKey', title: 'Section', type: 'Text', maxLength: 100 },
      { name: 'SortOrder', title: 'Order', type: 'Number' },
      { name: 'SourceKey', title: 'Bank statement', type: 'Text', maxLength: 255 },
      { name: 'SourceVersion', title: 'Bank version', type: 'Number' },
      { name: 'BaseText', title: "Bank's wording", type: 'Note' },
      { name: 'BlockText', title: 'Wording', type: 'Note' },
      { name: 'Included', title: 'Included', type: 'Boolean' },
      { name: 'Mandatory', title: 'Mandatory', type: 'Boolean' },
      { name: 'BlockNote', title: 'Note', type: 'Note' },
      { name: 'RiskFields', title: 'Risk fields', type: 'Note' },
      { name: 'Removed', title: 'Removed', type: 'Boolean' }
    ]
  },
  {
    title: SCHOOL_LISTS.comments, description: 'Comment threads on the statements of drafts.', template: 100,
    fields: [
      { name: 'DraftId', title: 'Draft', type: 'Number', indexed: true },
      { name: 'BlockKey', title: 'Block key', type: 'Text', maxLength: 255 },
      { name: 'CommentText', title: 'Comment', type: 'Note' },
      { name: 'ParentCommentId', title: 'Reply to', type: 'Number' },
      { name: 'Resolved', title: 'Resolved', type: 'Boolean' }
    ]
  },
  {
    title: SCHOOL_LISTS.presence, description: "Who is in a draft and which statement they are editing (short leases that lapse on their own).", template: 100,
    fields: [
      { name: 'DraftId', title: 'Draft', type: 'Number', indexed: true },
      { name: 'EditingBlock', title: 'Editing', type: 'Text', maxLength: 255 }
    ]
  }
,
  {
    title: SCHOOL_LISTS.rounds, description: 'Approval rounds: a frozen snapshot of a draft put to the approvers. Added by the draft owner; only site owners may change one.', template: 100,
    fields: [
      { name: 'DraftId', title: 'Draft', type: 'Number', indexed: true },
      { name: 'RoundNumber', title: 'Round', type: 'Number' },
      { name: 'SnapshotHash', title: 'Snapshot hash', type: 'Text', maxLength: 64 },
      { name: 'SnapshotUrl', title: 'Snapshot', type: 'Note' },
      { name: 'DueDate', title: 'Due', type: 'DateTime' },
      // A withdrawal is an item of this list naming an earlier round: ids only grow, so it cannot pre-empt one.
      { name: 'WithdrawsRound', title: 'Withdraws round', type: 'Number' }
    ]
  },
  {
    title: SCHOOL_LISTS.decisions, description: "Approvers' decisions. Only approvers may add one; nobody but site owners may change or delete one.", template: 100,
    fields: [
      { name: 'RoundId', title: 'Round', type: 'Number', indexed: true },
      { name: 'DraftId', title: 'Draft', type: 'Number', indexed: true },
      { name: 'Decision', title: 'Decision', type: 'Choice', choices: ['Approve', 'RequestChanges'] },
      { name: 'DecisionComment', title: 'Comment', type: 'Note' },
      { name: 'SnapshotHash', title: 'Snapshot hash', type: 'Text', maxLength: 64 }
    ]
  },
  {
    title: SCHOOL_LISTS.activity, description: 'What happened to each document, who did it and when. Append-only.', template: 100,
    fields: [
      { name: 'DraftId', title: 'Draft', type: 'Number', indexed: true },
      { name: 'RoundId', title: 'Round', type: 'Number' },
      { name: 'ActivityKind', title: 'What', type: 'Choice', choices: ['Created', 'Submitted', 'Notified', 'Decided', 'Withdrawn', 'Reminded', 'Approved', 'ChangesRequested', 'Published'] },
      { name: 'Details', title: 'Details', type: 'Note' },
      // A claim only one writer can win (ReviewReminderService): SharePoint refuses a second item with the same key
      // (SPDuplicateValuesFoundException; "Enforcing Uniqueness in Column Values", learn.microsoft.com ee536168,
      // case-insensitive). Other entries leave it empty, as drafts leave CreationKey empty.
      { name: 'ActivityKey', title: 'Key', type: 'Text', maxLength: 255, unique: true }
    ]
  },
  {
    title: SCHOOL_LISTS.snapshots, description: 'The frozen content of each approval round, exactly as the approvers saw it.', template: 101,
    fields: [
      { name: 'DraftId', title: 'Draft', type: 'Number', indexed: true },
      { name: 'RoundNumber', title: 'Round', type: 'Number' },
      { name: 'SnapshotHash', title: 'Snapshot hash', type: 'Text', maxLength: 64 }
    ]
  }
,
  {
    title: SCHOOL_LISTS.policies, description: "The school's published documents as Word files, with their version, approval and review dates. Earlier versions stay in each file's version history.", template: 101,
    // The description promises earlier versions in each file's history: the library must keep them.
    versioning: true,
    fields: [
      { name: 'DraftId', title: 'Draft', type: 'Number', indexed: true },
      { name: 'DocumentKind', title: 'Kind', type: 'Choice', choices: ['Policy', 'Aup', 'Letter', 'RiskAssessment'] },
      { name: 'DocumentVersion', title: 'Version', type: 'Text', maxLength: 20 },
      { name: 'ApprovedOn', title: 'Approved on', type: 'DateTime' },
      { name: 'ReviewDate', title: 'Review by', type: 'DateTime', indexed: true },
      { name: 'RoundNumber', title: 'Approval round', type: 'Number' },
      { name: 'SnapshotUrl', title: 'Approved snapshot', type: 'Note', unlimitedInLibrary: true }
    ]
  }
];
