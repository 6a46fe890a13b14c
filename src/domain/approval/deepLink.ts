/** What a Teams deep link opens: a draft, an approval round of a draft, or a request to read and acknowledge. */
export type SubEntity = { kind: 'draft'; draftId: number } | { kind: 'round'; draftId: number; round: number } | { kind: 'ack'; requestId: number };

function bareSubEntity(target: SubEntity): string {
  if (target.kind === 'draft') return `draft:${target.draftId}`;
  if (target.kind === 'round') return `round:${target.draftId}:${target.round}`;
  return `ack:${target.requestId}`;
}

/**
 * A site of the tenant as a link names it: its server-relative path, `/sites/<name>` or `/teams/<name>` (the only two
 * managed paths SharePoint Online gives sites), so a link can never point at another host or at the root site.
 */
const SITE_PATH = /^\/(sites|teams)\/[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/** True when `path` is a server-relative site path a link may carry (`/sites/oakfield-primary`). */
export function isSitePath(path: string): boolean {
  return SITE_PATH.test(path);
}

/** What a link opens, and (in links made since sites travel with them) on which school site, with which bank. */
export interface LinkTarget {
  target: SubEntity;
  /** The school site's server-relative path; absent in links of the old shape (`round:12:3`). */
  sitePath?: string;
  /**
   * The authority's bank site, when it is not the school site: the personal app has no web part settings to
   * read it from, so the link brings it.
   */
  bankPath?: string;
}

/**
 * `draft:12`, `round:12:3`, `ack:7`: the sub-entity a deep link carries to the tab; with a site,
 * `round:12:3@/sites/oakfield-primary`, and with the bank too, `round:12:3@/sites/oakfield-primary;bank=/sites/esafety-bank`.
 * The personal app runs on the tenant's root site, so the sites have to travel in the link for it to find the round.
 */
export function formatSubEntity(target: SubEntity, sitePath?: string, bankPath?: string): string {
  const bare = bareSubEntity(target);
  if (sitePath === undefined) return bare;
  for (const path of [sitePath, bankPath]) {
    if (path !== undefined && !isSitePath(path)) throw new Error(`"${path}" is not a site path a link may carry (/sites/<name> or /teams/<name>).`);
  }
  return bankPath === undefined ? `${bare}@${sitePath}` : `${bare}@${sitePath};bank=${bankPath}`;
}

/** Reads a sub-entity with or without its sites, refusing anything not of our shapes (a forged id is just "nothing to open"). */
export function parseLinkTarget(text: string | undefined): LinkTarget | undefined {
  const value = text ?? '';
  const at = value.indexOf('@');
  const bare = at < 0 ? value : value.slice(0, at);
  const [sitePath, bankPart, ...rest] = at < 0 ? [] : value.slice(at + 1).split(';');
  if (rest.length > 0) return undefined;
  if (sitePath !== undefined && !isSitePath(sitePath)) return undefined;
  const bankPath = bankPart === undefined ? undefined : /^bank=(.*)$/.exec(bankPart)?.[1];
  if (bankPart !== undefined && (bankPath === undefined || !isSitePath(bankPath))) return undefined;
  const sites = { ...(sitePath !== undefined ? { sitePath } : {}), ...(bankPath !== undefined ? { bankPath } : {}) };
  const draft = /^draft:(\d{1,9})$/.exec(bare);
  if (draft) return { target: { kind: 'draft', draftId: Number(draft[1]) }, ...sites };
  const round = /^round:(\d{1,9}):(\d{1,4})$/.exec(bare);
  if (round) return { target: { kind: 'round', draftId: Number(round[1]), round: Number(round[2]) }, ...sites };
  const ack = /^ack:(\d{1,9})$/.exec(bare);
  if (ack) return { target: { kind: 'ack', requestId: Number(ack[1]) }, ...sites };
  return undefined;
}

/** Reads what a sub-entity opens (its site, if any, aside). */
export function parseSubEntity(text: string | undefined): SubEntity | undefined {
  return parseLinkTarget(text)?.target;
}

/** Teams' limit for a deep link we keep well inside. */
export const MAX_DEEP_LINK = 1900;

/**
 * A Teams deep link to our tab with a sub-entity: `https://teams.microsoft.com/l/entity/<appId>/<entityId>?webUrl=…&label=…&context=…`.
 * The web URL is where a browser without Teams lands. With `sitePath`, the sub-entity names the school site too.
 */
export function teamsDeepLink(input: { appId: string; entityId: string; webUrl: string; label: string; subEntity: SubEntity; sitePath?: string; bankPath?: string; channelId?: string }): string {
  const context = JSON.stringify({ subEntityId: formatSubEntity(input.subEntity, input.sitePath, input.bankPath), ...(input.channelId ? { channelId: input.channelId } : {}) });
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
