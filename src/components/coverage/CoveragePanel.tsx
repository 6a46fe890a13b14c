import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Stack, Text, useTheme } from '@fluentui/react';
import type { BankCoverageReport, CoverageOffer, CoverageReport, TopicCoverage } from '../../domain/coverage/coverage';
import { plural } from '../../loc/plural';
import { format, type Strings } from '../../loc/strings';
import { Badge } from '../common/Badge';
import { settingLabel } from '../bank/labels';

export interface CoveragePanelProps {
  report: CoverageReport;
  strings: Strings;
  /** Takes an offered statement into the draft; without it the panel only shows (a reader, a locked draft). */
  onAdd?: (statementKey: string) => void;
  /** The statement being added now: its button waits. */
  adding?: string;
}

/**
 * The coverage check of one policy draft: how many of the 2026 topics it covers, each missing topic with the bank
 * statements that would cover it (each with an Add action), then the topics covered. Props only; the draft screen
 * computes the report (`coverageOf`) and applies an addition (`additionFor`).
 */
export function CoveragePanel({ report, strings, onAdd, adding }: CoveragePanelProps): JSX.Element {
  const words = strings.coverage;
  if (!report.applies) return <MessageBar messageBarType={MessageBarType.info}>{words.notApplicable}</MessageBar>;
  const total = report.covered.length + report.missing.length;
  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="coverage-panel">
      <Stack tokens={{ childrenGap: 2 }}>
        <Text as="h2" variant="large" styles={{ root: { margin: 0 } }}>{words.title}</Text>
        <Text variant="small">{format(words.summary, report.covered.length, total)}</Text>
      </Stack>
      {report.missing.length === 0 ? (
        <MessageBar messageBarType={MessageBarType.success}>{words.allCovered}</MessageBar>
      ) : (
        <Stack tokens={{ childrenGap: 10 }}>
          <Text as="h3" variant="mediumPlus" styles={{ root: { margin: 0 } }}>{words.missingTitle}</Text>
          <Text variant="small" block>{words.missingHelp}</Text>
          {report.missing.map(missing => <MissingTopic key={missing.topic.key} missing={missing} strings={strings} onAdd={onAdd} adding={adding} />)}
        </Stack>
      )}
      {report.covered.length > 0 && (
        <Stack tokens={{ childrenGap: 4 }}>
          <Text as="h3" variant="mediumPlus" styles={{ root: { margin: 0 } }}>{words.coveredTitle}</Text>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {report.covered.map(covered => (
              <li key={covered.topic.key}>
                <Text variant="small">{words.topics[covered.topic.key].name}</Text>
                <Text variant="small">{format(words.referencePart, format(words.coveredBy, covered.coveredBy.length))}</Text>
              </li>
            ))}
          </ul>
        </Stack>
      )}
    </Stack>
  );
}

function MissingTopic({ missing, strings, onAdd, adding }: { missing: TopicCoverage } & Pick<CoveragePanelProps, 'strings' | 'onAdd' | 'adding'>): JSX.Element {
  const theme = useTheme();
  const words = strings.coverage;
  const topic = words.topics[missing.topic.key];
  return (
    <section aria-label={topic.name} data-topic={missing.topic.key} style={{ borderLeft: `3px solid ${theme.palette.orangeLighter}`, paddingLeft: 10 }}>
      <Stack tokens={{ childrenGap: 6 }}>
        <Text as="h4" variant="medium" styles={{ root: { margin: 0, fontWeight: 600 } }}>{topic.name}</Text>
        <Text variant="small" block>{topic.description}</Text>
        {missing.offers.length === 0 && <Text variant="small" block>{words.noOffers}</Text>}
        {missing.offers.map(offer => <Offer key={offer.statementKey} offer={offer} strings={strings} onAdd={onAdd} busy={adding === offer.statementKey} disabled={adding !== undefined} />)}
      </Stack>
    </section>
  );
}

function Offer({ offer, strings, onAdd, busy, disabled }: { offer: CoverageOffer; strings: Strings; onAdd?: (key: string) => void; busy: boolean; disabled: boolean }): JSX.Element {
  const words = strings.coverage;
  return (
    <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="start" data-offer={offer.statementKey}>
      <Stack grow tokens={{ childrenGap: 2 }}>
        {offer.mandatory && <span><Badge tone="info" text={words.mandatory} /></span>}
        <Text variant="small" block styles={{ root: { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } }}>{offer.text}</Text>
      </Stack>
      {onAdd && (
        <DefaultButton
          text={words.add} ariaLabel={format(words.addLabel, offer.text.slice(0, 120))} disabled={disabled}
          iconProps={busy ? { iconName: 'Sync' } : { iconName: 'Add' }} onClick={() => onAdd(offer.statementKey)}
        />
      )}
    </Stack>
  );
}

/** The officer's view: each topic with its number of statements, and the settings a topic leaves without one. */
export function BankCoveragePanel({ report, strings }: { report: BankCoverageReport; strings: Strings }): JSX.Element {
  const theme = useTheme();
  const words = strings.coverage;
  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="bank-coverage-panel">
      <Text as="h2" variant="large" styles={{ root: { margin: 0 } }}>{words.bankTitle}</Text>
      {report.gaps.length === 0
        ? <MessageBar messageBarType={MessageBarType.success}>{words.bankAllCovered}</MessageBar>
        : <MessageBar messageBarType={MessageBarType.warning}>{plural(words.bankGaps, report.gaps.length)}</MessageBar>}
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {report.topics.map(topic => (
          <li key={topic.topic.key} data-topic={topic.topic.key}>
            <Text variant="small">{words.topics[topic.topic.key].name}</Text>
            <Text variant="small">{format(words.referencePart, plural(words.bankStatements, topic.statementKeys.length))}</Text>
            {topic.settingsWithout.length > 0 && (
              <Text variant="small" block styles={{ root: { color: theme.semanticColors.errorText } }}>
                {format(words.bankGap, topic.settingsWithout.map(s => settingLabel(strings, s)).join(', '))}
              </Text>
            )}
          </li>
        ))}
      </ul>
    </Stack>
  );
}
