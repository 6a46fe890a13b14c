import type { Store } from '../store/Store';
import type { OutboxMail } from '../store/model';
import { escapeHtml } from './homePage';

/**
 * How the local Teams and mail client open links, as the real ones do:
 * - a Teams deep link `https://teams.microsoft.com/l/entity/<appId>/<entityId>?context={"subEntityId":…,"channelId":…}`
 *   opens the app only when `<appId>` is the id the org catalogue gives it (Teams docs "Create deep links to
 *   application content", learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application;
 *   TENANT-FACTS "Teams hosting an SPFx web part"); with a `channelId` it opens that channel's tab on the team's
 *   site, otherwise the personal app, which SPFx loads on the tenant's root site. `webUrl` is never used by Teams
 *   to open a tab (it is only the fallback for clients without Teams), so neither do we;
 * - a mail client opens the browser URL the link carries.
 */

/** The local channel id of a team's General channel: Teams' `19:…@thread.tacv2` shape, made from the group id. */
export function localChannelId(groupId: string): string {
  return `19:${groupId.replace(/-/g, '')}@thread.tacv2`;
}

/** Where a deep link lands, or why Teams would refuse it. */
export type DeepLinkLanding = { ok: true; path: string } | { ok: false; status: number; message: string };

/** Resolves `/l/entity/<appId>/<entityId>?context=…` as Teams would, for the signed-in recipient. */
export function landDeepLink(store: Store, catalogId: string, appId: string, query: URLSearchParams, userId: string | undefined): DeepLinkLanding {
  if (appId.toLowerCase() !== catalogId.toLowerCase()) {
    return { ok: false, status: 404, message: "We couldn't find this app. The link names an app id that is not in your organisation's Teams app catalogue." };
  }
  let context: { subEntityId?: unknown; channelId?: unknown } = {};
  try {
    const raw = query.get('context');
    if (raw) context = JSON.parse(raw) as typeof context;
  } catch {
    return { ok: false, status: 400, message: "This link is damaged: its context isn't valid JSON." };
  }
  const subEntityId = typeof context.subEntityId === 'string' ? context.subEntityId : '';
  const channelId = typeof context.channelId === 'string' ? context.channelId : '';
  const sub = subEntityId ? `&subEntityId=${encodeURIComponent(subEntityId)}` : '';
  if (!channelId) return { ok: true, path: `/_layouts/15/workbench.aspx?host=teams-personal${sub}` };
  const site = [...store.sites.values()].find(s => s.groupId && localChannelId(s.groupId) === channelId);
  // Teams shows a channel only to its team's members (guests included once added to the team).
  const member = site?.groupId !== undefined && userId !== undefined && (store.groups.get(site.groupId)?.memberIds.includes(userId) ?? false);
  if (!site || !member) return { ok: false, status: 404, message: "We couldn't find this channel. It may have been deleted, or you may not be a member of its team." };
  return { ok: true, path: `${site.serverRelativeUrl}/_layouts/15/workbench.aspx?host=teams${sub}` };
}

/** The local path a Teams deep link opens (`/l/entity/…`), or undefined for anything that is not a Teams link. */
export function localTeamsPath(link: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link);
    return url.origin === 'https://teams.microsoft.com' && url.pathname.startsWith('/l/entity/') ? `${url.pathname}${url.search}` : undefined;
  } catch {
    return undefined;
  }
}

/** The local path of a browser link on this server (a mail's "Open in the browser"), or undefined for other hosts. */
export function localBrowserPath(link: string, origin: string): string | undefined {
  try {
    const url = new URL(link);
    return url.origin === origin ? `${url.pathname}${url.search}` : undefined;
  } catch {
    return undefined;
  }
}

/** Opens `path` as `login` (standing in for their own signed-in Teams or browser). */
export function openAs(login: string, path: string): string {
  return `/_local/signin?user=${encodeURIComponent(login)}&then=${encodeURIComponent(path)}`;
}

