import * as React from 'react';
import type { AppServices } from '../../app/AppServices';
import { BankContainer } from '../bank/BankContainer';

/**
 * What the app shows on this site: the bank on the authority's bank site; on a school site, for now, the
 * authority's published bank to browse (the school's drafts arrive with the drafting work).
 */
export function SiteHome({ services }: { services: AppServices }): JSX.Element {
  return <BankContainer services={services} />;
}
