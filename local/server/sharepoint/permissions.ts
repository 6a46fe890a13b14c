import type { BasePermissions, RoleDefinition } from '../store/model';

/**
 * SharePoint's permission kinds (SP.PermissionKind). Kind k is bit k-1 of the 64-bit mask:
 * the low 32 bits travel as `Low`, the high ones as `High`, exactly as PnPjs' `hasPermissions` reads them.
 */
export const PermissionKind = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ApproveItems: 5,
  OpenItems: 6,
  ViewVersions: 7,
  DeleteVersions: 8,
  CancelCheckout: 9,
  ManagePersonalViews: 10,
  ManageLists: 12,
  ViewFormPages: 13,
  Open: 17,
  ViewPages: 18,
  AddAndCustomizePages: 19,
  ApplyThemeAndBorder: 20,
  ApplyStyleSheets: 21,
  ViewUsageData: 22,
  CreateSSCSite: 23,
  ManageSubwebs: 24,
  CreateGroups: 25,
  ManagePermissions: 26,
  BrowseDirectories: 27,
  BrowseUserInfo: 28,
  AddDelPrivateWebParts: 29,
  UpdatePersonalWebParts: 30,
  ManageWeb: 31,
  UseClientIntegration: 37,
  UseRemoteAPIs: 38,
  ManageAlerts: 39,
  CreateAlerts: 40,
  EditMyUserInfo: 41,
  EnumeratePermissions: 63,
  FullMask: 65
} as const;

export type PermissionKindName = keyof typeof PermissionKind;

export const EMPTY_MASK: BasePermissions = { High: 0, Low: 0 };
export const FULL_MASK: BasePermissions = { High: 0x7fffffff, Low: 0xffffffff };

/** Builds a mask from permission kinds. */
export function maskOf(kinds: readonly number[]): BasePermissions {
  let low = 0;
  let high = 0;
  for (const kind of kinds) {
    const bit = kind - 1;
    if (bit < 32) low = (low | (1 << bit)) >>> 0;
    else high = (high | (1 << (bit - 32))) >>> 0;
  }
  return { High: high, Low: low };
}

/** The union of two masks. */
export function unionMask(a: BasePermissions, b: BasePermissions): BasePermissions {
  return { High: (a.High | b.High) >>> 0, Low: (a.Low | b.Low) >>> 0 };
}

/** Whether `mask` grants permission `kind` (the same test PnPjs makes). */
export function hasPermission(mask: BasePermissions, kind: number): boolean {
  if (kind === PermissionKind.FullMask) return (mask.High & 0x7fff) === 0x7fff && mask.Low === 0xffffffff;
  const bit = kind - 1;
  if (bit < 32) return ((mask.Low >>> 0) & (1 << bit)) !== 0;
  return ((mask.High >>> 0) & (1 << (bit - 32))) !== 0;
}

const K = PermissionKind;
const READ_KINDS = [
  K.ViewListItems, K.OpenItems, K.ViewVersions, K.ViewFormPages, K.Open, K.ViewPages, K.CreateSSCSite,
  K.BrowseUserInfo, K.UseClientIntegration, K.UseRemoteAPIs, K.CreateAlerts
];
const CONTRIBUTE_KINDS = [
  ...READ_KINDS, K.AddListItems, K.EditListItems, K.DeleteListItems, K.DeleteVersions, K.ManagePersonalViews,
  K.BrowseDirectories, K.AddDelPrivateWebParts, K.UpdatePersonalWebParts, K.EditMyUserInfo
];
const EDIT_KINDS = [...CONTRIBUTE_KINDS, K.ManageLists];
const DESIGN_KINDS = [...EDIT_KINDS, K.ApproveItems, K.CancelCheckout, K.AddAndCustomizePages, K.ApplyThemeAndBorder, K.ApplyStyleSheets];

/** Well-known role definition ids, the same numbers SharePoint uses. */
export const RoleDefinitionId = {
  LimitedAccess: 1073741825,
  Read: 1073741826,
  Contribute: 1073741827,
  Design: 1073741828,
  FullControl: 1073741829,
  Edit: 1073741830
} as const;

/** The permission levels every new site starts with. */
export function defaultRoleDefinitions(): RoleDefinition[] {
  const def = (Id: number, Name: string, Description: string, BasePermissions: BasePermissions, Order: number, RoleTypeKind: number, Hidden = false): RoleDefinition =>
    ({ Id, Name, Description, BasePermissions, Order, Hidden, RoleTypeKind });
  return [
    def(RoleDefinitionId.FullControl, 'Full Control', 'Has full control.', FULL_MASK, 1, 5),
    def(RoleDefinitionId.Design, 'Design', 'Can view, add, update, delete, approve, and customize.', maskOf(DESIGN_KINDS), 32, 4),
    def(RoleDefinitionId.Edit, 'Edit', 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', maskOf(EDIT_KINDS), 48, 6),
    def(RoleDefinitionId.Contribute, 'Contribute', 'Can view, add, update, and delete list items and documents.', maskOf(CONTRIBUTE_KINDS), 64, 3),
    def(RoleDefinitionId.Read, 'Read', 'Can view pages and list items and download documents.', maskOf(READ_KINDS), 128, 2),
    def(RoleDefinitionId.LimitedAccess, 'Limited Access', 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.', maskOf([K.Open, K.BrowseUserInfo, K.UseClientIntegration, K.UseRemoteAPIs]), 160, 1, true)
  ];
}
