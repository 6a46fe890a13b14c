/**
 * List templates whose lists hold files: the document library (101) and the "Site Pages" library (119), which every
 * modern SharePoint Online site has (SPListTemplateType.WebPageLibrary = 119, learn.microsoft.com
 * dotnet/api/microsoft.sharepoint.splisttemplatetype).
 */
export const SITE_PAGES_TEMPLATE = 119;

export function isLibraryTemplate(template: number): boolean {
  return template === 101 || template === SITE_PAGES_TEMPLATE;
}
