import type { CurrentUser, SiteSummary } from './ISiteService';

/** The fields of `web` the shell reads. */
export interface WebWire {
  Title: string;
  Url: string;
  ServerRelativeUrl: string;
}

/** The fields of `web/currentUser` the shell reads. */
export interface UserWire {
  Id: number;
  Title: string;
  Email: string;
  LoginName: string;
}

/** Maps SharePoint's web payload to the app's site summary. */
export function toSiteSummary(web: WebWire): SiteSummary {
  return { title: web.Title, url: web.Url, serverRelativeUrl: web.ServerRelativeUrl };
}

/** Maps SharePoint's user payload to the app's current user. */
export function toCurrentUser(user: UserWire): CurrentUser {
  return { id: user.Id, displayName: user.Title, email: user.Email, loginName: user.LoginName };
}
