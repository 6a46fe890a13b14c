import * as React from 'react';
import { Checkbox, DefaultButton, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, ProgressIndicator, Stack, Text, TextField } from '@fluentui/react';
import type { ContentPack } from '../../domain/content/ContentPack';
import type { ImportPlan } from '../../domain/content/importPlan';
import { parseContentPack } from '../../domain/content/parseContentPack';
import { bankFailure, type BankFailure } from '../../app/bank/bankFailure';
import { FailureNotice } from '../common/FailureNotice';
import { plural } from '../../loc/plural';
import { format, type Strings } from '../../loc/strings';
import { DiffText } from '../common/DiffText';
import { TEXT_COLUMN_LIMIT } from '../../services/sharepoint/schema/ListSchema';

export interface ImportPanelProps {
  strings: Strings;
  preview: (pack: ContentPack) => Promise<ImportPlan>;
  runImport: (pack: ContentPack, publishAs: { label: string; notes: string } | undefined, onProgress: (step: string, fraction: number) => void) => Promise<number>;
  onDismiss: () => void;
}

/**
 * Import a content pack: choose the file, see what it would change, then import. A file that is not a complete,
 * untampered pack is refused right after choosing it, with the reason, and nothing is written.
 */
export function ImportPanel({ strings, preview, runImport, onDismiss }: ImportPanelProps): JSX.Element {
  const t = strings.bank.importPanel;
  const [pack, setPack] = React.useState<ContentPack | undefined>();
  const [plan, setPlan] = React.useState<ImportPlan | undefined>();
  /** A refused file (its loc sentence) or a failed preview or import (as a failure with its technical detail). */
  const [error, setError] = React.useState<{ title: string; failure: BankFailure } | undefined>();
  const [publish, setPublish] = React.useState(true);
  const [label, setLabel] = React.useState('');
  const [progress, setProgress] = React.useState<{ step: string; fraction: number } | undefined>();
  const [done, setDone] = React.useState<string | undefined>();

  const choose = async (file: File | undefined): Promise<void> => {
    setPack(undefined);
    setPlan(undefined);
    setError(undefined);
    setDone(undefined);
    if (!file) return;
    const parsed = parseContentPack(await file.text());
    if (!parsed.ok) {
      setError({ title: t.refused[parsed.error.code], failure: { kind: 'invalid', detail: parsed.error.message } });
      return;
    }
    setPack(parsed.pack);
    setLabel(parsed.pack.packVersion);
    try {
      setPlan(await preview(parsed.pack));
    } catch (e) {
      setError({ title: t.previewFailed, failure: bankFailure(e) });
    }
  };
  const start = async (): Promise<void> => {
    if (!pack) return;
    try {
      const written = await runImport(pack, publish ? { label, notes: format(t.releaseNotes, pack.title, pack.source, pack.packVersion) } : undefined,
        (step, fraction) => setProgress({ step, fraction }));
      setDone(plural(t.done, written));
    } catch (e) {
      setError({ title: t.importFailed, failure: bankFailure(e) });
    } finally {
      setProgress(undefined);
    }
  };
  const changed = plan?.items.filter(i => i.change !== 'unchanged') ?? [];
  return (
    <Panel isOpen type={PanelType.large} headerText={t.title} onDismiss={onDismiss} closeButtonAriaLabel={strings.bank.editor.cancel} isFooterAtBottom
      onRenderFooterContent={() => (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={progress ? t.importing : t.import} disabled={!plan || Boolean(progress) || Boolean(done) || (publish && !label.trim())} onClick={() => void start()} />
          <DefaultButton text={strings.bank.editor.cancel} onClick={onDismiss} disabled={Boolean(progress)} />
        </Stack>
      )}>
      <Stack tokens={{ childrenGap: 12 }}>
        <label>
          <Text block>{t.choose}</Text>
          <input type="file" accept=".json,application/json" aria-label={t.choose} data-testid="pack-file" onChange={e => void choose(e.target.files?.[0])} />
        </label>
        {error && <div data-testid="import-error"><FailureNotice strings={strings} title={error.title} failure={error.failure} /></div>}
        {done && <MessageBar messageBarType={MessageBarType.success}>{done}</MessageBar>}
        {progress && <ProgressIndicator label={progress.step} percentComplete={progress.fraction} />}
        {plan && (
          <>
            <Text variant="mediumPlus" data-testid="import-summary">{format(t.preview, plan.counts.new, plan.counts.changed, plan.counts.unchanged)}</Text>
            {plan.notInPack.length > 0 && <Text>{plural(t.notInPack, plan.notInPack.length)}</Text>}
            <Checkbox label={t.publishAs} checked={publish} onChange={(_e, c) => setPublish(Boolean(c))} />
            {publish && <TextField label={strings.bank.publishPanel.label} value={label} maxLength={TEXT_COLUMN_LIMIT} onChange={(_e, v) => setLabel(v ?? '')} />}
            <ul>
              {changed.slice(0, 200).map(item => (
                <li key={`${item.entity}:${item.key}`}>
                  <Text variant="small">{item.change === 'new' ? strings.bank.newBadge : strings.bank.changedBadge} · {t.entities[item.entity]} <code>{item.key}</code>: </Text>
                  {item.textDiff ? <DiffText strings={strings} runs={item.textDiff} /> : <Text variant="small">{item.title}</Text>}
                </li>
              ))}
            </ul>
          </>
        )}
      </Stack>
    </Panel>
  );
}
