import * as React from 'react';
import { DefaultButton, Dropdown, Link, mergeStyleSets, MessageBar, MessageBarType, PrimaryButton, Stack, Text, ThemeProvider, type IDropdownOption } from '@fluentui/react';
import type { HostTheme } from '../../src/services/host/HostInfo';
import type { HostStart } from '../../src/app/startHost';
import { HostFrame } from '../../src/components/host/HostFrame';
import { startLocalHost } from './createLocalServices';
import { hostPageUrl, localHostKind, pageWebUrl, readLocalHost, type LocalHostKind } from './localHost';
import { fetchPeople, readSignedInLogin, signInAs, type LocalPerson } from './localSession';

const classes = mergeStyleSets({
  bar: { background: '#1b1a19', color: '#ffffff', padding: '8px 16px', flexWrap: 'wrap' },
  barText: { color: '#ffffff' },
  barLink: { color: '#c7e0f4 !important' },
  canvas: { maxWidth: 1200, margin: '16px auto', border: '1px dashed #c8c6c4' },
  chooser: { maxWidth: 720, margin: '48px auto', padding: 16 }
});

function SignInChooser({ people, siteUrl }: { people: LocalPerson[]; siteUrl: string }): JSX.Element {
  const sitePath = new URL(siteUrl).pathname.toLowerCase();
  const here = people.filter(p => p.sites.some(s => s.url.toLowerCase() === sitePath));
  const others = people.filter(p => !here.includes(p));
  const row = (person: LocalPerson): JSX.Element => (
    <Stack key={person.login} horizontal tokens={{ childrenGap: 12 }} verticalAlign="center">
      <PrimaryButton styles={{ root: { minWidth: 240 } }} text={`Sign in as ${person.displayName}`} onClick={() => { signInAs(person.login); window.location.reload(); }} />
      <Text>{person.jobTitle}{person.userType === 'Guest' ? ' (guest)' : ''}</Text>
    </Stack>
  );
  return (
    <Stack className={classes.chooser} tokens={{ childrenGap: 12 }}>
      <Text as="h1" variant="xLarge">Who are you signed in as?</Text>
      <Text>This local workbench stands in for Microsoft 365 sign-in. Pick one of the seeded people; you can switch at any time.</Text>
      <Text as="h2" variant="large">People in this site</Text>
      {here.map(row)}
      {others.length > 0 && <Text as="h2" variant="large">Other people</Text>}
      {others.map(row)}
    </Stack>
  );
}

/** The theme a Teams host starts in (`?theme=dark`). */
function themeFromLocation(location: Location): HostTheme {
  const theme = new URLSearchParams(location.search).get('theme');
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

/**
 * The local workbench: a "signed in as" switcher, the emulated host (a SharePoint page, a Teams channel tab on the
 * team's site, or the Teams personal app on the tenant's root site) and the web part's app in a canvas, started
 * through the same `startHost` as the web part.
 */
export function Workbench(): JSX.Element {
  const [people, setPeople] = React.useState<LocalPerson[] | undefined>();
  const [loadError, setLoadError] = React.useState<string | undefined>();
  const login = readSignedInLogin();
  const hostKind: LocalHostKind = React.useMemo(() => localHostKind(window.location.search), []);
  // Teams changes its theme while a tab is open and tells the tab: the workbench does the same, without a reload.
  const [teamsTheme, setTeamsTheme] = React.useState<HostTheme>(() => themeFromLocation(window.location));
  // The web part's "bank site" property: the seeded bank, unless the address says otherwise (?bankSiteUrl=/sites/x).
  // The personal app has no web part settings (it takes the bank from the link), as in Teams.
  const bankSiteUrl = React.useMemo(() => {
    const given = new URLSearchParams(window.location.search).get('bankSiteUrl');
    if (given) return `${window.location.origin}${given}`;
    return hostKind === 'personal' ? undefined : `${window.location.origin}/sites/esafety-bank`;
  }, [hostKind]);
  const [start, setStart] = React.useState<HostStart | undefined>();

  React.useEffect(() => {
    fetchPeople().then(setPeople, (error: Error) => setLoadError(error.message));
  }, []);
  React.useEffect(() => {
    // SPFx loads the personal app on the root site only: the workbench does too.
    if (hostKind === 'personal' && pageWebUrl(window.location) !== window.location.origin) {
      window.location.replace(hostPageUrl(window.location, 'personal'));
      return;
    }
    if (!login) return;
    readLocalHost(window.location, themeFromLocation(window.location))
      .then(host => startLocalHost(host, bankSiteUrl))
      .then(setStart, (error: Error) => setLoadError(error.message));
  }, [login, hostKind, bankSiteUrl]);

  const personOptions: IDropdownOption[] = (people ?? []).map(p => ({ key: p.login, text: p.displayName }));
  return (
    <ThemeProvider>
      <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 16 }} className={classes.bar} role="banner">
        <Text className={classes.barText} variant="mediumPlus">Local workbench</Text>
        <Dropdown
          label="Signed in as" ariaLabel="Signed in as" styles={{ root: { minWidth: 220 }, label: { color: '#ffffff' } }}
          options={personOptions} selectedKey={login ?? null} placeholder="Nobody"
          onChange={(_e, option) => { if (option) { signInAs(String(option.key)); window.location.reload(); } }}
        />
        <Dropdown
          label="Host" styles={{ root: { minWidth: 160 }, label: { color: '#ffffff' } }}
          options={[{ key: 'page', text: 'SharePoint page' }, { key: 'channel', text: 'Teams channel tab' }, { key: 'personal', text: 'Teams personal app' }]} selectedKey={hostKind}
          onChange={(_e, option) => { if (option) window.location.assign(hostPageUrl(window.location, option.key as LocalHostKind)); }}
        />
        {hostKind !== 'page' && (
          <Dropdown
            label="Teams theme" styles={{ root: { minWidth: 140 }, label: { color: '#ffffff' } }}
            options={[{ key: 'default', text: 'Default' }, { key: 'dark', text: 'Dark' }, { key: 'contrast', text: 'High contrast' }]}
            selectedKey={teamsTheme} onChange={(_e, option) => {
              const theme = (option?.key ?? 'default') as HostTheme;
              setTeamsTheme(theme);
              const url = new URL(window.location.href);
              if (theme === 'default') url.searchParams.delete('theme');
              else url.searchParams.set('theme', theme);
              window.history.replaceState(null, '', url.toString());
            }}
          />
        )}
        <Link className={classes.barLink} href="/_local/feed" target="_blank">Activity feed</Link>
        <Link className={classes.barLink} href="/_local/outbox" target="_blank">Outbox</Link>
        <Link className={classes.barLink} href="/">All sites</Link>
      </Stack>
      {loadError && <MessageBar messageBarType={MessageBarType.error}>{loadError} Is the local server running (npm start)?</MessageBar>}
      {!login && people && <SignInChooser people={people} siteUrl={pageWebUrl(window.location)} />}
      {login && start && (
        // Teams paints around a tab in its own theme's background; a SharePoint page stays white.
        <div className={classes.canvas} data-testid="webpart-canvas" data-host={hostKind} style={hostKind !== 'page' && teamsTheme !== 'default' ? { background: teamsTheme === 'dark' ? '#1f1f1f' : '#000000' } : undefined}>
          <HostFrame key={`${login}|${hostKind}`} start={start} theme={teamsTheme} />
        </div>
      )}
      {login && <Stack horizontalAlign="center"><DefaultButton text="Reload" onClick={() => window.location.reload()} /></Stack>}
    </ThemeProvider>
  );
}
