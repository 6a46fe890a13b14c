import * as React from 'react';
import { Spinner, Stack, Text } from '@fluentui/react';
import type { BankStatement } from '../../domain/bank/BankModel';
import { diffWords } from '../../domain/text/wordDiff';
import { format, type Strings } from '../../loc/strings';
import type { StatementVersion } from '../../services/bank/IBankService';
import { DiffText } from '../common/DiffText';
import { settingLabel } from './labels';

export interface StatementDetailProps {
  strings: Strings;
  statement: BankStatement;
  /** Loads the published versions (the officer's history). Undefined hides the history. */
  loadHistory?: (key: string) => Promise<StatementVersion[]>;
  formatDate: (iso: string) => string;
}

/** The right pane: the statement's guidance, settings and tags, and its published history with word diffs. */
export function StatementDetail({ strings, statement, loadHistory, formatDate }: StatementDetailProps): JSX.Element {
  const [history, setHistory] = React.useState<StatementVersion[] | 'loading' | string>('loading');
  React.useEffect(() => {
    let current = true;
    if (!loadHistory) return undefined;
    setHistory('loading');
    loadHistory(statement.key).then(h => current && setHistory(h), (e: Error) => current && setHistory(e.message));
    return () => { current = false; };
  }, [statement.key, loadHistory]);
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
        {history === 'loading' && <Spinner />}
        {typeof history === 'string' && history !== 'loading' && <Text>{history}</Text>}
        {Array.isArray(history) && history.length === 0 && <Text>{strings.bank.noHistory}</Text>}
        {Array.isArray(history) && (
          <ol reversed>
            {history.map((entry, i) => {
              const older = history[i + 1];
              return (
                <li key={entry.version} style={{ marginBottom: 8 }}>
                  <Text block variant="small">{format(strings.bank.historyEntry, entry.version, entry.releaseLabel)}{entry.publishedOn ? ` · ${formatDate(entry.publishedOn)}` : ''}{entry.publishedBy ? ` · ${entry.publishedBy}` : ''}</Text>
                  <Text block>{older ? <DiffText strings={strings} runs={diffWords(older.content.text, entry.content.text)} /> : entry.content.text}</Text>
                </li>
              );
            })}
          </ol>
        )}
      </>}
    </Stack>
  );
}
