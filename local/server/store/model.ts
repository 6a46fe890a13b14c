import type { OutboxAttachment } from '../graph/mailAttachments';
/**
 * The local tenant's data model: what SharePoint and Microsoft Graph keep, nothing of the policy domain.
 * Everything here is plain data so it can be written to SQLite as JSON and read back unchanged.
 */

/** A person of the tenant, as Graph knows them. */
export interface TenantUser {
  /** Graph object id (a GUID). */
  id: string;
  userPrincipalName: string;
  displayName: string;
  givenName: string;
  surname: string;
  mail: string;
  jobTitle: string;
  /** Guests are invited from outside the tenant (often governors). */
  userType: 'Member' | 'Guest';
  /** Whether the Teams app is installed for this person (false: Graph answers 403 to notifications). */
  teamsAppInstalled: boolean;
}

/** A Microsoft 365 group (the school's Team) with its members. */
export interface TenantGroup {
  id: string;
  displayName: string;
  mail: string;
  /** Graph ids of the members. */
  memberIds: string[];
  /** Graph ids of the owners. */
  ownerIds: string[];
}

/** A notification that `sendActivityNotification` delivered, kept in the local activity feed. */
export interface FeedNotification {
  id: string;
  createdDateTime: string;
  recipientId: string;
  senderId: string;
  /** `teams/{groupId}`, `users/{id}` or `chats/{id}`: the endpoint it was sent through. */
  scope: string;
  activityType: string;
  previewText: string;
  topic: { source: string; value: string; webUrl?: string };
  templateParameters: { name: string; value: string }[];
  teamsAppId?: string;
}

/** A mail that `sendMail` accepted, kept in the local outbox. */
export interface OutboxMail {
  id: string;
  createdDateTime: string;
  senderId: string;
  subject: string;
  contentType: string;
  content: string;
  to: string[];
  /** Files attached (`fileAttachment`s), as `sendMail` took them. */
  attachments?: OutboxAttachment[];
}

/** The permission bitmask SharePoint sends as two 32-bit halves (strings in JSON). */
export interface BasePermissions {
  High: number;
  Low: number;
}

/** A permission level (role definition) of a site. */
export interface RoleDefinition {
  Id: number;
  Name: string;
  Description: string;
  BasePermissions: BasePermissions;
  Order: number;
  Hidden: boolean;
  /** SP.RoleType: 0 none (custom), 1 guest, 2 reader, 3 contributor, 4 web designer, 5 administrator, 6 editor. */
  RoleTypeKind: number;
}

/** One principal's permission levels on a securable object. */
export interface RoleAssignment {
  principalId: number;
  roleDefinitionIds: number[];
}

/** A user as a site collection knows them (site-local integer id). */
export interface SiteUser {
  Id: number;
  LoginName: string;
  Title: string;
  Email: string;
  UserPrincipalName: string;
  IsSiteAdmin: boolean;
  /** 1 a person, 4 a security group claim (the Team's members or owners). */
  PrincipalType: number;
  /** Graph object id of the tenant user, or of the M365 group for a group claim. */
  aadObjectId: string;
  /** For a group claim: whether it stands for the group's owners (`…_o`) rather than its members. */
  claimsOwners?: boolean;
}

/** A SharePoint site group (principal ids share one space with users). */
export interface SiteGroup {
  Id: number;
  Title: string;
  Description: string;
  OwnerTitle: string;
  /** Principal id of the group's owner (a user or group). */
  ownerId: number;
  OnlyAllowMembersViewMembership: boolean;
  AllowMembersEditMembership: boolean;
  memberIds: number[];
}

/** A field (column) of a list. */
export interface FieldDefinition {
  Id: string;
  InternalName: string;
  StaticName: string;
  EntityPropertyName: string;
  Title: string;
  Description: string;
  FieldTypeKind: number;
  TypeAsString: string;
  Required: boolean;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Hidden: boolean;
  ReadOnlyField: boolean;
  FromBaseType: boolean;
  Sealed: boolean;
  MaxLength?: number;
  DefaultValue?: string | null;
  Choices?: string[];
  LookupList?: string;
  LookupField?: string;
  AllowMultipleValues?: boolean;
  /** Note fields: whether HTML is allowed. Stored only so it can be echoed. */
  RichText?: boolean;
  /** Note fields in a document library: whether values may pass 255 characters (SP.FieldMultiLineText). */
  UnlimitedLengthInDocumentLibrary?: boolean;
}

/** A list or document library. */
export interface ListDefinition {
  Id: string;
  siteId: string;
  Title: string;
  Description: string;
  /** 100 generic list, 101 document library. */
  BaseTemplate: number;
  /** Fixed at creation from the title (`Draft_x0020_BlocksList`); renaming the list keeps it. */
  EntityTypeName: string;
  /** Server-relative URL of the list's root folder (`/sites/x/Lists/Draft Blocks`, `/sites/x/Policies`). */
  rootFolderUrl: string;
  Created: string;
  LastItemModifiedDate: string;
  /** When an item was last deleted (SP.List.LastItemDeletedDate); the list's creation until then. */
  LastItemDeletedDate?: string;
  EnableVersioning: boolean;
  /** 1 all items, 2 only items the user created (SharePoint's item-level read setting). */
  ReadSecurity: number;
  /** 1 all items, 2 only their own items, 4 none. */
  WriteSecurity: number;
  OnQuickLaunch: boolean;
  Hidden: boolean;
  NoCrawl: boolean;
  hasUniqueRoleAssignments: boolean;
  roleAssignments: RoleAssignment[];
  fields: FieldDefinition[];
  nextItemId: number;
}

/** A list item (or the item of a file in a library). */
export interface ListItemRecord {
  listId: string;
  Id: number;
  GUID: string;
  /** The ETag version ("owshiddenversion"), starting at 1. */
  version: number;
  /** The major version shown as OData__UIVersionString ("3.0"). */
  uiVersion: number;
  AuthorId: number;
  EditorId: number;
  Created: string;
  Modified: string;
  /** Values of the list's own fields, keyed by internal name (lookups as `<Name>Id`). */
  values: Record<string, unknown>;
  hasUniqueRoleAssignments: boolean;
  roleAssignments: RoleAssignment[];
  /** Libraries: the file's name and folder-relative path. */
  file?: FileInfo;
}

/** A file of a document library. The bytes are kept in their own table. */
export interface FileInfo {
  Name: string;
  ServerRelativeUrl: string;
  Length: number;
  contentId: string;
}

/** A historical version of an item, as `items(n)/versions` lists it. */
export interface ItemVersionRecord {
  listId: string;
  itemId: number;
  versionId: number;
  versionLabel: string;
  editorId: number;
  modified: string;
  values: Record<string, unknown>;
  fileContentId?: string;
  fileLength?: number;
}

/** A site collection with its root web. */
export interface SiteRecord {
  id: string;
  webId: string;
  serverRelativeUrl: string;
  Title: string;
  Description: string;
  Created: string;
  /** Windows time zone id as SharePoint numbers it (2 = GMT Standard Time, London). */
  timeZoneId: number;
  /** Microsoft 365 group connected to the site, if any (the school's Team). */
  groupId?: string;
  roleDefinitions: RoleDefinition[];
  roleAssignments: RoleAssignment[];
  users: SiteUser[];
  groups: SiteGroup[];
  associatedOwnerGroupId: number;
  associatedMemberGroupId: number;
  associatedVisitorGroupId: number;
  nextPrincipalId: number;
}
