/** Someone to notify: a person of the site, known by their sign-in name. */
export interface Recipient {
  name: string;
  /** The user principal name (what Graph's /users/{id} accepts besides the object id; a mail address is not enough). */
  login: string;
  email: string;
}
