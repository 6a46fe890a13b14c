import { buildManifest, DEFAULT_WEB_APPLICATION_ID, packageSettingsFrom, SHAREPOINT_APP_ID } from '../../scripts/teamsManifest';

const idOf = (manifest: Record<string, unknown>): string => (manifest.webApplicationInfo as { id: string }).id;

describe('the Teams manifest web application id, a package-time setting that works in any shell', () => {
  it('defaults to the SPFx Graph principal (what activity notifications are checked against)', () => {
    expect(idOf(buildManifest({}))).toBe(DEFAULT_WEB_APPLICATION_ID);
  });

  it('reads --web-application-id <guid>, --web-application-id=<guid> and the names spfx and sharepoint', () => {
    const guid = '11111111-2222-4333-8444-555555555555';
    expect(idOf(buildManifest({}, packageSettingsFrom(['--web-application-id', guid])))).toBe(guid);
    expect(idOf(buildManifest({}, packageSettingsFrom([`--web-application-id=${guid}`])))).toBe(guid);
    expect(idOf(buildManifest({}, packageSettingsFrom(['--web-application-id', 'sharepoint'])))).toBe(SHAREPOINT_APP_ID);
    expect(idOf(buildManifest({}, packageSettingsFrom(['--web-application-id=spfx'])))).toBe(DEFAULT_WEB_APPLICATION_ID);
  });

  it('lets the flag win over TEAMS_WEB_APPLICATION_ID, and refuses typos and values that are not GUIDs', () => {
    expect(idOf(buildManifest({ TEAMS_WEB_APPLICATION_ID: SHAREPOINT_APP_ID }))).toBe(SHAREPOINT_APP_ID);
    expect(idOf(buildManifest({ TEAMS_WEB_APPLICATION_ID: SHAREPOINT_APP_ID }, packageSettingsFrom(['--web-application-id', 'spfx'])))).toBe(DEFAULT_WEB_APPLICATION_ID);
    expect(() => packageSettingsFrom(['--web-app-id', 'x'])).toThrow(/Unknown argument/);
    expect(() => packageSettingsFrom(['--web-application-id'])).toThrow(/needs a value/);
    expect(() => buildManifest({}, packageSettingsFrom(['--web-application-id', 'not-a-guid']))).toThrow(/must be a GUID/);
  });
});
