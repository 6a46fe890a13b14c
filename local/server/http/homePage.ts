import type { Store } from '../store/Store';
import { localTeamsPath, openAs } from './linkPages';

/** Escapes text for HTML (names like O'Brien and anything a test types must stay text). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The local server's front page: the sites with their workbench links, the seeded people and the local tools. */
export function renderHomePage(store: Store): string {
  const sites = [...store.sites.values()].map(site =>
    `<li><a href="${escapeHtml(site.serverRelativeUrl.replace(/\/$/, ''))}/_layouts/15/workbench.aspx">${escapeHtml(site.Title)}</a> <code>${escapeHtml(site.serverRelativeUrl)}</code></li>`).join('');
  const people = [...store.users.values()].map(user =>
    `<tr><td>${escapeHtml(user.displayName)}</td><td><code>${escapeHtml(user.userPrincipalName)}</code></td><td>${escapeHtml(user.jobTitle)}</td><td>${user.userType}</td></tr>`).join('');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>e-Safety Policy Hub: local Microsoft 365</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;margin:2rem;max-width:60rem;color:#242424}code{background:#f3f2f1;padding:0 .25rem}table{border-collapse:collapse}td,th{text-align:left;padding:.25rem .75rem .25rem 0;border-bottom:1px solid #edebe9}</style>
</head><body>
<h1>e-Safety Policy Hub: local Microsoft 365</h1>
<p>A local SharePoint and Microsoft Graph for trying the product without a tenant. Open a site's workbench and pick who you are signed in as.</p>
<h2>Sites</h2><ul>${sites}</ul>
<h2>People</h2><table><thead><tr><th>Name</th><th>Sign-in name</th><th>Role</th><th>Type</th></tr></thead><tbody>${people}</tbody></table>
<h2>Local tools</h2><ul><li><a href="/_local/feed">Teams activity feed</a> (notifications sent through Graph)</li><li><a href="/_local/outbox">Outbox</a> (mail sent through Graph)</li><li><a href="/_local/users">People as JSON</a></li><li><a href="/_local/faults">Fault injection</a></li></ul>
</body></html>`;
}

/** A notification as the local feed page lists it. */
export interface FeedLine {
  createdDateTime: string;
  recipient: string;
  recipientLogin: string;
  sender: string;
  activityType: string;
  previewText: string;
  topic: { webUrl?: string; value: string };
}

/** The local Teams activity feed: each notification, with a link that opens it as its recipient would. */
export function renderFeedPage(lines: FeedLine[]): string {
  const rows = lines.map(line => {
    // Teams opens the deep link itself (`/l/entity/…`, see linkPages.ts), never its webUrl fallback.
    const target = localTeamsPath(line.topic.webUrl);
    const open = target ? `<a href="${escapeHtml(openAs(line.recipientLogin, target))}">Open as ${escapeHtml(line.recipient)}</a>` : '';
    return `<li><strong>${escapeHtml(line.recipient)}</strong>: ${escapeHtml(line.sender)} · <code>${escapeHtml(line.activityType)}</code> · ${escapeHtml(line.topic.value)}<br>${escapeHtml(line.previewText)}<br><small>${escapeHtml(line.createdDateTime)}</small> ${open}</li>`;
  }).join('');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Local Teams activity feed</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;margin:2rem;max-width:60rem;color:#242424}li{margin-bottom:1rem}code{background:#f3f2f1;padding:0 .25rem}</style>
</head><body><h1>Teams activity feed (local)</h1><p>Notifications sent through Graph's sendActivityNotification. "Open" signs in as the recipient and opens the deep link in the local Teams, as their Teams would: the personal app, or the channel tab when the link names a channel.</p>
<ol>${rows || '<li>No notifications yet.</li>'}</ol><p><a href="/">All sites</a></p></body></html>`;
}
