/**
 * How the app opens things outside itself, the way its host does: on a SharePoint page a document opens in
 * the Office viewer in a new tab; in Teams it opens in Teams (a file link or a deep link through teams-js),
 * never in a blank browser tab.
 */
export interface HostNavigation {
  /** Opens a document the site holds, by its server-relative URL. */
  openDocument(serverRelativeUrl: string): Promise<void>;
}

/** On a SharePoint page (and the local workbench as one): the document in a new tab, in the browser's Office viewer. */
export function browserNavigation(origin: string, open: (url: string) => void = url => { window.open(url, '_blank', 'noopener'); }): HostNavigation {
  return {
    openDocument: async url => open(`${origin}${encodeURI(url)}?web=1`)
  };
}
