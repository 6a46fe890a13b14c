import * as React from 'react';
import { Spinner, Stack, Text } from '@fluentui/react';
import type { BankStatement } from '../../domain/bank/BankModel';
import { diffWords } from '../../domain/text/wordDiff';
import { format, type Strings } from '../../loc/strings';
import type { StatementVersion } from '../../services/bank/IBankService';
import { DiffText } from '../common/DiffText';
import { FailureNotice } from '../common/FailureNotice';
import { useLoad } from '../common/useLoad';
import { settingLabel } from './labels';

export interface StatementDetailProps {
  strings: Strings;
  statement: BankStatement;
  /** Loads the published versions (the officer's history). Undefined hides the history. */
  loadHistory?: (key: string) => Promise<StatementVersion[]>;
  formatDate: (iso: string) => string;
}

/** The statement's published versions, newest first, each with a word diff from the one before. */
function StatementHistory({ strings, statementKey, loadHistory, formatDate }: { strings: Strings; statementKey: string; loadHistory: (key: string) => Promise<StatementVersion[]>; formatDate: (iso: string) => string }): JSX.Element {
  const [history, retry] = useLoad(() => loadHistory(statementKey), [statementKey, loadHistory]);
  if (history.kind === 'loading') return <Spinner />;
  if (history.kind === 'failed') return <FailureNotice failure={history.failure} strings={strings} title={strings.bank.historyFailed} onRetry={retry} />;
  if (history.value.length === 0) return <Text>{strings.bank.noHistory}</Text>;
  const versions = history.value;
  return (
    <ol reversed>
      {versions.map((entry, i) => {
        const older = versions[i + 1];
        return (
          <li key={entry.version} style={{ marginBottom: 8 }}>
            <Text block variant="small">{format(strings.bank.historyEntry, entry.version, entry.releaseLabel)}{entry.publishedOn ? ` · ${formatDate(entry.publishedOn)}` : ''}{entry.publishedBy ? ` · ${entry.publishedBy}` : ''}</Text>
            <Text block>{older ? <DiffText strings={strings} runs={diffWords(older.content.text, entry.content.text)} /> : entry.content.text}</Text>
          </li>
        );
      })}
    </ol>
  );
}

/** The right pane: the statement's guidance, settings and tags, and its published history with word diffs. */
export function StatementDetail({ strings, statement, loadHistory, formatDate }: StatementDetailProps): JSX.Element {
  const content = statement.working;
  return (
    <Stack tokens={{ childrenGap: 12 }} as="aside" aria-label={strings.bank.guidance}>
      <Text variant="large" as="h2">{strings.bank.guidance}</Text>
      <Text block styles={{ root: { whiteSpace: 'pre-wrap' } }}>{content.guidance || '—'}</Text>
      <Text variant="mediumPlus" as="h3">{strings.bank.settings}</Text>
      <Text block>{content.settings.map(s => settingLabel(strings, s)).join(', ')}</Text>
      {content.tags.length > 0 && <>
        <Text variant="mediumPlus" as="h3">{strings.bank.tags}</Text>
        <Text block>{content.tags.join(', ')}</Text>
      </>}
      {loadHistory && <>
        <Text variant="mediumPlus" as="h3">{strings.bank.history}</Text>
        <StatementHistory strings={strings} statementKey={statement.key} loadHistory={loadHistory} formatDate={formatDate} />
      </>}
    </Stack>
  );
}
