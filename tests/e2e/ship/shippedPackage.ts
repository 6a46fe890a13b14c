import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';

/** The web part's component manifest as the package's feature XML carries it (the fields the host reads). */
export interface ComponentManifest {
  id: string;
  version: string;
  alias: string;
  loaderConfig: {
    entryModuleId: string;
    internalModuleBaseUrls: string[];
    scriptResources: Record<string, { type: string; path?: string; id?: string; version?: string }>;
  };
  [key: string]: unknown;
}

/** The Teams app manifest's tabs, as SharePoint syncs them to Teams from `ClientSideAssets/TeamsSPFxApp.zip`. */
export interface TeamsManifest {
  id: string;
  staticTabs: { entityId: string; contentUrl: string; scopes: string[] }[];
  configurableTabs: { configurationUrl: string }[];
}

/** What `npm run package` shipped: read from the .sppkg only, never from the build folders. */
export interface ShippedPackage {
  file: string;
  solutionId: string;
  manifest: ComponentManifest;
  /** `ClientSideAssets/*` by file name. */
  assets: Map<string, Buffer>;
  teams: TeamsManifest;
}

const root = path.resolve(__dirname, '..', '..', '..');
export const SOLUTION_DIR = path.join(root, 'sharepoint', 'solution');

function decodeXmlAttribute(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Opens the one .sppkg in sharepoint/solution (made by `npm run package`). */
export async function readShippedPackage(): Promise<ShippedPackage> {
  const packages = fs.existsSync(SOLUTION_DIR) ? fs.readdirSync(SOLUTION_DIR).filter(f => f.endsWith('.sppkg')) : [];
  if (packages.length !== 1) throw new Error(`Expected one .sppkg in sharepoint/solution, found ${packages.length}. Run "npm run package" first.`);
  const file = path.join(SOLUTION_DIR, packages[0]);
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const appManifest = await zip.file('AppManifest.xml')!.async('string');
  const solutionId = /ProductID="([^"]+)"/.exec(appManifest)?.[1];
  if (!solutionId) throw new Error('AppManifest.xml has no ProductID.');

  // The web part's component manifest sits in its feature's WebPart_<id>.xml, as an XML attribute.
  const webPartXml = zip.file(/^[^/]+\/WebPart_[^/]+\.xml$/);
  if (webPartXml.length !== 1) throw new Error(`Expected one web part in the package, found ${webPartXml.length}.`);
  const attribute = /ComponentManifest="([^"]*)"/.exec(await webPartXml[0].async('string'));
  if (!attribute) throw new Error('The web part XML has no ComponentManifest attribute.');
  const manifest = JSON.parse(decodeXmlAttribute(attribute[1])) as ComponentManifest;

  const assets = new Map<string, Buffer>();
  for (const entry of zip.file(/^ClientSideAssets\/[^/]+$/)) assets.set(entry.name.slice('ClientSideAssets/'.length), await entry.async('nodebuffer'));
  const teamsZip = assets.get('TeamsSPFxApp.zip');
  if (!teamsZip) throw new Error('The package carries no ClientSideAssets/TeamsSPFxApp.zip.');
  const teams = JSON.parse(await (await JSZip.loadAsync(teamsZip)).file('manifest.json')!.async('string')) as TeamsManifest;
  return { file, solutionId, manifest, assets, teams };
}
