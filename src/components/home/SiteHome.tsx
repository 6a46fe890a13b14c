import * as React from 'react';
import type { AppServices } from '../../app/AppServices';
import { BankContainer } from '../bank/BankContainer';
import { SchoolHomeContainer } from '../school/SchoolHomeContainer';

/** What the app shows on this site: the bank on the authority's bank site, the school's documents elsewhere. */
export function SiteHome({ services }: { services: AppServices }): JSX.Element {
  return services.isBankSite ? <BankContainer services={services} /> : <SchoolHomeContainer services={services} />;
}
