import * as React from 'react';
import { Spinner } from '@fluentui/react';
import type { AppServices } from '../../app/AppServices';
import type { Bank } from '../../domain/bank/BankModel';
import { bankCoverage } from '../../domain/coverage/coverage';
import { SCHOOL_SETTINGS } from '../../domain/school/SchoolSetting';
import type { Strings } from '../../loc/strings';
import { FailureNotice } from '../common/FailureNotice';
import { useLoad } from '../common/useLoad';
import { BankCoveragePanel } from '../coverage/CoveragePanel';
import { OfficerDashboardContainer } from '../register/OfficerDashboardContainer';

/** The bank's own coverage of the 2026 topics, for every setting (computed when the tab shows, kept while the bank is the same). */
export function BankCoverageTab({ strings, bank }: { strings: Strings; bank: Bank }): JSX.Element {
  const report = React.useMemo(() => bankCoverage(bank, SCHOOL_SETTINGS), [bank]);
  return <BankCoveragePanel strings={strings} report={report} />;
}

/**
 * The officer's dashboard of schools on the bank screen. The site's time zone is read when the tab opens (dates show
 * in it), and the register only then: neither costs the bank screen's first view anything (issue 16's budget).
 */
export function SchoolsTab({ services }: { services: Pick<AppServices, 'strings' | 'register' | 'site' | 'bank'> }): JSX.Element {
  const { strings } = services;
  const [zone, retry] = useLoad(() => services.site.timeZone(), [services.site]);
  if (zone.kind === 'loading') return <Spinner label={strings.register.loading} />;
  if (zone.kind === 'failed') return <FailureNotice failure={zone.failure} strings={strings} title={strings.register.loadFailed} onRetry={retry} />;
  return <OfficerDashboardContainer strings={strings} register={services.register} addresses={services.bank} zone={zone.value} />;
}
