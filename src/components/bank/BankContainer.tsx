import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react';
import type { AppServices } from '../../app/AppServices';
import type { Bank } from '../../domain/bank/BankModel';
import {
  addSection, addStatement, BankEditError, editSection, editStatement, moveSection, moveStatement, restoreStatement, retireSection, retireStatement,
  saveTemplate, statementsOfSection
} from '../../domain/bank/bankCommands';
import { packToFile } from '../../domain/content/ContentPack';
import { formatDateTime } from '../../domain/time/formatDate';
import { format } from '../../loc/strings';
import { describeError, type Failure } from '../../services/errors/describeError';
import type { BankAccess, ResourceItem } from '../../services/bank/IBankService';
import { FailureNotice } from '../common/FailureNotice';
import { downloadFile } from '../common/download';
import type { SaveStatus } from '../common/SaveState';
import { BankSetup } from './BankSetup';
import { BankView, type BankTab } from './BankView';
import { ImportPanel } from './ImportPanel';
import { PublishPanel } from './PublishPanel';
import { ResourcesView } from './ResourcesView';
import { SectionEditor } from './SectionEditor';
import { StatementDetail } from './StatementDetail';
import { StatementEditor } from './StatementEditor';
import { TemplatesView } from './TemplatesView';

type LoadState =
  | { status: 'loading' }
  | { status: 'failed'; failure: Failure }
  | { status: 'setup'; access: BankAccess }
  | { status: 'ready'; access: BankAccess; bank: Bank };

type OpenPanel = { kind: 'none' } | { kind: 'statement'; key?: string } | { kind: 'section'; key?: string } | { kind: 'publish' } | { kind: 'import' };

/**
 * The bank screen's state: who may do what (read once), the bank (working copies for the officer, published
 * copies for everyone else), the officer's edits (saved at once, one MERGE per changed item) and the panels.
 */
