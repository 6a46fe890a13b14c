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
  /** Absolute URL of the site the app reads (the Team's site in Teams). */
  siteUrl: string;
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
  };
}

/** Maps a Teams theme name (`default`, `dark`, `contrast`) to ours, defaulting to the light theme. */
export function toHostTheme(teamsTheme: string | undefined): HostTheme {
  return teamsTheme === 'dark' ? 'dark' : teamsTheme === 'contrast' ? 'contrast' : 'default';
}
