/**
 * Every string the app shows, in British English. Another language is one more file of this shape
 * (`Strings`), registered in `strings.ts`. Plain TypeScript, so the SPFx build and the workbench bundle
 * resolve it the same way.
 */
export const enGB = {
  appName: 'e-Safety Policy Hub',
  common: {
    /** A short version number: "v3". */
    version: 'v{0}',
    /** A name with its short version number: "Open v3", "Online-safety policy v2". */
    nameVersion: '{0} v{1}',
    /** What a word diff's marks say when pointed at. */
    added: 'Added',
    removed: 'Removed',
    /** A part of the app that loads when first shown (its code is not in the first bundle). */
    loadingPart: 'Loading…',
    partLoadFailed: "This part of the app didn't load. Check your connection, then reload the page."
  },
  shell: {
    greetingMorning: 'Good morning, {0}',
    greetingAfternoon: 'Good afternoon, {0}',
    greetingEvening: 'Good evening, {0}',
    signedInTo: 'You are working in {0}.',
    loading: 'Loading your site…',
    loadFailed: "We couldn't load this site.",
    retry: 'Try again',
    moreCommands: 'More commands',
    technicalDetail: 'Technical detail',
    hideTechnicalDetail: 'Hide technical detail',
    /** The technical detail of a failure that has an HTTP status. */
    technicalDetailStatus: 'HTTP {0}: {1}'
  },
  host: {
    /** The personal app opened without a link naming a school: it runs on the tenant's root site, which is no school's. */
    noSchoolTitle: 'Open a school to start',
    noSchool: "This is your organisation's home site, not a school's. Open e-Safety Policy Hub from your school's Team (its tab in a channel), or from the link in a notification or e-mail.",
    notThisTenantTitle: "This link doesn't point to one of your organisation's sites",
    notThisTenant: 'The link names {0}, which is not a site of this organisation. Ask the person who sent it for a new link.',
    cannotReadTitle: "You can't open the school site this link points to",
    cannotRead: "The link points to {0}, and you don't have access to that site, or it no longer exists. Ask the school's site owner to add you, then open the link again.",
    linksNeedCopying: "We couldn't read this app's id from your organisation's Teams app catalogue (the app's API access may not be approved yet). Links in notifications may not open in Teams: people can copy them into a browser, and the e-mail links work.",
    dismiss: 'Dismiss'
  },
  bank: {
    title: 'Statement bank',
    publishedRelease: 'Published release {0}',
    noRelease: 'Not published yet',
    search: 'Search statements',
    settingFilter: 'Setting',
    tagFilter: 'Tag',
    anySetting: 'Any setting',
    anyTag: 'Any tag',
    sections: 'Sections',
    policySections: 'Policy',
    aupSections: 'Acceptable use agreements',
    searchResults: { one: '{0} statement matches', other: '{0} statements match' },
    noMatches: 'No statements match. Try fewer words, or another setting or tag.',
    mandatory: 'Mandatory',
    newBadge: 'New',
    changedBadge: 'Changed',
    retiredBadge: 'Retired',
    checkBadge: 'Check against guidance',
    version: 'Version {0}',
    unpublished: 'Not yet published',
    guidance: 'Guidance for schools',
    settings: 'Settings',
    tags: 'Tags',
    history: 'History',
    noHistory: 'Published versions appear here.',
    historyEntry: 'Version {0}, release {1}',
    edit: 'Edit',
    moveUp: 'Move up',
    moveDown: 'Move down',
    retire: 'Retire',
    restore: 'Restore',
    newStatement: 'New statement',
    newSection: 'New section',
    publish: 'Publish release',
    publishCount: { one: 'Publish release ({0} change)', other: 'Publish release ({0} changes)' },
    templates: 'Templates',
    resources: 'Resources',
    exportPack: 'Export content pack',
    importPack: 'Import content pack',
    readOnly: "You can read the published bank. Only the e-Safety officer's team can change it.",
    saving: 'Saving…',
    saved: 'All changes saved',
    historyFailed: "We couldn't load this statement's history.",
    changedCount: '{0} changed',
    audiences: {
      EarlyYearsKS1: 'Early years and KS1 pupils', KS2: 'KS2 pupils', KS3to5: 'KS3–5 students', StaffVolunteers: 'Staff and volunteers',
      Governors: 'Governors', Visitors: 'Visitors', ParentsCarers: 'Parents and carers'
    },
    /** A content pack's title, source and (for an unreleased bank) source when exported. */
    exportTitle: '{0} statement bank',
    exportSource: 'Release {0}',
    exportUnreleased: 'Unreleased',
    templateKinds: { Policy: 'Policy templates', Letter: 'Letters', RiskAssessment: 'Risk assessments', Flowchart: 'Incident flowchart' },
    templateStatements: { one: '{0} statement', other: '{0} statements' },
    templateChanged: '{0} (changed)',
    letterTo: 'To: {0} · {1}',
    riskColumns: { risk: 'Risk', mitigation: 'Mitigation' },
    resourceKinds: { Poster: 'Poster', Flowchart: 'Flowchart', Guidance: 'Guidance' },
    resourcesView: {
      audience: 'Audience',
      everyone: 'Everyone',
      for: 'For: {0}',
      printing: 'Printing: {0}',
      download: 'Download {0}'
    },
    editor: {
      titleNew: 'New statement',
      titleEdit: 'Edit statement',
      text: 'Statement',
      textHelp: 'Merge fields such as {{SchoolName}} are filled from each school’s profile.',
      guidance: 'Guidance for schools',
      mandatory: 'Mandatory: schools cannot drop it',
      checkGuidance: 'Check against current guidance before publishing',
      settings: 'Applies to',
      tags: 'Tags (separated by commas)',
      section: 'Section',
      save: 'Save draft',
      cancel: 'Cancel',
      needText: 'Write the statement.',
      unknownField: '{0} is not a merge field the app can fill.',
      needSetting: 'Choose at least one setting.'
    },
    sectionEditor: {
      title: 'New section',
      editTitle: 'Edit section',
      edit: 'Edit section',
      moveUp: 'Move section up',
      moveDown: 'Move section down',
      retire: 'Retire section',
      name: 'Title',
      summary: 'Summary',
      group: 'Belongs to',
      audience: 'Written for',
      save: 'Add section'
    },
    publishPanel: {
      title: 'Publish a release',
      intro: 'Schools see these changes once you publish. Every changed statement gets a new version.',
      nothing: 'Nothing has changed since the last release.',
      label: 'Release label',
      labelHelp: 'For example 2026.2',
      notes: 'Release notes',
      problems: 'Fix these before publishing',
      warnings: 'Check these',
      publish: 'Publish',
      publishing: 'Publishing…',
      published: 'Published release {0}.',
      changeNew: 'New',
      changeChanged: 'Changed',
      changeRetired: 'Retired',
      entitySection: 'Section',
      entityStatement: 'Statement',
      entityTemplate: 'Template',
      changes: 'Changes in this release',
      versions: 'v{0} → v{1}'
    },
    setup: {
      title: 'Set up the statement bank',
      intro: 'This site has no bank yet. Setting it up creates the lists the bank needs and, if you like, imports the starter bank: 16 policy sections, 7 acceptable use agreements, letters, a risk assessment, the incident flowchart and posters.',
      importStarter: 'Import and publish the starter bank',
      start: 'Set up this site',
      working: 'Setting up: {0}',
      notOwner: "This site isn't set up as a statement bank yet, and only a site owner can set it up. Ask an owner of this site to open the app here.",
      starterNotes: 'The starter bank.'
    },
    importPanel: {
      title: 'Import a content pack',
      choose: 'Choose a content pack (.json)',
      preview: '{0} new, {1} changed, {2} unchanged',
      notInPack: { one: '{0} item in this bank is not in the pack; importing leaves it as it is.', other: '{0} items in this bank are not in the pack; importing leaves them as they are.' },
      publishAs: 'Publish as a release after importing',
      import: 'Import',
      importing: 'Importing…',
      done: { one: 'Imported {0} item.', other: 'Imported {0} items.' },
      releaseNotes: 'Imported from "{0}" ({1}), version {2}.',
      entities: { section: 'section', statement: 'statement', template: 'template', resource: 'resource' },
      /** Why a chosen file was refused, by the pack parser's code. Nothing was imported in any of these cases. */
      refused: {
        tooLarge: 'This file is larger than a content pack can be. Check you chose the right file.',
        notJson: "This file isn't a content pack (it isn't valid JSON). Choose the .json file the bank exported.",
        notAPack: "This file is JSON but not an e-Safety Policy Hub content pack. Choose the file the bank exported.",
        unsupportedVersion: 'This pack was made by a newer version of the app. Update the app, or export the pack again from a bank on this version.',
        tampered: "The pack's checksum doesn't match its content: it was changed or damaged after it was exported. Export it again from the bank it came from.",
        invalid: "The pack can't be imported as it is (the technical detail says where). Fix it in the bank it came from, then export it again."
      },
      previewFailed: "We couldn't work out what this pack would change.",
      importFailed: "The import didn't finish. What was written is kept; import the pack again to write the rest."
    },
    /** What failed, by the step the screen was taking. */
    actionFailed: {
      load: "We couldn't load the bank.",
      save: "Your change wasn't saved.",
      publish: "The release wasn't published.",
      resume: "The release couldn't be finished.",
      export: "The content pack wasn't exported.",
      import: "The content pack wasn't imported.",
      setUp: "The bank site wasn't set up.",
      edit: "That change can't be made."
    },
    /** The bank's failure codes (services and domain): what happened and what to do. */
    errorCodes: {
      'bank.saveConflict': 'Someone else saved a change to {0} of these items after you opened the bank, so yours was not saved. The bank now shows their version: make your change again.',
      'bank.saveFailed': "{0} of {1} changes weren't saved. The bank now shows what is saved: make the rest again.",
      'bank.releaseInterrupted': 'Release "{0}" was not finished. Finish it before publishing another.',
      'bank.releaseFileMissing': 'The file of release {0} is missing from the Bank Releases library. Ask a site owner to restore it from the site\'s recycle bin.',
      'bank.releaseRefused': "The release can't be published yet: check its label is new and fix the problems listed.",
      'bank.edit.gone': '"{0}" is no longer in the bank; someone may have removed it. Reload the page.',
      'bank.edit.sectionRetired': 'The section "{0}" is retired: restore it before adding or moving statements into it.',
      'bank.edit.sectionInUse': '"{0}" still has {1} active statements: move or retire them first.',
      'bank.edit.refused': "That change can't be made as it is: check what you typed and try again."
    } as Record<string, string>,
    interrupted: {
      message: 'Publishing release "{0}" stopped before it finished: schools may see only part of it. Finish it now.',
      resume: 'Finish publishing'
    }
  },
  /** The coverage check (what a 2026 policy must cover) and the guidance statements cite. */
  coverage: {
    title: 'What a 2026 policy must cover',
    summary: '{0} of {1} topics covered',
    allCovered: 'This policy covers every topic a 2026 online-safety policy needs.',
    notApplicable: 'The coverage check applies to online-safety policies. Acceptable use agreements, letters and risk assessments are not checked.',
    missingTitle: 'Not covered yet',
    coveredTitle: 'Covered',
    missingHelp: "Add one of the bank's statements for each topic below. Statements you wrote yourselves don't count towards coverage, because the check cannot tell what they cover: if one of yours covers a topic, keep it and record why at your review.",
    noOffers: 'The bank has no statement on this topic for your setting yet. Ask your e-Safety officer, or write your own and record it at your review.',
    coveredBy: 'Covered by {0} of your statements',
    add: 'Add',
    addLabel: 'Add this statement to the policy: {0}',
    mandatory: 'Mandatory',
    /** The bank screen's tab with the bank's own coverage. */
    bankTab: 'Coverage',
    bankTitle: 'What the bank covers',
    bankAllCovered: 'The bank has statements on every topic for every setting.',
    bankGaps: { one: '{0} topic has no statement for some settings. Add or widen statements before the next release.', other: '{0} topics have no statement for some settings. Add or widen statements before the next release.' },
    bankStatements: { one: '{0} statement', other: '{0} statements' },
    bankGap: 'No statement for {0}',
    /** The list of guidance a statement cites. */
    referencesTitle: 'Guidance this statement answers',
    referencePart: ' ({0})',
    opensInNewTab: 'Opens in a new tab',
    topics: {
      'dsl-online-safety-lead': { name: 'The DSL leads on online safety', description: 'The designated safeguarding lead takes lead responsibility for online safety, including filtering and monitoring.' },
      'online-risks-4cs': { name: 'Online risks: the 4 Cs', description: 'Content, contact, conduct and commerce risks, and how staff recognise them.' },
      misinformation: { name: 'Misinformation and conspiracy theories', description: 'Misinformation, disinformation and conspiracy theories treated as content risks, and taught about.' },
      misogyny: { name: 'Misogyny and misogynistic influencers', description: 'How the school challenges misogynistic content and influencers online.' },
      'filtering-monitoring': { name: 'Filtering and monitoring', description: 'Appropriate filtering and monitoring, with named roles, covering every device and user.' },
      'filtering-monitoring-review': { name: 'Yearly filtering and monitoring review', description: 'Filtering and monitoring reviewed at least once every academic year, and when things change.' },
      'cyber-security': { name: 'Cyber security', description: 'The DfE cyber security standards: risk assessment, multi-factor authentication, accounts, training and incident reporting.' },
      'staff-governor-training': { name: 'Training for staff and governors', description: 'Online-safety training at induction and at least yearly, including each person\'s part in filtering and monitoring.' },
      'mobile-phones': { name: 'Mobile phones and smart devices', description: 'Phone-free by default across the school day, staff use of phones, and agreed exceptions.' },
      'generative-ai': { name: 'Generative AI', description: 'Approved AI tools, data protection, age limits, supervision and staff checking AI output.' },
      'ai-in-assessment': { name: 'AI in assessed work', description: 'Exam-board (JCQ) rules on AI in coursework and non-examined assessment.' },
      'nudes-response': { name: 'Responding to nudes and semi-nudes', description: 'Staff never view or share an image and tell the DSL at once; the DSL follows the UKCIS advice.' },
      'deepfakes-sextortion': { name: 'AI-generated images and sextortion', description: 'AI-generated intimate images (deepfakes) and financially motivated sextortion, and how the school responds.' },
      'rshe-curriculum': { name: 'Online safety in RSHE', description: 'The online content of the RSHE guidance that applies from September 2026.' },
      'searching-devices': { name: 'Searching and confiscating devices', description: 'When staff may confiscate or examine a device, and what they never do with suspected images.' },
      'remote-learning': { name: 'Remote learning', description: 'Safe remote education: platforms, one-to-one sessions and safeguarding.' },
      'policy-review': { name: 'Reviewing the policy', description: 'The policy reviewed at least yearly and when guidance, technology or incidents require.' }
    },
    documents: {
      kcsie: 'Keeping children safe in education (DfE statutory guidance)',
      'filtering-monitoring-standards': 'Filtering and monitoring standards for schools and colleges (DfE)',
      'cyber-security-standards': 'Cyber security standards for schools and colleges (DfE)',
      'genai-product-safety': 'Generative AI: product safety expectations (DfE)',
      'genai-in-education': 'Generative artificial intelligence (AI) in education (DfE)',
      'mobile-phones': 'Mobile phones in schools (DfE)',
      'ukcis-sharing-nudes': 'Sharing nudes and semi-nudes: advice for education settings working with children and young people (UKCIS)',
      'ukcis-connected-world': 'Education for a Connected World (UKCIS)',
      rshe: 'Relationships education, relationships and sex education (RSE) and health education (DfE statutory guidance)',
      'searching-confiscation': 'Searching, screening and confiscation (DfE)',
      'jcq-ai': 'AI use in assessments: protecting the integrity of qualifications (JCQ)'
    }
  },
  school: {
    documents: 'Documents',
    bank: 'Statement bank',
    resources: 'Resources',
    profile: 'School profile',
    newDocument: 'New document',
    noDocuments: 'No documents yet. Start with your online-safety policy: choose New document.',
    columns: { title: 'Document', kind: 'Kind', owner: 'Owner', modified: 'Last changed', release: 'Bank release' },
    kinds: { Policy: 'Online-safety policy', Aup: 'Acceptable use agreement', Letter: 'Letter', RiskAssessment: 'Risk assessment' },
    settings: { EarlyYears: 'Early years', Primary: 'Primary', Secondary: 'Secondary', Special: 'Special', Post16: 'Post-16' },
    fillProfile: 'Fill in the school profile',
    editProfile: 'Edit the school profile',
    /** A document started from a template for another setting than the school's (after the setting changed). */
    settingMismatch: 'Written for {0} schools, but your school is set as {1}. Start a new document from the {1} template, or check the setting in the school profile.',
    /** Reviews due soon and overdue, above the documents (plural forms by Intl.PluralRules). */
    reviewsDue: { one: '{0} document is due for review within 60 days.', other: '{0} documents are due for review within 60 days.' },
    reviewsOverdue: { one: '{0} document is overdue for review.', other: '{0} documents are overdue for review.' },
    notSet: 'Not set',
    /** Titles of failures on the school's home (the sentence under each says what to do). */
    failed: {
      saveProfile: "We couldn't save the school profile. What you typed is still here.",
      startDocument: "We couldn't start the document.",
      openPublished: "We couldn't open the published document.",
      startReview: "We couldn't start the next version.",
      resources: "We couldn't load the resources."
    },
    newPanel: {
      title: 'Start a new document',
      intro: 'Choose a template from {0}. Its statements become your draft; you can include, exclude, amend and add your own.',
      fromRelease: 'release {0} of the bank',
      fromBank: 'the bank',
      /** A template to choose: its title and its kind; the one for the school's setting says so. */
      option: '{0} · {1}',
      optionRecommended: '{0} (recommended for your setting) · {1}',
      name: 'Document name',
      duplicateName: 'There is already a document called "{0}". Give this one another name, for example with the year.',
      noTemplateForSetting: 'The bank has no policy template for {0} schools yet. Choose the nearest one below, or ask the e-Safety officer for one.',
      start: 'Start the draft',
      starting: 'Starting…'
    },
    profileForm: {
      title: 'School profile',
      intro: 'Merge fields in every document come from here. A field left empty is flagged wherever a document uses it.',
      save: 'Save profile',
      saved: 'Profile saved.',
      chooseGroup: 'Choose a group',
      chooseSetting: "Choose your school's setting",
      settingHelp: 'The setting picks the policy template recommended for your school.',
      /** Why a field cannot be saved, shown under it as it is typed. */
      problems: {
        required: 'Fill this in: every document uses it.',
        email: 'Enter an e-mail address such as office@school.sch.uk.',
        website: 'Enter the full web address, starting with https:// (for example https://www.school.sch.uk).',
        websiteScheme: 'Only a web address starting with https:// or http:// can be saved here.',
        setting: "Choose your school's setting."
      },
      /** Beside Save while something stops it: the fields to fix, by their labels. */
      cannotSave: 'To save, fix: {0}.',
      /** The controller refused a profile the form let through (an approvers-only save over stored details that fail). */
      refused: 'Some details in the school profile cannot be saved as they are. Open the school profile, correct the fields marked, and save again.',
      fields: {
        schoolName: 'School name', setting: 'Setting', headteacherName: 'Headteacher', dslName: 'Designated safeguarding lead (DSL)',
        deputyDslName: 'Deputy DSL', onlineSafetyLead: 'Online-safety lead', chairOfGovernors: 'Chair of governors', linkGovernor: 'Link governor for safeguarding',
        itServiceProvider: 'IT service provider', website: 'Website', address: 'Address', phone: 'Phone', email: 'E-mail', localAuthority: 'Local authority',
        reviewPeriodMonths: 'Review every (months)', approversGroup: 'Approvers group (SharePoint group)', approvalRule: 'Approval rule'
      },
      rules: { All: 'Every approver must approve', Majority: 'A majority of approvers', Any: 'Any one approver (e.g. a delegated chair)' }
    }
  },
  draft: {
    /** The checks before submitting, one sentence per kind of issue ({0}: the statement's opening words; {1}: the field or gap). */
    issueText: {
      noBlocks: 'The draft has no statements included. Include at least one.',
      mandatoryExcluded: '{0} is mandatory: include it again.',
      emptyBlock: 'A statement is empty: write it, or exclude or remove it.',
      unknownMergeField: '{0} uses {1}, which the app cannot fill: correct or remove it.',
      missingMergeField: "{0} needs {1}: fill it in the school profile.",
      unfilledGap: "{0} still has the gap {1}: replace it with the school's own words."
    },
    back: 'All documents',
    preview: 'Preview',
    edit: 'Edit',
    saved: 'All changes saved',
    saving: { one: 'Saving {0} change…', other: 'Saving {0} changes…' },
    offline: { one: 'Offline: {0} change will be sent when SharePoint answers', other: 'Offline: {0} changes will be sent when SharePoint answers' },
    refused: { one: 'Not saved: SharePoint refused {0} change', other: 'Not saved: SharePoint refused {0} changes' },
    refusedHelp: "SharePoint refused some of your changes, so they are not saved. They are kept in this browser, even after a reload: shorten a very long statement, or ask a site owner for edit access, then try again.",
    conflicts: { one: '{0} statement needs you to choose between versions', other: '{0} statements need you to choose between versions' },
    outline: 'Sections',
    outlineAmended: '{0} amended',
    outlineBankChanges: '{0} bank changes',
    outlineToFix: '{0} to fix',
    kindAndRelease: '{0} · bank release {1}',
    include: 'Include in the document',
    mandatoryLocked: 'Mandatory: it cannot be left out',
    mandatory: 'Mandatory',
    amended: 'Amended',
    showChanges: 'Show changes from the bank',
    hideChanges: 'Hide changes',
    excluded: 'Left out',
    custom: "School's own",
    moveUp: 'Move up',
    moveDown: 'Move down',
    remove: 'Remove',
    note: 'Note',
    addOwn: 'Add your own statement',
    addOwnPlaceholder: "Write the school's own statement",
    add: 'Add',
    textLabel: 'Wording',
    bankChanged: 'The bank has a newer version ({0})',
    bankRetired: 'The bank has retired this statement',
    acceptBank: "Use the bank's new wording",
    keepSchool: "Keep the school's wording",
    acceptAll: 'Use every new bank wording',
    keepAll: "Keep all the school's wording",
    driftSummary: { one: '{0} statement changed in the bank since this draft started.', other: '{0} statements changed in the bank since this draft started.' },
    missingField: '{0} is missing from the school profile',
    /** A merge field as a person reads it where its value is still missing ("[Deputy DSL]"): never the raw {{Code}}. */
    mergeFieldShown: '[{0}]',
    /** Under a date box, whose numbers follow the browser's language (12/20/2026 in a US browser): the date in UK words. */
    dateReadsAs: 'That is {0}.',
    /** The merge fields whose values are dates of the document, not profile fields. */
    mergeDates: { ReviewDate: 'Review date', ApprovalDate: 'Date approved', LetterDate: "Letter's date" },
    /** A statement's merge fields under its wording: what each reads as, and a way to fill the empty ones. */
    mergeFieldsUsed: 'Filled from the school profile:',
    mergeFieldEmpty: '{0} (empty)',
    /** The things to fix that are an empty profile field, one line per field, and the panel that fills them. */
    emptyProfileField: { one: '{1} is empty in the school profile: {0} statement uses it.', other: '{1} is empty in the school profile: {0} statements use it.' },
    fillIn: 'Fill in {0}',
    fillDetails: {
      title: 'Fill in the school details',
      intro: 'This document uses these details, and they are empty in the school profile. What you type is saved to the school profile, and every document uses it.',
      save: 'Save to the school profile',
      saving: 'Saving…',
      failed: "The school details weren't saved. What you typed is still here: try again.",
      /** The profile as saved already fails a check (a bad e-mail or website): it is corrected in the profile form. */
      invalid: 'Some details in the school profile cannot be saved as they are. Open the school profile from All documents, correct the fields marked, and save again.'
    },
    readingAge: 'Reading age about {0}',
    readingHard: 'above the target for this age group',
    /** Under a statement that reads above its audience's target, as the person types: grade, reading age, audience, target. */
    readingFlag: 'Reads at about grade {0} (reading age {1}); the target for {2} is grade {3}: shorter sentences and shorter words help.',
    guidance: 'Guidance from the local authority',
    noGuidance: "The school's own statement has no bank guidance.",
    history: 'History',
    undo: 'Restore this version',
    selectHint: 'Select a statement to see its guidance, comments and history.',
    guidanceTab: 'Guidance',
    commentsTab: 'Comments',
    noComments: 'No comments yet.',
    commentLabel: 'Add a comment',
    replyLabel: 'Reply',
    reply: 'Reply',
    resolved: 'Resolved',
    post: 'Post',
    notSavedYet: 'History appears once the statement is saved.',
    editingNow: '{0} is editing',
    moveTo: 'Move to section',
    riskLikelihood: 'Likelihood',
    riskImpact: 'Impact',
    riskLevels: { Low: 'Low', Medium: 'Medium', High: 'High' },
    riskMitigation: 'How the school reduces the risk',
    riskOwner: 'Owner',
    riskReview: 'Review date',
    people: 'In this draft',
    issues: { one: '{0} thing to fix before approval', other: '{0} things to fix before approval' },
    /** Labels of a statement's two wordings, shown one above the other (never interleaved). */
    bankWording: 'Bank wording',
    schoolWording: 'School wording',
    bankNewWording: "Bank's new wording",
    /** Approved means locked. */
    versions: {
      lockedTitle: 'Version {0}, approved {1}',
      lockedPublished: 'Version {0}, approved {1} and published',
      locked: 'This is the approved version, so it cannot be changed. To change it, start a new version ({0}): it is based on the approved one and needs a new approval. Version {1} stays as it is until then.',
      lockedReadOnly: 'This is the approved version, so it cannot be changed. Someone who can edit the draft can start a new version.',
      start: 'Start a new version',
      starting: 'Starting a new version…',
      started: 'Version {0} started from the approved version {1}. It needs a new approval before it replaces {1}.',
      nextTitle: 'Version {0} in progress',
      next: 'Based on version {1}, approved {2}. Version {1} stays the approved copy{3} until version {0} is approved.',
      nextPublished: ' and the published file',
      changedSinceApproval: 'The statements here differ from the approved version {0}: they were changed after approval. The approved copy is unchanged; start a new version to put these changes to the approvers.',
      approvedCopy: 'Word downloads are the approved copy of version {0}.',
      publishApproved: 'Publish the approved version {0}'
    },
    /** The editor's own messages: what happened and what to do. */
    editor: {
      openFailed: "We couldn't open this draft.",
      roundReadFailed: "We couldn't check this draft's approval round. Editing waits until we can, because editing a draft under review withdraws it. Try again.",
      roundRefreshFailed: "We couldn't check the approval round again: what you see may be out of date. Try again.",
      readRoundAgain: 'Check the round again',
      syncFailed: "Other people's changes aren't arriving because SharePoint didn't answer. The editor keeps trying; your own changes are kept.",
      historyFailed: "We couldn't read this statement's history. Try again.",
      notices: {
        roundUnknown: "You can't edit yet: we couldn't check whether this draft is under approval. Check the round again, then edit.",
        mandatory: 'This statement is mandatory: it cannot be left out. You can change its wording.',
        blockGone: 'That statement is no longer in the draft: someone else may have removed it.',
        emptyStatement: "Write the school's statement before adding it.",
        onlyOwnRemovable: "Only the school's own statements can be removed; leave a bank statement out instead.",
        cannotAddOffer: "That statement can't be added here: it has left the published bank, or its section isn't in this document. Check for a newer bank release, or write the school's own statement on this topic."
      },
      /** What failed, by command (the failure's own sentence and its technical detail follow). */
      failed: {
        edit: "Your change couldn't be made.",
        publish: "We couldn't publish the approved version.",
        startNewVersion: "We couldn't start the new version.",
        remind: "We couldn't send the reminder.",
        withdraw: "We couldn't withdraw the draft from approval, so your edit was not made.",
        export: "We couldn't make the Word document.",
        comment: "We couldn't post your comment. It is still in the box: try again.",
        resolveComment: "We couldn't change the comment.",
        readComments: "We couldn't read the comments on this draft.",
        readApprovers: "We couldn't read who the approvers are, so the draft can't be submitted yet."
      }
    }
  },
  /** Two people changed the same words of a statement (ClashPanel) and what the other person is told afterwards. */
  clash: {
    title: 'You and {0} changed the same words of this statement',
    someoneElse: 'someone else',
    theirs: "{0}'s version (saved)",
    mine: 'Your version (not saved yet)',
    differences: 'The differences between the two versions',
    combined: 'Combined version',
    combinedHelp: 'It starts with the words of both versions. Edit it so it says what you both mean, then save it.',
    saveCombined: 'Save combined',
    keepMine: 'Keep mine',
    keepTheirs: 'Keep theirs',
    changedByOther: '{0} changed your edit of this statement. It now reads: "{1}"',
    noticeSeen: 'Got it'
  },
  /** Codes of AppErrors from the school and draft services (the lead folds them into `errorCodes`). */
  draftErrors: {
    'draft.creationInterrupted': 'Creating "{0}" stopped part-way, so it is not in your documents yet. Try again: the app finishes the same document, it does not make a second one.',
    'draft.beingCreated': '"{0}" is still being created. Wait a moment and open it again; if it was interrupted, whoever created it can try again to finish it.',
    'draft.tooLarge': '"{0}" has more statements than SharePoint lets the app read at once (over {1}). Ask your IT team to split it into smaller documents.',
    'draft.emptyComment': 'Write the comment before posting it.',
    'activity.tooLarge': "This document's history has more entries than SharePoint lets the app read at once. The document itself is not affected; ask your IT team to archive old history entries."
  },
  /** The short summary governors read first: where the school departs from the authority's model. */
  departures: {
    heading: "What the school changed from the local authority's model",
    intro: 'Read these first; the full text follows.',
    none: "The school uses the local authority's model as it is: nothing amended, left out or added.",
    amended: 'Amended ({0})',
    leftOut: 'Left out ({0})',
    added: 'Added by the school ({0})',
    updatesTaken: 'Newer bank wording taken ({0})',
    updatesRefused: 'Newer bank wording refused: the school kept its own ({0})',
    bankWording: 'Bank wording',
    schoolWording: 'School wording',
    bankNewWording: "Bank's new wording",
    versions: 'bank version {0} → {1}',
    fullText: 'Full text'
  },
  approval: {
    submit: 'Submit for approval',
    submitTitle: 'Submit for approval',
    submitFailed: 'The document was not submitted.',
    submitIntro: 'The draft is frozen as it is now and put to the approvers. Editing it afterwards withdraws it from approval.',
    checks: 'Checks',
    checksPass: 'All checks pass: mandatory statements are included, merge fields are filled and no statement is empty.',
    approvers: 'Approvers ({0}: {1})',
    approversHeading: 'Approvers',
    noApprovers: 'No approvers: a site owner chooses the approvers group in the school profile and adds the governors to it.',
    rule: { All: 'every approver must approve', Majority: 'a majority must approve', Any: 'any one approver may approve' },
    due: 'Decision due by',
    send: 'Submit',
    notAllSaved: 'Some changes are not saved yet. Wait until the draft says "{0}", then submit.',
    sending: 'Submitting…',
    delivered: 'How each approver was told',
    channel: { teams: 'Teams activity feed', mail: 'E-mail', failed: 'Not reached' },
    state: { Open: 'In review', Approved: 'Approved', ChangesRequested: 'Changes requested', Withdrawn: 'Withdrawn' },
    progress: '{0} of {1} approvals needed',
    waitingFor: 'Waiting for {0}',
    overdue: 'Overdue (was due {0})',
    remind: 'Send a reminder',
    reminded: 'Reminder sent.',
    withdraw: 'Withdraw from approval',
    openRound: 'Open the round',
    withdrawTitle: 'Withdraw from approval?',
    withdrawOnEdit: 'This draft is in review. Editing it withdraws it from approval: decisions never carry over to changed content. The approvers are told.',
    withdrawConfirm: 'Withdraw and edit',
    /** Why the round was withdrawn, as the approvers are told it. */
    withdrawReasonEditing: 'the draft is being edited',
    cancel: 'Keep it in review',
    roundTitle: '{0}: round {1}',
    frozen: 'Frozen on {0} by {1}. Changes from the local authority’s wording are marked.',
    approve: 'Approve',
    requestChanges: 'Request changes',
    commentLabel: 'Comment',
    commentNeeded: 'Say what should change.',
    yourDecision: 'Your decision',
    decided: 'You decided: {0}',
    notApprover: 'You are not one of the approvers of this round, so you can read it but not decide.',
    closed: 'This round is closed: {0}.',
    approverStatus: { approved: 'Approved', changes: 'Asked for changes', waiting: 'Not decided yet', notNeeded: 'Not needed: the round closed' },
    timeline: 'Timeline',
    tampered: 'The frozen copy of this round was changed after it was submitted, so it cannot be approved. Ask the owner to submit again.',
    noRound: 'There is no approval round {0} for this document.',
    /** Titles of failures on the approval screen (the sentence under each says what to do). */
    failed: {
      decide: "We couldn't record your decision. Nothing was recorded: try again.",
      export: "We couldn't make the Word file.",
      refresh: "We couldn't check the round for new decisions. What you see may be out of date."
    },
    schoolsOwn: "The school's own statement",
    back: 'Back',
    close: 'Close',
    /** The rule of a round in one sentence: {0} approvers, {1} approvals needed, {2} requests that settle it. */
    ruleSentence: {
      All: 'Every one of the {0} approvers must approve: a single request for changes sends it back.',
      Majority: 'More than half of the {0} approvers ({1}) must approve: it goes back once {2} ask for changes, because a majority can then no longer be reached.',
      Any: 'One approval from any of the {0} approvers is enough: it goes back only if all {0} ask for changes.'
    },
    closedBecause: {
      approvalsReached: 'It closed approved: {0} of {1} approvers approved, and the rule needs {2}.',
      approvalsUnreachable: 'It closed with changes requested: {0} asked for changes, so the {1} approvals the rule needs can no longer be reached.',
      withdrawn: 'It was withdrawn before the rule settled it.',
      superseded: 'A later round replaced it before the rule settled it.'
    },
    notNeeded: 'This round has closed, so your decision is no longer needed. {0}',
    forTheRecord: 'You can still give your view: it is kept with the round and shown to everyone, but it does not change the outcome.',
    fingerprint: 'Fingerprint of this round: {0}. Your receipt of your decision carries the same fingerprint.',
    receipt: 'Your decision was recorded on this round, whose fingerprint is {0}. A receipt is sent to you by Teams or e-mail where possible: keep it, or note the fingerprint.',
    lateDecision: 'after the round closed',
    warningsTitle: 'Changes to the record of this round',
    warningsIntro: 'Only a site owner can make these changes. They do not decide anything by themselves, but check them before relying on this round.',
    warning: {
      roundChanged: 'The round itself was changed after it was submitted (version {0}). Its frozen terms still count.',
      ballotChanged: "{0}'s decision was changed after it was cast (version {1}). It counts as it was cast; {0}'s receipt shows what they decided.",
      ballotDeleted: "Something was deleted from {0}'s ballot list on {1}. Ask {0} to compare the round with their receipt.",
      ballotListOpen: "{0}'s ballot list no longer has its own permissions, so others may have written in it. A site owner saves the approvers group again to fix it.",
      ballotListMissing: "{0}'s ballot list has been deleted, with any decision in it.",
      extraBallot: '{0} has more than one decision on this round: only the first counts.',
      roundsDeleted: 'Something was deleted from the approval rounds list on {0}.',
      recordIgnored: 'Entry {0} of the approval rounds list was ignored: {1}.'
    },
    ignoredReason: {
      malformed: 'it does not name a frozen copy in the snapshots library',
      duplicateSnapshot: 'it repeats the frozen copy of an earlier round',
      snapshotMismatch: 'its frozen copy was changed after submission, or is not a frozen copy',
      withdrawalBeforeRound: 'it withdraws a round that did not exist yet'
    },
    termsNote: {
      ruleNow: "The school's rule is now “{0}”; this round keeps the rule it was submitted with.",
      electorateNow: 'The approvers group has changed since this round was submitted; this round keeps the approvers it was submitted with.'
    },
    excluded: '{0}: in the approvers group but not an approver of this round (site owners cannot approve, and people added since the last set-up have no ballot list yet).',
    notElector: 'You are not one of the approvers of this round (they were fixed when it was submitted), so you can read it but not decide.'
  },
  publish: {
    state: { Draft: 'Draft', InReview: 'In review', ChangesRequested: 'Changes requested', Approved: 'Approved', Published: 'Published', NextVersion: 'New version in progress' },
    review: { none: '', ok: 'Review by {0}', dueSoon: 'Review due {0}', overdue: 'Review overdue since {0}' },
    columns: { state: 'State', review: 'Next review' },
    publish: 'Publish',
    publishing: 'Publishing…',
    published: 'Published version {0} to the Policies library.',
    wordMenu: 'Word document',
    exporting: 'Preparing the Word document…',
    exportFailed: "We couldn't make the Word document. Try again; if it keeps failing, copy the technical detail to your IT lead.",
    download: 'Download Word',
    downloadChanges: 'Download Word with changes marked',
    downloadPublished: 'Open',
    /** The version a Word file of a draft or of an approval round is marked with. */
    draftVersion: 'Draft',
    roundVersion: 'round {0}',
    /** The version a Word file of the next version (not yet approved) is marked with: "1.1 draft". */
    nextDraftVersion: '{0} draft',
    /** What {{ApprovalDate}} reads in a copy not yet approved. */
    approvalDatePending: '[the date the governors approve it]',
    startReview: 'Start the review',
    reviewStarted: 'The next version has been started from the approved one. It needs a new approval before it replaces the published version.',
    dueSummary: 'Due for review within 60 days: {0}. Overdue: {1}.'
  },
  /** Reviews of published documents (issue 17): the row's menu, when a review is started before it is due. */
  review: {
    /** {0} the document's name. */
    rowMenu: 'More actions for {0}',
    startEarly: 'Start the review now'
  },
  /**
   * The documents made from a policy besides its Word file: the website copy (HTML), its PDF through Graph, the
   * two-page statement and pupils' versions. The sentences for the services' `documents.*` codes are in
   * `errorCodes.documents`, where `FailureNotice` finds them.
   */
  documents: {
    websiteCopy: 'Website copy (HTML)',
    pdf: 'PDF',
    makingPdf: 'Making the PDF…',
    /** After publishing, when Graph could not make the PDF (the sentence under it says why and what to do). */
    publishedWithoutPdf: 'The Word file and the website copy are published, but the PDF could not be made.',
    downloadWebsiteCopy: 'Website copy',
    downloadPdf: 'PDF',
    twoPageStatement: 'Two-page policy statement',
    pupilVersion: 'Version for pupils ({0})',
    /** A statement over its audience's reading target, as the editor flags it. */
    overTarget: 'Reads at about grade {0} (reading age {1}); the target for {2} is grade {3}. Shorter sentences and everyday words help.',
    overTargetCount: '{0} of {1} statements read above the target for {2}.',
    allWithinTarget: 'Every statement reads within the target for {0}.'
  },
  /** Publishing a document's website copy as a SharePoint page on a site the school picks (issue 17 item 2). */
  sitePage: {
    menu: 'Publish as a SharePoint page…',
    /** {0} the document's name. */
    title: 'Publish "{0}" as a SharePoint page',
    intro: 'The website copy becomes a page in the Site Pages of the site you choose. Publishing again updates the same page.',
    siteLabel: 'Site address',
    siteHelp: 'The address of a SharePoint site in your organisation, for example the school\'s public information site.',
    publish: 'Publish page',
    publishing: 'Publishing the page…',
    published: 'The page is published.',
    openPage: 'Open the page',
    failed: "The page wasn't published",
    close: 'Close'
  },
  /** Read and acknowledge: the owner asks, each person reads what changed and acknowledges, the owner keeps the record. */
  acknowledgement: {
    ask: 'Ask to acknowledge',
    loading: 'Loading…',
    askTitle: 'Ask people to read and acknowledge {0} (version {1})',
    audience: 'Who should read it',
    audienceHint: "Pick a SharePoint group of people (for example your staff or governors). Each person gets a Teams notification, or an e-mail where Teams can't reach them.",
    sendRequest: 'Send the request',
    sending: 'Sending…',
    requested: { one: 'Asked {0} person to read and acknowledge {1}.', other: 'Asked {0} people to read and acknowledge {1}.' },
    withoutList: "{0} can't acknowledge yet: a site owner sends the request again, which sets up their place to acknowledge.",
    recordTitle: 'Who has read and acknowledged {0} (version {1})',
    /** {0} the people asked, {1} how many of them have acknowledged. */
    counts: { one: '{1} of {0} person has acknowledged.', other: '{1} of {0} people have acknowledged.' },
    columns: { name: 'Name', email: 'E-mail', state: 'State', date: 'Date recorded', reminded: 'Last reminded on', note: 'Note' },
    states: { acknowledged: 'Acknowledged', waiting: 'Not yet', noList: "Can't acknowledge yet" },
    doubtfulDate: 'Date doubtful: earlier than the request',
    remind: 'Remind the rest',
    reminded: { one: 'Reminded {0} person.', other: 'Reminded {0} people.' },
    nobodyToRemind: 'Everyone who can has acknowledged: nobody to remind.',
    exportCsv: 'Export as CSV',
    csvFileName: 'acknowledgements-{0}-v{1}.csv',
    exportExcel: 'Download as Excel',
    preparingExcel: 'Preparing the workbook…',
    excelFileName: 'acknowledgements-{0}-v{1}.xlsx',
    /** The Excel workbook of the record (for inspection): its sheet, its columns, and the cell for no date yet. */
    workbook: {
      sheetName: 'Acknowledgements',
      columns: {
        name: 'Name', email: 'E-mail', audience: 'Audience', document: 'Document', version: 'Version', state: 'State',
        acknowledgedOn: 'Acknowledged on', remindedOn: 'Last reminded on', note: 'Note'
      },
      notYet: 'Not yet'
    },
    requests: 'Requests',
    noRequests: 'Nobody has been asked to acknowledge a policy yet.',
    pending: 'To read and acknowledge',
    pendingNone: 'You have nothing to acknowledge.',
    /** The school home's tab for the person's own requests, and the button that opens one. */
    tab: 'To read and acknowledge',
    open: 'Read and acknowledge',
    back: 'Back to the home',
    /** The published row's action and its panel's close button (the owner's record of each request). */
    recordPanel: 'Acknowledgements of {0}',
    close: 'Close',
    readTitle: 'Read and acknowledge: {0} (version {1})',
    changedSince: { one: 'What changed since the version you last acknowledged ({0} statement):', other: 'What changed since the version you last acknowledged ({0} statements):' },
    nothingChanged: 'No statement changed since the version you last acknowledged: only its approval is new.',
    firstTime: 'Please read the whole document.',
    kinds: { added: 'New', changed: 'Changed', removed: 'Removed' },
    showFull: 'Show the full text',
    hideFull: 'Show only what changed',
    acknowledgeButton: 'I have read and understood it',
    acknowledging: 'Recording…',
    acknowledged: 'You have acknowledged this version. Thank you.',
    cannotAcknowledge: "You can't acknowledge this yet: ask a site owner to send the request again, which sets up your place to acknowledge.",
    loadFailed: "We couldn't load this request.",
    actionFailed: "That didn't work.",
    /** The acknowledgement failure codes (services): what happened and what to do. */
    errorCodes: {
      'acknowledgement.teamMembersHidden': 'The app cannot list the people of "{0}": it holds the Team, and listing a Team\'s members needs a permission this app does not have. Pick a SharePoint group of people instead, or ask your IT team.',
      'acknowledgement.emptyAudience': 'The group "{0}" has no people in it. Add people to it, or pick another group.',
      'acknowledgement.notPublished': 'Only a published version can be acknowledged. Publish it first.',
      'acknowledgement.roundMissing': 'The approved version this request names could not be found. Ask the policy owner to send a new request.',
      'acknowledgement.requestMissing': 'This request no longer exists. Check your notifications for a newer one.',
      'acknowledgement.noList': "You can't acknowledge yet: ask a site owner to send the request again, which sets up your place to acknowledge.",
      'acknowledgement.notStored': 'The request was sent but could not be read back. Open the record again to check it.'
    } as Record<string, string>
  },
  /** How notices reached people (Teams, e-mail) or why not, with the link to pass on. */
  notify: {
    mailOpenInTeams: 'Open in Teams',
    mailOpenInBrowser: 'Open in the browser',
    /** A mail's subject: {0} the policy, {1} the notice's preview. */
    mailSubject: '{0}: {1}',
    /** Each notice's feed preview and mail paragraphs; {0} is always the policy (see NotificationText). */
    notices: {
      approvalRequested: {
        preview: 'Please review and approve {0} by {1}.',
        lines: ['You are asked to approve "{0}" by {1}.', 'Open it to read the frozen draft and approve it or ask for changes.']
      },
      approvalReminder: { preview: '{0} is waiting for your decision.', lines: ['"{0}" is still waiting for your decision (due {1}).'] },
      approvalReminderNoDue: { preview: '{0} is waiting for your decision.', lines: ['"{0}" is still waiting for your decision.'] },
      decisionRecorded: {
        preview: 'Your decision on {0} was recorded.',
        lines: [
          'Your decision on "{0}" (round {1}) was recorded: {2}.',
          'Policy fingerprint: {3}. Keep this message: if the round ever shows a different decision for you, tell the chair of governors.'
        ]
      },
      policyApproved: { preview: '{0} has been approved.', lines: ['"{0}" has been approved. You can now publish it.'] },
      changesRequested: { preview: 'Changes were asked for on {0}.', lines: ['Changes were asked for on "{0}":', '{1}'] },
      roundClosedApproved: {
        preview: 'The approval round of {0} has closed.',
        lines: ['The approval round of "{0}" has closed: {1} approved, which the rule ({2}) needed. Your decision is no longer needed.', 'You can still open it to read the decisions and comments.']
      },
      roundClosedUnreachable: {
        preview: 'The approval round of {0} has closed.',
        lines: ['The approval round of "{0}" has closed: {1} asked for changes, so the approvals the rule ({2}) needs can no longer be reached. Your decision is no longer needed.', 'You can still open it to read the decisions and comments.']
      },
      approvalWithdrawn: { preview: '{0} was withdrawn from approval.', lines: ['"{0}" was withdrawn from approval: {1}', 'You do not need to do anything now.'] },
      acknowledgementRequested: { preview: 'Please read and acknowledge {0} (version {1}).', lines: ['You are asked to read "{0}" (version {1}) and acknowledge it.', 'Open it to see what changed since the version you last acknowledged; it takes one click to acknowledge.'] },
      acknowledgementReminder: { preview: 'Reminder: please acknowledge {0} (version {1}).', lines: ['"{0}" (version {1}) is still waiting for you to read and acknowledge it.'] },
      reviewReminder: { preview: '{0} is due for review on {1}.', lines: ['"{0}" is due for review on {1}.', 'Open it and choose "Start the review": you get a new version with the bank\'s later changes to take or keep, statement by statement.'] },
      reviewDue: { preview: 'The review of {0} was due on {1}.', lines: ['The review of "{0}" was due on {1}.', 'Open it and choose "Start the review": you get a new version with the bank\'s later changes to take or keep, statement by statement. Until it is approved and published, the current version stands.'] }
    },
    decisionWords: { Approve: 'approve', RequestChanges: 'request changes' },
    ruleSummary: { All: 'all must approve', Majority: 'a majority must approve', Any: 'any one may approve' },
    byTeams: 'Teams activity feed',
    byMail: 'E-mail',
    notSent: 'Not sent: copy the link and give it to them',
    /** Why Teams did not carry it (after "E-mail") or why nothing was sent. */
    problem: {
      noApiAccess: "This app's Microsoft Graph access has not been approved yet, so it cannot send Teams notifications or e-mail. A Global Administrator approves it in the SharePoint admin centre (Advanced, API access); until then, send the link yourself.",
      notInstalled: 'Teams could not reach them: the app is not installed where they can get it (often the case for guests).',
      notFound: 'Teams could not find them in the directory by their sign-in name.',
      rateLimited: 'Teams takes at most 10 notifications a minute for one person, so this one did not go to Teams.',
      noMailbox: 'You are a guest here, without a mailbox in this organisation, so no e-mail was sent from you.',
      noTeam: 'This site has no Team to send Teams notifications through.',
      failed: 'Microsoft 365 did not accept the notice.'
    },
    link: 'Link for {0}',
    copy: 'Copy link',
    copied: 'Link copied'
  },
  /**
   * The sentence for each `AppError` code (src/services/errors): what happened and what to do. `FailureNotice` shows
   * it before the kind's sentence in `errors`. A code is a path under this section (`sharepoint.changedByOthers`),
   * or under the whole strings for codes a screen's own section keeps (`bank.conflict`). A code with no sentence
   * here (`sharepoint.accessDenied`, `sharepoint.notFound`, `sharepoint.throttled`…) shows its kind's sentence.
   */
  errorCodes: {
    sharepoint: {
      pageExpired: 'This page has been open too long for SharePoint to accept changes from it. Reload the page and try again; nothing you saved before is lost.',
      listMissing: "A list the app keeps its data in is missing from this site. Ask a site owner to open the app, which sets the lists up again.",
      itemMissing: 'This item no longer exists: someone may have deleted it. Reload the page to see what is there now.',
      fileMissing: 'The file no longer exists where the app expected it: someone may have moved or deleted it. Reload the page to see what is there now.',
      userMissing: "SharePoint doesn't know this person on this site. Check the name, or ask the site's owner to add them.",
      groupMissing: "The SharePoint group named in the school profile doesn't exist on this site. Ask a site owner to choose the approvers group again.",
      changedByOthers: 'Someone else saved a change here after you opened it, so yours was not saved over theirs. Reload to see their change, then make yours again.',
      saveConflict: 'SharePoint was saving another change to the same thing at the same moment, so yours was not saved. Try again.',
      alreadyExists: 'Something with this name already exists here. Choose another name, or open the one that exists.',
      throttledFor: 'SharePoint is busy and asked the app to wait {0} seconds. Try again after that.',
      tooLarge: 'This is larger than SharePoint accepts in one request. Make it smaller (shorter text, a smaller file) and try again.',
      valueTooLong: 'Some text is longer than its SharePoint column holds, so nothing was saved. Shorten it and try again.',
      valueInvalid: "SharePoint refused a value that doesn't fit its column. Check what you entered, correct it and try again.",
      textTooLong: '"{0}" holds at most {1} characters and this text has {2}. Nothing was saved: shorten it and try again.',
      listViewThreshold: "This list has grown past the 5,000 items SharePoint lets the app read in one go. Ask your IT team to check the list's indexed columns.",
      badRequest: "SharePoint couldn't read the app's request. Reload the page and try again; if it keeps happening, send the technical detail to your IT team.",
      notSupported: "This local copy of SharePoint doesn't do what was asked. It works in SharePoint Online; see the README for what the local server supports."
    },
    network: {
      offline: "We can't reach Microsoft 365 right now. Check your connection, then try again; edits you make meanwhile are kept on this device."
    },
    graph: {
      noApiAccess: "This app's access to Microsoft Graph has not been approved yet. A Global Administrator approves it in the SharePoint admin centre (Advanced, API access); until then, Teams notifications and e-mail from the app don't work.",
      permissionMissing: "This app's Microsoft Graph access does not include what this needs. Ask a Global Administrator to approve the app's pending API access in the SharePoint admin centre.",
      forbidden: "Microsoft 365 refused: Teams could not reach this person through the app (it may not be installed where they can get it). Send them the link yourself.",
      noMailbox: "You have no mailbox in this organisation (as a guest, for example), so the app can't send e-mail as you. Send the link yourself.",
      notFound: "Microsoft 365 couldn't find this person or item by the name the app has. Check that they are in your organisation's directory.",
      conflict: 'Teams has more than one app that could send this notice. Ask your Teams administrator to check the apps installed in this Team.',
      throttled: 'Microsoft 365 is busy and asked the app to slow down. Wait a minute and try again.',
      throttledFor: 'Microsoft 365 is busy and asked the app to wait {0} seconds. Try again after that.',
      badRequest: "Microsoft 365 couldn't read the app's request. Try again; if it keeps happening, send the technical detail to your IT team.",
      unexpected: 'Microsoft 365 could not finish this. Try again; if it keeps happening, send the technical detail to your IT team.'
    },
    approval: {
      fixIssues: 'The checks found things to fix before submitting ({0}). Fix each one shown, then submit again.',
      noElectorate: 'Nobody in "{0}" can approve yet. A site owner saves the approvers group in the school profile, which gives each governor their ballot list; then submit again.',
      noApproversGroup: 'No approvers group is set. A site owner chooses it in the school profile; then submit again.',
      approversHidden: 'Only members of "{0}" and the site\'s owners can see who is in it, so the approvers cannot be listed for you. Ask a site owner to open the app on this site: setting up approval lets staff see who the approvers are.',
      notReadBack: 'The round was stored but could not be read back. Open the document again to see where it stands.',
      commentRequired: 'Say what should change, so the owner knows what to do; then send your request again.',
      notAnElector: 'You are not one of the approvers of this round (they were fixed when it was submitted), so you can read it but not decide.',
      snapshotTampered: 'The frozen copy of this round was changed after it was submitted, so it cannot be approved. Ask the owner to submit the draft again.'
    },
    publish: {
      notApproved: 'Round {0} is not approved, so it cannot be published or copied as approved. Open the approved round, or wait until the approvers decide.'
    },
    /** The website copy's PDF (Graph's file conversion) and its SharePoint page. */
    documents: {
      pdfNotSupported: "Microsoft 365 couldn't turn this file into a PDF. The Word file is published; download it and save it as PDF from Word instead.",
      pdfAccessDenied: "The PDF couldn't be made: you can't read this file through Microsoft Graph, or your administrator has not yet approved the app's access to files (Files.Read.All). Ask them, then try again.",
      pdfFileNotFound: "The PDF couldn't be made because the Word file is no longer in the library. Publish the document again, then try again.",
      pdfBusy: 'Microsoft 365 is busy. Wait a moment and try the PDF again.',
      pdfFailed: "Something went wrong making the PDF. Try again; if it keeps happening, send the technical detail to your IT team.",
      pageOutsideTenant: 'That is not the address of a SharePoint site in your organisation. Copy the site\'s address from the browser (it starts with {0}/sites/ or {0}/teams/) and try again.',
      pageNoSite: 'There is no site at that address ({0}), or it has been removed. Check the address, or leave the school site\'s address to publish there.',
      pageDenied: "You can't add pages to that site ({0}): you need to be a member or owner of it. Ask its owner to add you, or publish on a site where you are a member.",
      pageNoWebsiteCopy: 'This document has no website copy to publish. Publish the document again to make one, then try again.'
    },
    links: {
      deepLinkTooLong: 'The link to this item would be longer than the {0} characters Teams accepts, because the site address is very long. Open the item from the app instead.'
    }
  },
  home: {
    tab: 'Home',
    roles: { Officer: 'the e-Safety officer', Owner: 'a site owner', Editor: 'an editor', Approver: 'an approver', Visitor: 'a reader' },
    youAre: 'You are {0} here.',
    rolesAnd: '{0} and {1}',
    awaiting: 'Awaiting your decision',
    awaitingNone: 'Nothing is waiting for your decision.',
    awaitingRow: '{0}: round {1}, {2} of {3} approvals so far',
    dueBy: 'decision due {0}',
    overdue: 'overdue',
    openRound: 'Review and decide',
    noneInReview: 'Nothing is in review.',
    tiles: { drafts: 'Drafts being written', inReview: 'In review', dueSoon: 'Reviews due within 60 days', overdue: 'Reviews overdue' },
    workingOn: 'Drafts open for editing',
    workingOnNone: 'No drafts are open for editing. Start one with New document.',
    inReview: 'In review',
    published: 'Published policies and documents',
    publishedNone: 'Nothing has been published yet.',
    open: 'Open {0}',
    opening: 'Opening…'
  },
  setup: {
    title: 'Set up e-Safety Policy Hub for {0}',
    intro: 'Five steps get the school ready: each is saved as you go, so you can stop and come back. Anyone who is an owner of this site can carry on from where you left it.',
    stepOf: 'Step {0} of {1}',
    done: 'Done',
    todo: 'To do',
    current: 'Next',
    steps: {
      lists: { title: 'Create the lists', body: 'Creates the lists and libraries the app keeps the school profile, drafts, comments, approvals and published policies in. Nothing else on the site is touched.', action: 'Create the lists' },
      bank: { title: "Connect to the authority's statement bank", body: "Drafts start from the statement bank your local authority publishes. This web part reads it from {0}.", ok: 'Connected: release {0} is published.', action: 'Check again', fix: "If the address is wrong, edit the web part (on a SharePoint page: Edit, then the web part's settings) and set the bank site address your e-Safety officer gave you. In Teams, ask whoever added the tab to change it on the SharePoint page the tab shows." },
      profile: { title: 'Fill in the school profile', body: "Your school's setting picks the policy template recommended for you; the school name, the headteacher and the designated safeguarding lead fill the merge fields in every document.", action: 'Fill in the school profile' },
      approvers: { title: 'Name the approvers group', body: 'The SharePoint group whose members approve policies (usually the governors). Only they can record decisions, and the app checks membership when it counts approvals. Everyone on the site will be able to see who is in the group, because staff need to know who approves to submit drafts and follow a decision.', action: 'Choose the approvers group', create: 'No suitable group? Create one in Site settings → People and groups, add the governors, then choose it here.' },
      firstDraft: { title: 'Start the first draft', body: "Start from the authority's template for your setting. Its statements become your draft.", action: 'Start the first draft' }
    },
    working: 'Working: {0}',
    later: 'Finish later',
    resume: 'Finish setting up',
    notOwnerTitle: "This school's site isn't set up yet",
    notOwner: 'Only an owner of this site can set it up.',
    ownersAre: 'Owners of this site: {0}.',
    /** Naming a Team's owners needs a Graph scope the app does not ask for (it only fed this hint): Teams shows them. */
    noOwnersVisible: "This site doesn't show its owners to you. In Teams, open the Team's name, then Manage team, to see its owners, or ask your IT lead who manages it.",
    profileIncompleteNotOwner: 'The school profile is not filled in yet. Ask a site owner ({0}) to finish setting up.'
  },
  incident: {
    tab: 'Incident guide',
    intro: "Work through the questions to see what to do about an online-safety incident. Nothing you choose here is saved or sent, and it never asks for a child's details: record those only in the school's safeguarding system.",
    none: "The authority hasn't published an incident flowchart yet.",
    answersSoFar: 'Your answers so far',
    back: 'Back',
    restart: 'Start again',
    actions: 'What to do now',
    contacts: 'Who to contact',
    print: 'Print this page',
    notSet: '(not set in the school profile)',
    question: 'Question {0}'
  },
  register: {
    // The officer's dashboard (bank site)
    /** The bank screen's tab with the dashboard. */
    schoolsTab: 'Schools',
    dashboardTitle: "Schools' policies",
    dashboardIntro: 'Where each school stands with the bank, from the reports schools send: dates and which statements they kept, amended or left out. Reports never carry a policy\'s text or anyone\'s name.',
    loading: 'Reading the register…',
    loadFailed: "We couldn't read the register.",
    empty: 'No school is in the register yet. Enrol the schools of this tenant below, or import a report pack from a school in another tenant.',
    refresh: 'Refresh',
    exportCsv: 'Export as CSV',
    csvFileName: 'school-policies.csv',
    releasesTitle: 'Releases and the schools that adopted them',
    releaseHeading: 'Release {0}: {1} schools',
    adoptedBy: '{0}, {1}',
    noReleases: 'No school has adopted a release yet.',
    statementsTitle: 'Statements schools depart from most',
    statementsFor: 'Show statements for',
    allReleases: 'All releases',
    noDepartures: "No school has departed from the bank's wording.",
    statementColumns: { key: 'Statement', schools: 'Schools', amended: 'Amended', leftOut: 'Left out', refusedUpdate: 'Refused an update' },
    overdueTitle: 'Reviews overdue',
    noneOverdue: 'No published policy is overdue for review.',
    neverStartedTitle: 'Schools that never started',
    allStarted: 'Every school in the register has started a policy.',
    schoolsTitle: 'Every school',
    columns: { school: 'School', route: 'How it reports', stage: 'Stage', release: 'Release', reviewDue: 'Review due', reportedOn: 'Last report' },
    route: { tenant: 'Reports itself', pack: 'Report pack' },
    stage: { notStarted: 'Not started', started: 'Draft started', submitted: 'Submitted for approval', approved: 'Approved', published: 'Published' },
    noReport: 'No report yet',
    unreadable: '{0} entries are not reports and were skipped.',
    csvHeader: ['School', 'How it reports', 'Stage', 'Release', 'Started', 'Submitted', 'Approved', 'Published', 'Review due', 'Overdue', 'Staff acknowledged (%)', 'Last report'] as const,
    yes: 'Yes',
    no: 'No',
    // One school, opened from the list
    schoolPanelClose: 'Close',
    historyTitle: 'Reports received',
    historyLoadFailed: "We couldn't read this school's reports.",
    noHistory: 'No report from this school yet.',
    reportLine: 'Report {0}, made {1}',
    documentLine: '{0} (release {1}): {2}',
    statementCounts: 'Statements: {0} kept, {1} amended, {2} left out, {3} bank updates refused.',
    staffShare: '{0}% of staff acknowledged it.',
    kinds: { Policy: 'e-Safety policy', Aup: 'Acceptable use policy', Letter: 'Letter', RiskAssessment: 'Risk assessment' },
    // Importing packs and enrolling schools
    importTitle: 'Import a report pack',
    importHelp: 'Schools in another Microsoft 365 tenant download a report pack and send it to you. Import each one as it arrives: a pack imported before, or changed since the school made it, is refused.',
    chooseFile: 'Choose a report pack',
    imported: 'Imported report {1} from {0}, made {2}.',
    importedNew: '{0} is new in the register: imported its first report, made {1}.',
    enrolTitle: 'Enrol a school of this tenant',
    enrolHelp: "Paste the register code the school's app shows, and the school's name. The school's staff can then send its reports here and read only their own.",
    enrolCode: 'Register code',
    enrolName: "School's name",
    enrolButton: 'Enrol',
    enrolled: '{0} is enrolled. Its reports arrive the next time someone there opens the app.',
    dismiss: 'Dismiss',
    actionFailed: "That didn't work.",
    /** Why the register refused an import or an enrolment (keys are the codes the register service gives). */
    refusals: {
      badEnrolment: 'That is not a register code and a school name. Copy the code the school\'s app shows (it looks like 0c6f2d1e-5b7a-4c3d-9e8f-1a2b3c4d5e6f) and type the school\'s name.',
      enrolledByPack: '{0} already sends report packs. Its reports stay in the register as they are; ask the school to go on sending packs.',
      badKey: 'That is not a register code.',
      unknownSchool: 'No Team in this tenant has the register code {0}. Check the code with the school: a school in another tenant sends report packs instead.',
      notEnrolled: 'This school is not in the register.',
      'pack.tooLarge': 'This file is far too large to be a report pack. Check you chose the right file.',
      'pack.notJson': 'This file is not a report pack (it is not readable as one). Check you chose the file the school sent.',
      'pack.notAPack': 'This file is not a report pack. It may be a content pack or another file: check you chose the file the school sent.',
      'pack.unsupportedVersion': 'This report pack was made by a newer version of the app. Update the app, then import it again.',
      'pack.tampered': 'This report pack was changed after the school made it, so it was not imported. Ask the school to download a new pack and send it again.',
      'pack.invalid': 'This report pack is damaged or incomplete, so it was not imported. Ask the school to download a new pack.',
      'pack.replayed': 'This report is already in the register (report {0}; the register holds report {1}), so it was not imported again. A school sends a new pack when something changes.',
      'pack.schoolInTenant': '{0} reports to the register itself, so a report pack cannot speak for it. Nothing was imported.',
      badReportAddress: 'That is not one mail address. Type a single address, such as esafety.reports@authority.gov.uk, or leave the box empty.',
      noReleaseForAddress: 'Publish the bank\'s first release before giving schools an address: schools read it with the release.'
    },
    /** Where schools in another tenant mail their report packs: set by the officer, read by schools with the bank. */
    addressTitle: 'Where schools mail report packs',
    addressHelp: 'Schools in another Microsoft 365 tenant see "Mail the report pack to" this address. Leave it empty and they only download packs.',
    addressLabel: 'Report pack address',
    addressSave: 'Save address',
    addressSaved: 'Schools now mail their report packs to {0}.',
    addressCleared: 'Schools no longer see an address: they download their report packs.',
    /** A pack too large to go as a mail attachment (Graph takes 3 MB in one request). */
    packTooLargeToMail: 'This report pack is too large to mail. Download it and send it another way.',
    // The school's reporting (school site)
    reportingTitle: 'Reporting to the authority',
    reportingIntro: 'Your school tells the authority where its policies stand: dates, releases, and which bank statements you kept, amended or left out. Never your policy\'s text, and no names.',
    registerCode: 'Register code: {0}',
    registerCodeHelp: "If the authority hasn't enrolled the school yet, send them this code and the school's name.",
    sendNow: 'Send a report now',
    downloadPack: 'Download a report pack',
    packHelp: 'Is your school in a different Microsoft 365 tenant from the authority? Mail the report pack to {0}, or download it and email it yourself.',
    /** The button that mails the pack to the authority's address ({0}). */
    mailPack: 'Mail the report pack to {0}',
    mailed: 'The report pack is on its way to {0}.',
    mailFailed: "We couldn't mail the report pack. Download it and email it yourself, or try again.",
    /** The mail that carries a pack, read by the authority's officer: {0} the school's name, {1} the file's name. */
    packMailSubject: 'Report pack from {0}',
    packMailLines: [
      '{0} sends its report pack for the authority\'s register of e-Safety policies: it is attached ({1}).',
      'To add it to the register, open the statement bank site, go to Schools and choose "Import a report pack". The pack is checksummed: a changed or repeated pack is refused.',
      'Sent by e-Safety Policy Hub.'
    ],
    packHelpNoAddress: 'Is your school in a different Microsoft 365 tenant from the authority? Download a report pack and email it to your authority\'s e-Safety officer.',
    waiting: '{0} reports are waiting to be sent. We keep trying while this page is open.',
    sent: 'The authority has your latest report, made {0}.',
    nothingNew: 'Nothing has changed since your last report, so there was nothing new to send.',
    notEnrolled: "The authority's register doesn't take reports from you yet: either the authority hasn't enrolled this school (send them your register code), or you aren't a member of the school's Team. Your reports are kept and will be sent later. A school in another Microsoft 365 tenant sends report packs instead.",
    noTeam: "This site isn't a Team's site, so it has no register code. Ask your authority how to report.",
    sendFailed: "We couldn't send your report yet. It is kept and will be sent later.",
    prepareFailed: "We couldn't prepare your report."
  },
  propertyPane: {
    bankGroup: 'Statement bank',
    bankSiteUrl: 'Bank site address',
    bankSiteUrlHelp: 'The SharePoint site where your local authority publishes the statement bank. Leave empty if this site is the bank.',
    notHttps: 'Use the https:// address of the bank site.',
    notASite: 'Use the address of a SharePoint site, e.g. https://contoso.sharepoint.com/sites/esafety-bank.',
    notAnAddress: 'This is not a web address. Copy the bank site address from your browser.'
  },
  errors: {
    accessDenied: "You don't have access to this site. Ask the site's owner to add you, then try again.",
    notSignedIn: 'You are not signed in. Sign in to Microsoft 365 and reload the page.',
    offline: "We can't reach SharePoint right now. Check your connection; we'll keep trying.",
    throttled: 'SharePoint is busy. Wait a moment and try again.',
    notFound: "Something this page needs doesn't exist on this site. Ask the site's owner to set the app up.",
    conflict: 'Someone else changed this at the same time, so your change was not saved over theirs. Reload to see the latest, then try again.',
    tooLong: 'Some text is longer than SharePoint can keep (a title or other one-line field holds at most 255 characters). Nothing was saved: shorten it and try again.',
    invalid: "Something entered can't be saved as it is. Check what you entered, correct it and try again.",
    unexpected: 'Something went wrong. Try again; if it keeps happening, send the technical detail to your IT team.'
  }
};

/** The shape every language file has. */
export type Strings = typeof enGB;
