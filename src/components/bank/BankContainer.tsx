import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react';
import type { AppServices } from '../../app/AppServices';
import { BankController, type BankState } from '../../app/bank/BankController';
import { packToFile } from '../../domain/content/ContentPack';
import { formatDateTime } from '../../domain/time/formatDate';
import { format, type Strings } from '../../loc/strings';
import { downloadFile } from '../common/download';
import type { SaveStatus } from '../common/SaveState';
import { useController } from '../common/useController';
import { lazyPart } from '../common/lazyPart';
import { BankPanels } from './BankPanels';
import { BankProblemNotice, bankProblemText } from './BankProblemNotice';
import { BankSetup } from './BankSetup';
import { BankView } from './BankView';
import { ResourcesView } from './ResourcesView';
import { StatementDetail } from './StatementDetail';
import { TemplatesView } from './TemplatesView';


// The officer's Coverage and Schools tabs load when first opened (the first bundle's budget).
const BankCoverageTab = lazyPart(() => import(/* webpackChunkName: 'officer-tabs' */ './BankExtraTabs').then(m => m.BankCoverageTab), p => p.strings);
const SchoolsTab = lazyPart(() => import(/* webpackChunkName: 'officer-tabs' */ './BankExtraTabs').then(m => m.SchoolsTab), p => p.services.strings);
/** The starter bank is a large chunk of text: it loads only when someone sets up a bank. */
async function setUpBank(controller: BankController, strings: Strings, importStarter: boolean, onProgress: (step: string, fraction: number) => void): Promise<void> {
  if (!importStarter) return controller.setUp(undefined, onProgress);
  const { buildStarterPack, STARTER_PACK_VERSION } = await import(/* webpackChunkName: 'starter-pack' */ '../../content/starterPack');
  return controller.setUp({ pack: buildStarterPack(), publishAs: { label: STARTER_PACK_VERSION, notes: strings.bank.setup.starterNotes } }, onProgress);
}

async function exportBank(controller: BankController, strings: Strings, siteUrl: string): Promise<void> {
  const releases = controller.state.bank?.releases ?? [];
  const pack = await controller.exportPack({
    title: format(strings.bank.exportTitle, siteUrl),
    source: releases.length ? format(strings.bank.exportSource, releases[releases.length - 1].label) : strings.bank.exportUnreleased
  });
  if (pack) downloadFile(`esafety-bank-${pack.packVersion}.json`, packToFile(pack), 'application/json');
}

function saveStatusOf(strings: Strings, controller: BankController): SaveStatus {
  const { saving, problem } = controller.state;
  if (saving) return { kind: 'saving' };
  if (problem && (problem.action === 'save' || problem.action === 'edit')) return { kind: 'failed', message: bankProblemText(strings, problem.action, problem.failure) };
  return { kind: 'saved' };
}

/** The bank screen: wiring between `BankController` (state and workflow) and the views. */
export function BankContainer({ services }: { services: AppServices }): JSX.Element {
  const { strings, bank: bankService } = services;
  const [controller, state] = useController<BankState, BankController>(() => new BankController(bankService), [bankService]);
  React.useEffect(() => { void controller.load(); }, [controller]);
  const loadHistory = React.useCallback((key: string) => controller.history(key), [controller]);

  if (state.phase === 'loading') return <Spinner size={SpinnerSize.large} label={strings.shell.loading} />;
  if (state.phase === 'failed' && state.problem) return <BankProblemNotice strings={strings} action="load" failure={state.problem.failure} onRetry={() => void controller.load()} />;
  if (state.phase === 'setup' && state.access) {
    return (
      <BankSetup strings={strings} canProvision={state.access.canProvision} missingLists={state.access.missingLists}
        failure={state.problem?.action === 'setUp' ? state.problem.failure : undefined}
        onSetUp={(importStarter, onProgress) => setUpBank(controller, strings, importStarter, onProgress)} />
    );
  }
  const bank = state.bank;
  if (!bank) return <Spinner size={SpinnerSize.large} label={strings.shell.loading} />;
  const editable = controller.editable;
  const selected = bank.statements.find(s => s.key === state.selectedStatement);
  return (
    <>
      <BankView strings={strings} controller={controller} state={state} bank={bank} editable={editable} saveStatus={saveStatusOf(strings, controller)}
        onExport={() => void exportBank(controller, strings, services.host.siteUrl)}
        detail={selected ? <StatementDetail strings={strings} statement={selected} loadHistory={editable ? loadHistory : undefined} formatDate={iso => formatDateTime(iso)} /> : null}
        templates={<TemplatesView strings={strings} bank={bank} editable={editable} onSave={(key, content) => controller.saveTemplate(key, content)} />}
        resources={state.resources ? <ResourcesView strings={strings} resources={state.resources} siteOrigin={new URL(bankService.siteUrl).origin} /> : <Spinner />}
        coverage={editable ? <BankCoverageTab strings={strings} bank={bank} /> : undefined}
        // The register lives on the bank site: its dashboard is the officer's, on their own site.
        schools={services.isBankSite && editable ? <SchoolsTab services={services} /> : undefined} />
      <BankPanels strings={strings} controller={controller} state={state} bank={bank} />
    </>
  );
}