export function BankContainer({ services }: { services: AppServices }): JSX.Element {
  const { strings, bank: bankService } = services;
  const [state, setState] = React.useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const [tab, setTab] = React.useState<BankTab>('statements');
  const [selectedSection, setSelectedSection] = React.useState<string>();
  const [selectedStatement, setSelectedStatement] = React.useState<string>();
  const [panel, setPanel] = React.useState<OpenPanel>({ kind: 'none' });
  const [saveStatus, setSaveStatus] = React.useState<SaveStatus>({ kind: 'saved' });
  const [notice, setNotice] = React.useState<string>();
  const [resources, setResources] = React.useState<ResourceItem[]>();

  React.useEffect(() => {
    let current = true;
    (async () => {
      const access = await bankService.access();
      if (access.missingLists.length > 0) return { status: 'setup' as const, access };
      const bank = access.canEdit ? await bankService.load() : await bankService.loadPublished();
      return { status: 'ready' as const, access, bank };
    })().then(next => { if (current) setState(next); }, (error: unknown) => { if (current) setState({ status: 'failed', failure: describeError(error) }); });
    return () => { current = false; };
  }, [bankService, attempt]);

  const ready = state.status === 'ready' ? state : undefined;
  const bank = ready?.bank;
  const editable = Boolean(ready?.access.canEdit);
  const firstSection = bank ? [...bank.sections].filter(s => !s.working.retired).sort((a, b) => a.working.order - b.working.order)[0]?.key : undefined;
  const sectionKey = selectedSection ?? firstSection;

  React.useEffect(() => {
    if (tab !== 'resources' || resources) return;
    bankService.resources().then(setResources, () => setResources([]));
  }, [tab, resources, bankService]);

  /** Applies an edit at once on screen, then saves it; a refused or failed save says why and shows the truth again. */
  const run = async (command: (bank: Bank) => Bank): Promise<void> => {
    if (!ready) return;
    let next: Bank;
    try {
      next = command(ready.bank);
    } catch (error) {
      if (error instanceof BankEditError) {
        setSaveStatus({ kind: 'failed', message: error.message });
        return;
      }
      throw error;
    }
    setState({ ...ready, bank: next });
    setSaveStatus({ kind: 'saving' });
    try {
      const saved = await bankService.save(next);
      setState({ ...ready, bank: saved });
      setSaveStatus({ kind: 'saved' });
    } catch (error) {
      const failure = describeError(error);
      const message = failure.kind === 'conflict' || /\[412\]/.test(failure.detail) ? strings.bank.conflict : `${strings.bank.saveFailed} ${strings.errors[failure.kind]}`;
      setSaveStatus({ kind: 'failed', message });
      setState({ ...ready, bank: await bankService.load() });
    }
  };

  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={strings.shell.loading} />;
  if (state.status === 'failed') return <FailureNotice failure={state.failure} strings={strings} title={strings.shell.loadFailed} onRetry={() => setAttempt(a => a + 1)} />;
  if (state.status === 'setup') {
    return (
      <BankSetup strings={strings} canProvision={state.access.canProvision} missingLists={state.access.missingLists}
        onSetUp={async (importStarter, onProgress) => {
          await bankService.provision(p => onProgress(p.step, p.done / Math.max(1, p.total) / 2));
          if (importStarter) {
            // The starter bank is a large chunk of text: it loads only when someone sets up a bank.
            const { buildStarterPack, STARTER_PACK_VERSION } = await import(/* webpackChunkName: 'starter-pack' */ '../../content/starterPack');
            await bankService.load();
            await bankService.importPack(buildStarterPack(), {
              publishAs: { label: STARTER_PACK_VERSION, notes: strings.bank.setup.starterNotes },
              onProgress: p => onProgress(p.step, 0.5 + p.done / Math.max(1, p.total) / 2)
            });
          }
          setAttempt(a => a + 1);
        }} />
    );
  }

  const readyBank = state.bank;
  const selected = readyBank.statements.find(s => s.key === selectedStatement);
  const moveBy = (key: string, delta: -1 | 1): void => {
    const statement = readyBank.statements.find(s => s.key === key);
    if (!statement) return;
    const siblings = statementsOfSection(readyBank, statement.working.sectionKey);
    const index = siblings.findIndex(s => s.key === key);
    void run(b => moveStatement(b, key, index + delta));
  };
  return (
    <>
      <BankView
        strings={strings} bank={readyBank} editable={editable} saveStatus={saveStatus} notice={notice} tab={tab} onTab={setTab}
        selectedSection={sectionKey} onSelectSection={key => { setSelectedSection(key); setSelectedStatement(undefined); }}
        selectedStatement={selectedStatement} onSelectStatement={setSelectedStatement}
        onEditStatement={key => setPanel({ kind: 'statement', key })} onMoveStatement={moveBy}
        onRetireStatement={(key, retire) => void run(b => (retire ? retireStatement(b, key) : restoreStatement(b, key)))}
        onNewSection={() => setPanel({ kind: 'section' })}
        onEditSection={key => setPanel({ kind: 'section', key })}
        onMoveSection={(key, delta) => {
          const ordered = [...readyBank.sections].sort((a, b) => a.working.order - b.working.order);
          void run(b => moveSection(b, key, ordered.findIndex(s => s.key === key) + delta));
        }}
        onRetireSection={key => void run(b => { const next = retireSection(b, key); setSelectedSection(undefined); return next; })} onPublish={() => setPanel({ kind: 'publish' })} onImport={() => setPanel({ kind: 'import' })}
        onExport={() => {
          bankService.exportPack({
            title: format(strings.bank.exportTitle, services.host.siteUrl),
            source: readyBank.releases.length ? format(strings.bank.exportSource, readyBank.releases[readyBank.releases.length - 1].label) : strings.bank.exportUnreleased
          })
            .then(pack => downloadFile(`esafety-bank-${pack.packVersion}.json`, packToFile(pack), 'application/json'), (error: unknown) => setSaveStatus({ kind: 'failed', message: describeError(error).detail }));
        }}
        detail={selected ? <StatementDetail strings={strings} statement={selected} loadHistory={editable ? key => bankService.statementHistory(key) : undefined} formatDate={iso => formatDateTime(iso)} /> : null}
        templates={<TemplatesView strings={strings} bank={readyBank} editable={editable} onSave={(key, content) => void run(b => saveTemplate(b, key, content).bank)} />}
        resources={resources ? <ResourcesView strings={strings} resources={resources} siteOrigin={new URL(bankService.siteUrl).origin} /> : <Spinner />}
      />
      {panel.kind === 'statement' && (
        <StatementEditor strings={strings} sections={readyBank.sections} defaultSectionKey={sectionKey ?? ''}
          initial={panel.key ? readyBank.statements.find(s => s.key === panel.key)?.working : undefined}
          onDismiss={() => setPanel({ kind: 'none' })}
          onSave={draft => {
            setPanel({ kind: 'none' });
            if (panel.key) {
              const key = panel.key;
              void run(b => editStatement(b, key, { text: draft.text, guidance: draft.guidance, mandatory: draft.mandatory, settings: draft.settings, tags: draft.tags, checkAgainstGuidance: draft.checkAgainstGuidance }));
            } else {
              void run(b => {
                const added = addStatement(b, draft);
                setSelectedStatement(added.key);
                setSelectedSection(draft.sectionKey);
                return added.bank;
              });
            }
          }} />
      )}
      {panel.kind === 'section' && (
        <SectionEditor strings={strings} onDismiss={() => setPanel({ kind: 'none' })}
          initial={panel.key ? readyBank.sections.find(s => s.key === panel.key)?.working : undefined}
          onSave={input => {
            setPanel({ kind: 'none' });
            const key = panel.key;
            if (key) void run(b => editSection(b, key, { title: input.title, summary: input.summary, audience: input.audience }));
            else void run(b => { const added = addSection(b, input); setSelectedSection(added.key); return added.bank; });
          }} />
      )}
      {panel.kind === 'publish' && (
        <PublishPanel strings={strings} bank={readyBank} onDismiss={() => setPanel({ kind: 'none' })}
          onPublish={async (label, notes) => {
            const release = await bankService.publish(label, notes);
            const reloaded = await bankService.load();
            // The notice and the new release state appear together, so the screen never says both old and new.
            setState({ ...state, bank: reloaded });
            setPanel({ kind: 'none' });
            setNotice(format(strings.bank.publishPanel.published, release.label));
          }} />
      )}
      {panel.kind === 'import' && (
        <ImportPanel strings={strings} preview={pack => bankService.previewImport(pack)} onDismiss={() => { setPanel({ kind: 'none' }); setAttempt(a => a + 1); }}
          runImport={async (pack, publishAs, onProgress) => {
            const result = await bankService.importPack(pack, { publishAs, onProgress: p => onProgress(p.step, p.done / Math.max(1, p.total)) });
            setResources(undefined);
            return result.written;
          }} />
      )}
    </>
  );
}
