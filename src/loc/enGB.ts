/**
 * Every string the app shows, in British English. Another language is one more file of this shape
 * (`Strings`), registered in `strings.ts`. Plain TypeScript, so the SPFx build and the workbench bundle
 * resolve it the same way.
 */
export const enGB = {
  appName: 'e-Safety Policy Hub',
  shell: {
    greetingMorning: 'Good morning, {0}',
    greetingAfternoon: 'Good afternoon, {0}',
    greetingEvening: 'Good evening, {0}',
    signedInTo: 'You are working in {0}.',
    loading: 'Loading your site…',
    loadFailed: "We couldn't load this site.",
    retry: 'Try again',
    technicalDetail: 'Technical detail',
    hideTechnicalDetail: 'Hide technical detail'
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
    searchResults: '{0} statements match',
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
    publishCount: 'Publish release ({0} changes)',
    templates: 'Templates',
    resources: 'Resources',
    exportPack: 'Export content pack',
    importPack: 'Import content pack',
    readOnly: "You can read the published bank. Only the e-Safety officer's team can change it.",
    saving: 'Saving…',
    saved: 'All changes saved',
    saveFailed: "Your change wasn't saved.",
    conflict: 'Someone else changed this bank since you opened it. Reload to see their changes, then make yours again.',
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
      cancel: 'Cancel'
    },
    sectionEditor: {
      title: 'New section',
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
      entityTemplate: 'Template'
    },
    setup: {
      title: 'Set up the statement bank',
      intro: 'This site has no bank yet. Setting it up creates the lists the bank needs and, if you like, imports the starter bank: 16 policy sections, 7 acceptable use agreements, letters, a risk assessment, the incident flowchart and posters.',
      importStarter: 'Import and publish the starter bank',
      start: 'Set up this site',
      working: 'Setting up: {0}',
      notOwner: "This site isn't set up as a statement bank yet, and only a site owner can set it up. Ask an owner of this site to open the app here."
    },
    importPanel: {
      title: 'Import a content pack',
      choose: 'Choose a content pack (.json)',
      preview: '{0} new, {1} changed, {2} unchanged',
      notInPack: '{0} items in this bank are not in the pack; importing leaves them as they are.',
      publishAs: 'Publish as a release after importing',
      import: 'Import',
      importing: 'Importing…',
      done: 'Imported {0} items.'
    }
  },
  errors: {
    accessDenied: "You don't have access to this site. Ask the site's owner to add you, then try again.",
    notSignedIn: 'You are not signed in. Sign in to Microsoft 365 and reload the page.',
    offline: "We can't reach SharePoint right now. Check your connection; we'll keep trying.",
    throttled: 'SharePoint is busy. Wait a moment and try again.',
    notFound: "Something this page needs doesn't exist on this site. Ask the site's owner to set the app up.",
    unexpected: 'Something went wrong. Try again; if it keeps happening, send the technical detail to your IT team.'
  }
};

/** The shape every language file has. */
export type Strings = typeof enGB;
