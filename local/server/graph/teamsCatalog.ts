import type { Store } from '../store/Store';
import type { TenantGroup, TenantUser } from '../store/model';
import { SPFX_GRAPH_APP_ID } from './graphScopes';

/** The Teams app the local tenant's catalogue holds for our package (what an admin would have uploaded). */
export interface LocalTeamsApp {
  /** The org-catalogue id (used in deep links and in `teamsAppId`). */
  catalogId: string;
  /** The manifest's own id. */
  externalId: string;
  displayName: string;
  /** Activity types the manifest declares; `systemDefault` is always allowed. */
  activityTypes: string[];
  /** The manifest's `webApplicationInfo.id`: the Entra app Teams expects activity notifications to come from. */
  webApplicationId: string;
}

/** An app of the org catalogue with where it is installed. */
export interface CatalogApp extends LocalTeamsApp {
  distributionMethod: 'organization';
  /** Teams (M365 group ids) the app is installed in. */
  installedInTeams: string[];
  /** People the app is installed for personally. */
  installedForUsers: string[];
}

const META_KEY = 'graph.teamsCatalog';

/**
 * Another SPFx solution's Teams app, as schools have: SharePoint's own Teams packages for SPFx carry the same
 * `webApplicationInfo.id` (the shared SPFx principal), so two such apps in one team make Graph answer 409
 * unless the body names `teamsAppId` (microsoft-graph-docs-contrib concepts/teams-send-activityfeednotifications.md,
 * "I started getting a 409 (conflict) error"; SharePoint/sp-dev-docs#8719). Installed in Riverside's Team only,
 * so the 409 is real there while Oakfield keeps the single-app case.
 */
export const SHARED_ID_APP = {
  catalogId: '6a1f4c1e-2b7d-4c55-9a0e-51ad1e5e7a01',
  externalId: '3c9d7e52-8b0f-4a1e-bf5d-2f6a9c4d1e77',
  displayName: 'Staff Leave Planner',
  activityTypes: ['leaveRequested'],
  webApplicationId: SPFX_GRAPH_APP_ID
} as const;

/** The org catalogue and its installations, kept in the store's meta table as JSON. */
export class TeamsCatalog {
  private apps: CatalogApp[];

  /** Loads the catalogue (seeding it on first use) and refreshes our app from the current manifest, as a re-upload would. */
  constructor(private readonly store: Store, ours: LocalTeamsApp) {
    const saved = store.getMeta(META_KEY);
    this.apps = saved ? (JSON.parse(saved) as CatalogApp[]) : this.seed(ours);
    const existing = this.apps.find(a => a.externalId === ours.externalId);
    if (existing) Object.assign(existing, ours);
    else this.apps.unshift(this.fresh(ours, this.store.groups.values(), this.store.users.values()));
    this.save();
  }

  all(): CatalogApp[] {
    return this.apps;
  }

  /** Installs an app in a team (what a team owner or admin does in Teams). */
  installInTeam(catalogId: string, teamId: string): void {
    const app = this.apps.find(a => a.catalogId === catalogId);
    if (app && !app.installedInTeams.includes(teamId)) app.installedInTeams.push(teamId);
    this.save();
  }

  /** Removes an app from a team. */
  uninstallFromTeam(catalogId: string, teamId: string): void {
    const app = this.apps.find(a => a.catalogId === catalogId);
    if (app) app.installedInTeams = app.installedInTeams.filter(id => id !== teamId);
    this.save();
  }

  private seed(ours: LocalTeamsApp): CatalogApp[] {
    const riverside = [...this.store.groups.values()].find(g => g.displayName.startsWith('Riverside'));
    return [
      this.fresh(ours, this.store.groups.values(), this.store.users.values()),
      { ...SHARED_ID_APP, activityTypes: [...SHARED_ID_APP.activityTypes], distributionMethod: 'organization', installedInTeams: riverside ? [riverside.id] : [], installedForUsers: [] }
    ];
  }

  /** Our app as set-up leaves it: added to every school's Team, and installed personally for members (an admin's setup policy); guests cannot add apps. */
  private fresh(ours: LocalTeamsApp, teams: Iterable<TenantGroup>, users: Iterable<TenantUser>): CatalogApp {
    return {
      ...ours, distributionMethod: 'organization',
      installedInTeams: [...teams].map(t => t.id),
      installedForUsers: [...users].filter(u => u.teamsAppInstalled).map(u => u.id)
    };
  }

  private save(): void {
    this.store.setMeta(META_KEY, JSON.stringify(this.apps));
  }
}
