/** What a Teams deep link opens: a draft, or an approval round of a draft. */
export type SubEntity = { kind: 'draft'; draftId: number } | { kind: 'round'; draftId: number; round: number };

/** `draft:12`, `round:12:3`: the sub-entity a deep link carries to the tab. */
export function formatSubEntity(target: SubEntity): string {
  return target.kind === 'draft' ? `draft:${target.draftId}` : `round:${target.draftId}:${target.round}`;
}

/** Reads a sub-entity, refusing anything not of our two shapes (a forged id is just "nothing to open"). */
export function parseSubEntity(text: string | undefined): SubEntity | undefined {
  const draft = /^draft:(\d{1,9})$/.exec(text ?? '');
  if (draft) return { kind: 'draft', draftId: Number(draft[1]) };
  const round = /^round:(\d{1,9}):(\d{1,4})$/.exec(text ?? '');
  if (round) return { kind: 'round', draftId: Number(round[1]), round: Number(round[2]) };
  return undefined;
}

/** Teams' limit for a deep link we keep well inside. */
export const MAX_DEEP_LINK = 1900;

/**
 * A Teams deep link to our tab with a sub-entity: `https://teams.microsoft.com/l/entity/<appId>/<entityId>?webUrl=…&label=…&context=…`.
 * The web URL is where a browser without Teams lands.
 */
export function teamsDeepLink(input: { appId: string; entityId: string; webUrl: string; label: string; subEntity: SubEntity; channelId?: string }): string {
  const context = JSON.stringify({ subEntityId: formatSubEntity(input.subEntity), ...(input.channelId ? { channelId: input.channelId } : {}) });
  const link = `https://teams.microsoft.com/l/entity/${encodeURIComponent(input.appId)}/${encodeURIComponent(input.entityId)}`
    + `?webUrl=${encodeURIComponent(input.webUrl)}&label=${encodeURIComponent(Array.from(input.label).slice(0, 80).join(''))}&context=${encodeURIComponent(context)}`;
  if (link.length > MAX_DEEP_LINK) throw new Error(`The deep link is ${link.length} characters; Teams accepts about ${MAX_DEEP_LINK}. Shorten the site address or the label.`);
  return link;
}

/**
 * A Teams deep link that opens a SharePoint file in Teams' own viewer:
 * `https://teams.microsoft.com/l/file/<fileId>?tenantId=…&fileType=docx&objectUrl=…&baseUrl=…&serviceName=teams[&threadId=…&groupId=…]`.
 */
export function teamsFileLink(input: { fileId: string; fileUrl: string; siteUrl: string; tenantId?: string; channelId?: string; groupId?: string }): string {
  const fileType = /\.([a-z0-9]{1,8})$/i.exec(input.fileUrl)?.[1].toLowerCase() ?? '';
  const params = [
    ...(input.tenantId ? [['tenantId', input.tenantId]] : []),
    ['fileType', fileType], ['objectUrl', input.fileUrl], ['baseUrl', input.siteUrl], ['serviceName', 'teams'],
    ...(input.channelId ? [['threadId', input.channelId]] : []),
    ...(input.groupId ? [['groupId', input.groupId]] : [])
  ].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
  return `https://teams.microsoft.com/l/file/${encodeURIComponent(input.fileId.replace(/[{}]/g, '').toUpperCase())}?${params}`;
}
