import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import JSZip from 'jszip';
import { AppManifestUtils } from '@microsoft/app-manifest';

/**
 * Opens the .sppkg that `npm run package` made and checks what a tenant's app catalog will install:
 * the web part with its hosts, the Graph permission requests, and our Teams app package, whose manifest
 * must be valid against the published Teams schema (validated offline, from the schema the package bundles).
 */
const root = path.resolve(__dirname, '..', '..');
const solutionDir = path.join(root, 'sharepoint', 'solution');
const webPartManifest = JSON.parse(fs.readFileSync(path.join(root, 'src/webparts/eSafetyPolicyHub/ESafetyPolicyHubWebPart.manifest.json'), 'utf8')) as { id: string };
const solution = JSON.parse(fs.readFileSync(path.join(root, 'config/package-solution.json'), 'utf8')) as {
  solution: { id: string; features: { id: string }[]; webApiPermissionRequests: { resource: string; scope: string }[] };
};

function decodeXmlAttribute(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('the .sppkg', () => {
  let zip: JSZip;

  beforeAll(async () => {
    const packages = fs.existsSync(solutionDir) ? fs.readdirSync(solutionDir).filter(f => f.endsWith('.sppkg')) : [];
    if (packages.length !== 1) throw new Error(`Expected one .sppkg in sharepoint/solution, found ${packages.length}. Run "npm run package".`);
    zip = await JSZip.loadAsync(fs.readFileSync(path.join(solutionDir, packages[0])));
  });

  it('is a client-side solution deployed tenant-wide, asking for the Graph scopes the product uses', async () => {
    const appManifest = await zip.file('AppManifest.xml')!.async('string');
    expect(appManifest).toContain(`ProductID="${solution.solution.id}"`);
    expect(appManifest).toContain('IsClientSideSolution="true"');
    expect(appManifest).toContain('SkipFeatureDeployment="true"');
    const requested = [...appManifest.matchAll(/<WebApiPermissionRequest ResourceId="([^"]+)" Scope="([^"]+)"/g)].map(m => `${m[1]}:${m[2]}`).sort();
    expect(requested).toEqual(['Microsoft Graph:AppCatalog.Read.All', 'Microsoft Graph:Files.Read.All', 'Microsoft Graph:Mail.Send', 'Microsoft Graph:TeamsActivity.Send', 'Microsoft Graph:User.ReadBasic.All']);
  });

  interface ComponentManifest {
    id: string; componentType: string; supportedHosts: string[];
    preconfiguredEntries: { title: { default: string } }[];
    loaderConfig: { entryModuleId: string; scriptResources: Record<string, { type: string; path?: string }> };
  }

  /** The web part's component manifest, as the feature XML in the package carries it. */
  async function componentManifest(): Promise<ComponentManifest> {
    const featureId = solution.solution.features[0].id;
    const file = zip.file(`${featureId}/WebPart_${webPartManifest.id}.xml`);
    if (!file) throw new Error(`The package has no WebPart_${webPartManifest.id}.xml in feature ${featureId}.`);
    const manifestAttr = /ComponentManifest="([^"]*)"/.exec(await file.async('string'));
    if (!manifestAttr) throw new Error('The web part XML has no ComponentManifest attribute.');
    return JSON.parse(decodeXmlAttribute(manifestAttr[1])) as ComponentManifest;
  }

  it('holds the web part with its manifest, supported in SharePoint pages, Teams tabs and the Teams personal app', async () => {
    const manifest = await componentManifest();
    expect(manifest.id).toBe(webPartManifest.id);
    expect(manifest.componentType).toBe('WebPart');
    expect(manifest.supportedHosts).toEqual(['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp']);
    expect(manifest.preconfiguredEntries[0].title.default).toBe('e-Safety Policy Hub');
    const entry = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId];
    expect(entry.type).toBe('path');
    expect(zip.file(`ClientSideAssets/${entry.path}`)).not.toBeNull();
  });

  it('keeps the first bundle within 300 KB gzipped: the docx library and the starter content load only when used', async () => {
    const manifest = await componentManifest();
    const entryPath = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId].path!;
    const entry = await zip.file(`ClientSideAssets/${entryPath}`)!.async('nodebuffer');
    expect(zlib.gzipSync(entry, { level: 9 }).length).toBeLessThanOrEqual(300 * 1024);
    // Only docx writes the WordprocessingML namespace: finding it in a lazy chunk and not in the entry shows where docx went.
    const DOCX_MARKER = 'schemas.openxmlformats.org/wordprocessingml/2006/main';
    expect(entry.toString('utf8')).not.toContain(DOCX_MARKER);
    const chunks = zip.file(/^ClientSideAssets\/chunk\..+\.js$/);
    const chunkTexts = await Promise.all(chunks.map(c => c.async('string')));
    expect(chunks.map(c => c.name).some(n => n.includes('word-export'))).toBe(true);
    expect(chunks.map(c => c.name).some(n => n.includes('starter-pack'))).toBe(true);
    expect(chunkTexts.some(t => t.includes(DOCX_MARKER))).toBe(true);
  });

  it("carries our Teams app package, with a manifest valid against the Teams schema and the approval flow's activity types", async () => {
    const teamsZipFile = zip.file('ClientSideAssets/TeamsSPFxApp.zip');
    expect(teamsZipFile).not.toBeNull();
    const teamsZip = await JSZip.loadAsync(await teamsZipFile!.async('nodebuffer'));
    expect(Object.keys(teamsZip.files).sort()).toEqual([`${webPartManifest.id}_color.png`, `${webPartManifest.id}_outline.png`, 'manifest.json'].sort());
    const manifest = JSON.parse(await teamsZip.file('manifest.json')!.async('string')) as {
      $schema: string; id: string; manifestVersion: string; icons: { color: string; outline: string };
      webApplicationInfo: { id: string; resource: string }; activities: { activityTypes: { type: string; templateText: string }[] };
      staticTabs: { contentUrl: string }[]; configurableTabs: { configurationUrl: string }[];
    };
    const version = /\/teams\/(v[\d.]+)\//.exec(manifest.$schema)![1];
    const schemaFile = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/${version}/MicrosoftTeams.schema.json`);
    const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as object;
    // validateAgainstSchema with the schema passed in never fetches: the check works offline.
    const errors = await AppManifestUtils.validateAgainstSchema(manifest as never, schema as never);
    expect(errors).toEqual([]);
    expect(manifest.id).toBe(webPartManifest.id);
    expect(manifest.webApplicationInfo.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(manifest.activities.activityTypes.map(a => a.type)).toEqual(['approvalRequested', 'approvalReminder', 'changesRequested', 'policyApproved', 'approvalWithdrawn', 'roundClosed', 'decisionRecorded', 'acknowledgementRequested', 'acknowledgementReminder', 'reviewReminder']);
    expect(manifest.staticTabs[0].contentUrl).toContain(`componentId=${webPartManifest.id}`);
    expect(manifest.configurableTabs[0].configurationUrl).toContain(`componentId=${webPartManifest.id}`);
    for (const icon of [manifest.icons.color, manifest.icons.outline]) expect(teamsZip.file(icon)).not.toBeNull();
  });
});