const PAGE_STYLE = 'body{font-family:"Segoe UI",system-ui,sans-serif;margin:2rem;max-width:60rem;color:#242424}li{margin-bottom:1.5rem}code{background:#f3f2f1;padding:0 .25rem}article{border:1px solid #edebe9;padding:.75rem 1rem;margin-bottom:1rem}';

/** Teams' refusal page for a link it cannot open. */
export function renderLinkError(message: string): string {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Microsoft Teams (local)</title><style>${PAGE_STYLE}</style></head>
<body><h1>Teams couldn't open this link</h1><p role="alert">${escapeHtml(message)}</p><p><a href="/">All sites</a></p></body></html>`;
}

/**
 * A mail body as a mail client shows it: the text of the HTML (tags dropped, entities read) and its links, each
 * opening as the recipient would (a Teams link in the local Teams, a browser link in their browser). Nothing of
 * the mail's own markup reaches the page: every character is escaped.
 */
export function renderMailBody(mail: OutboxMail, recipient: string, origin: string): string {
  const links: { text: string; href: string }[] = [];
  const text = mail.contentType.toLowerCase() === 'html'
    ? decodeEntities(mail.content
      .replace(/<a\s[^>]*href\s*=\s*"([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_m, href: string, label: string) => {
        links.push({ href: decodeEntities(href), text: decodeEntities(label.replace(/<[^>]*>/g, '')) });
        return ` [${links.length}] `;
      })
      .replace(/<\/(p|div|li|h\d)>|<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ''))
    : mail.content;
  const items = links.map((link, i) => {
    const teams = localTeamsPath(link.href);
    const browser = teams ? undefined : localBrowserPath(link.href, origin);
    const target = teams ?? browser;
    const label = `[${i + 1}] ${link.text}`;
    return target
      ? `<li><a href="${escapeHtml(openAs(recipient, target))}">${escapeHtml(label)}</a> <small><code>${escapeHtml(link.href)}</code></small></li>`
      : `<li>${escapeHtml(label)} <small><code>${escapeHtml(link.href)}</code></small></li>`;
  }).join('');
  // Attachments as a mail client lists them: name and size, the file one click away (a data: URL of its bytes).
  const files = (mail.attachments ?? []).map(a => `<li><a download="${escapeHtml(a.name)}" href="data:${escapeHtml(a.contentType)};base64,${escapeHtml(a.contentBytes)}">${escapeHtml(a.name)}</a> <small>(${Math.ceil(a.size / 1024)} KB)</small></li>`).join('');
  return `<div style="white-space:pre-wrap">${escapeHtml(text.trim())}</div>${items ? `<ul>${items}</ul>` : ''}${files ? `<p><strong>Attachments</strong></p><ul>${files}</ul>` : ''}`;
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[name] ?? '');
}

/** When a mail was sent, as a person reads it ("6 Dec 2026, 17:24 UTC"): the local server has no one's time zone. */
function sentAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return escapeHtml(iso);
  const text = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(text)} UTC</time>`;
}

/** The local outbox, newest first as a mail client lists it: each mail rendered as its recipients' client shows it. */
export function renderOutboxPage(store: Store, mails: OutboxMail[], origin: string): string {
  const newestFirst = [...mails].sort((a, b) => b.createdDateTime.localeCompare(a.createdDateTime));
  const articles = newestFirst.map(mail => {
    const sender = store.users.get(mail.senderId)?.displayName ?? mail.senderId;
    return mail.to.map(to => `<article><h2>${escapeHtml(mail.subject)}</h2><p><strong>From</strong> ${escapeHtml(sender)} · <strong>To</strong> ${escapeHtml(to)} · <small>${sentAt(mail.createdDateTime)}</small></p>${renderMailBody(mail, to, origin)}</article>`).join('');
  }).join('');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Local outbox</title><style>${PAGE_STYLE}</style></head>
<body><h1>Outbox (local)</h1><p>Mail sent through Graph's sendMail, as each recipient's mail client shows it. A link opens as that recipient.</p>
${articles || '<p>No mail yet.</p>'}<p><a href="/">All sites</a></p></body></html>`;
}
