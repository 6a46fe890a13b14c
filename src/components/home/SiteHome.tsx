import * as React from 'react';
import type { AppServices } from '../../app/AppServices';
import { lazyPart } from '../common/lazyPart';
import { SchoolHomeContainer } from '../school/SchoolHomeContainer';

// The bank site's screen loads when shown there (the first bundle's budget): schools, the most people, never load it.
const BankContainer = lazyPart(() => import(/* webpackChunkName: 'bank' */ '../bank/BankContainer').then(m => m.BankContainer), p => p.services.strings);

/** What the app shows on this site: the bank on the authority's bank site, the school's documents elsewhere. */
export function SiteHome({ services }: { services: AppServices }): JSX.Element {
  return services.isBankSite ? <BankContainer services={services} /> : <SchoolHomeContainer services={services} />;
}
