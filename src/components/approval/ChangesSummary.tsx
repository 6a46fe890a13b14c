import * as React from 'react';
import { mergeStyleSets, Stack, Text, useTheme } from '@fluentui/react';
import type { AppServices } from '../../app/AppServices';
import type { DraftSnapshot } from '../../domain/approval/snapshot';
import type { Bank } from '../../domain/bank/BankModel';
import { departuresOf, noDepartures, type Departure, type Departures } from '../../domain/draft/departures';
import { fillMergeFields } from '../../domain/school/mergeFields';
import { diffWords } from '../../domain/text/wordDiff';
import { format, type Strings } from '../../loc/strings';
import { DiffText } from '../common/DiffText';

export interface ChangesSummaryProps {
  strings: Strings;
  snapshot: DraftSnapshot;
  /** The authority's published bank, to tell bank updates taken or refused; without it they show as amendments. */
  bank?: Bank;
}

type Group = keyof Departures;
const GROUPS: Group[] = ['amended', 'leftOut', 'added', 'updatesTaken', 'updatesRefused'];

/**
 * What governors read first: the school's departures from the authority's model (amended, with the two wordings
 * labelled; left out; added; bank updates taken or refused), before the full text. Text only, never markup.
 */
export function ChangesSummary({ strings, snapshot, bank }: ChangesSummaryProps): JSX.Element {
  const t = strings.departures;
  const theme = useTheme();
  const departures = React.useMemo(() => departuresOf(snapshot, bank), [snapshot, bank]);
  const classes = mergeStyleSets({
    box: { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderLeft: `4px solid ${theme.palette.themePrimary}`, padding: '12px 16px', maxWidth: 860 },
    list: { margin: 0, paddingLeft: 20 },
    item: { marginBottom: 8, whiteSpace: 'pre-wrap', wordBreak: 'break-word' },
    name: { display: 'block', fontWeight: 600 },
    struck: { textDecoration: 'line-through' }
  });
  const fill = (text: string): string => fillMergeFields(text, { ...snapshot.values, ApprovalDate: strings.publish.approvalDatePending }).text;
  const labelled = (label: string, text: string, struck = false): JSX.Element => (
    <span style={{ display: 'block' }}><Text variant="small" className={classes.name}>{label}</Text><span className={struck ? classes.struck : undefined}>{text}</span></span>
  );
  const body = (group: Group, d: Departure): JSX.Element => {
    switch (group) {
      case 'amended': return <DiffText strings={strings} runs={diffWords(fill(d.bankText), fill(d.schoolText))} labels={{ before: t.bankWording, after: t.schoolWording }} />;
      case 'leftOut': return labelled(t.bankWording, fill(d.bankText), true);
      case 'added': return labelled(t.schoolWording, fill(d.schoolText));
      case 'updatesTaken': return labelled(t.bankNewWording, fill(d.bankText));
      case 'updatesRefused': return <DiffText strings={strings} runs={diffWords(fill(d.bankText), fill(d.schoolText))} labels={{ before: t.bankNewWording, after: t.schoolWording }} />;
    }
  };
  return (
    <>
    <section className={classes.box} aria-labelledby="changes-summary-heading" data-testid="changes-summary">
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h3" variant="large" id="changes-summary-heading">{t.heading}</Text>
        {noDepartures(departures) ? <Text>{t.none}</Text> : <Text variant="small">{t.intro}</Text>}
        {GROUPS.filter(group => departures[group].length > 0).map(group => (
          <Stack key={group} tokens={{ childrenGap: 4 }} data-testid={`departures-${group}`}>
            <Text as="h4" variant="mediumPlus">{format(t[group], departures[group].length)}</Text>
            <ul className={classes.list}>
              {departures[group].map(d => (
                <li key={d.blockKey} className={classes.item} data-block-key={d.blockKey}>
                  <Text variant="small" block>{d.sectionTitle}{d.fromVersion !== undefined ? ` · ${format(t.versions, d.fromVersion, d.toVersion ?? '')}` : ''}</Text>
                  {body(group, d)}
                </li>
              ))}
            </ul>
          </Stack>
        ))}
      </Stack>
    </section>
    <Text as="h3" variant="large" styles={{ root: { marginTop: 12 } }}>{t.fullText}</Text>
    </>
  );
}

/** The summary with the authority's published bank read once (bank updates show once it arrives). */
export function ChangesSummaryContainer({ services, snapshot }: { services: AppServices; snapshot: DraftSnapshot }): JSX.Element {
  const [bank, setBank] = React.useState<Bank>();
  React.useEffect(() => {
    let live = true;
    // Without the bank the summary still lists what was amended, left out and added; only updates need it.
    services.bank.loadPublished().then(loaded => live && setBank(loaded), () => undefined);
    return () => { live = false; };
  }, [services.bank]);
  return <ChangesSummary strings={services.strings} snapshot={snapshot} bank={bank} />;
}
