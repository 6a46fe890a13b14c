import type { ReportingPorts } from '../../app/register/ReportingController';
import { isSchoolKey, isSchoolName } from '../../domain/register/ReportPack';
import type { IBankService } from '../bank/IBankService';
import type { IKeyValueStore } from '../drafts/IBlockStore';
import type { HostInfo } from '../host/HostInfo';
import type { ISiteService } from '../sharepoint/ISiteService';
import type { IRegisterService } from './IRegisterService';
import { readSchoolFacts, type SchoolFactsSources } from './schoolFacts';

/** What a composition root has that the school's reporting is built from (a subset of `AppServices`). */
export interface ReportingServices extends SchoolFactsSources {
  host: Pick<HostInfo, 'teams'>;
  site: Pick<ISiteService, 'teamGroupId' | 'getSiteAndUser'>;
  bank: Pick<IBankService, 'loadPublished'>;
  keyValueStore: IKeyValueStore;
}

/**
 * The reporting ports a service layer can give: all but the clock and the mailing of a pack, whose words come from
 * loc (the container adds it over `register.mailPack`).
 */
export type ReportingSources = Omit<ReportingPorts, 'clock' | 'mailPack' | 'register'> & { register: Pick<IRegisterService, 'sendReport' | 'mailPack'> };

/**
 * The school's reporting ports over the app's services: the school is its Team (the group id Teams gives, or
 * the one the site names) under the profile's school name (else the site's title); facts come from the school's
 * own lists; reports go to `register` (a `RegisterService` over the bank site's root).
 */
export function reportingSources(services: ReportingServices, register: Pick<IRegisterService, 'sendReport' | 'mailPack'>): ReportingSources {
  return {
    identity: async () => {
      const groupId = (services.host.teams?.groupId || await services.site.teamGroupId())?.toLowerCase();
      if (!groupId || !isSchoolKey(groupId)) return undefined;
      const [profile, { site }] = await Promise.all([services.school.loadProfile(), services.site.getSiteAndUser()]);
      const name = isSchoolName(profile.schoolName) ? profile.schoolName.trim() : site.title.slice(0, 120);
      return { key: groupId, name };
    },
    facts: () => readSchoolFacts(services),
    bank: () => services.bank.loadPublished(),
    register,
    store: services.keyValueStore
  };
}
