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
