/** Where the app is running. */
export type HostKind = 'SharePoint' | 'Teams' | 'Local';

/** The Teams themes the tab follows. */
export type HostTheme = 'default' | 'dark' | 'contrast';

/** A SharePoint page section's theme (from SPFx's ThemeProvider) as plain colour maps, so the app matches its section. */
export interface SectionTheme {
  palette: Record<string, string>;
  semanticColors?: Record<string, string>;
  isInverted?: boolean;
}

/** What the host tells the app: where it is, in which language and theme, and (in Teams) the deep link. */
export interface HostInfo {
  kind: HostKind;
  /** BCP 47 locale, e.g. `en-GB`. */
  locale: string;
  theme: HostTheme;
  /** Absolute URL of the site the app reads (the Team's site in a channel tab; the link's school site in the personal app). */
  siteUrl: string;
  /**
   * Absolute URL of the web SPFx loaded the web part on (`pageContext.web`): the page's site, the team's site in a
   * channel tab, the tenant's **root site** in the personal app. Links are checked against its origin.
   */
  pageWebUrl?: string;
  /** The page that hosts the app on this site, which mail links open (on a SharePoint page: that page). */
  appPageUrl?: string;
  /** What to open first: a Teams deep link's sub-entity, or `?subEntityId=` on a SharePoint page. */
  subEntityId?: string;
  /** Only in Teams. */
  teams?: {
    /** The deep link's sub-entity (`page.subPageId`): which draft or round to open. */
    subEntityId?: string;
    groupId?: string;
    channelId?: string;
    teamName?: string;
    tenantId?: string;
    /** The tab's entity id (`page.id`): a channel tab's deep links name it. */
    entityId?: string;
    /** Our personal app (no team, no channel, loaded on the root site) rather than a channel tab. */
    personal?: boolean;
  };
}

/** Maps a Teams theme name (`default`, `dark`, `contrast`) to ours, defaulting to the light theme. */
export function toHostTheme(teamsTheme: string | undefined): HostTheme {
  return teamsTheme === 'dark' ? 'dark' : teamsTheme === 'contrast' ? 'contrast' : 'default';
}
