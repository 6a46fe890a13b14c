import * as React from 'react';
import { mergeStyleSets, Stack, Text, TextField, useTheme } from '@fluentui/react';
import type { DraftBlock, DraftSection, RiskFields } from '../../domain/draft/DraftModel';
import type { Drift } from '../../domain/draft/drift';
import type { ReadingFlag } from '../../domain/draft/readability';
import { isAmended } from '../../domain/draft/draftCommands';
import type { BlockConflict } from '../../services/drafts/DraftSession';
import type { Strings } from '../../loc/strings';
import { BlockBadges } from './BlockBadges';
import { BlockBankChanges } from './BlockBankChanges';
import { BlockToolbar } from './BlockToolbar';
import { ClashPanel } from './ClashPanel';
import { ReadingFlagNote } from './ReadingFlagNote';
import { RiskFieldsEditor } from './RiskFieldsEditor';

export interface BlockCardProps {
  strings: Strings;
  block: DraftBlock;
  drift?: Drift;
  conflict?: BlockConflict;
  /** How the statement reads for its audience (pupils' agreements): reading age, and a flag above the target. */
  reading?: { readingAge: number; flag?: ReadingFlag };
  /** Names of the others editing this block now. */
  editors: string[];
  /** Sections the block may move to (policies); empty hides the choice. */
  sections: DraftSection[];
  selected: boolean;
  editable: boolean;
  isFirst: boolean;
  isLast: boolean;
  onSelect: () => void;
  onText: (text: string) => void;
  onRisk: (risk: RiskFields) => void;
  onMoveToSection: (sectionKey: string) => void;
  onInclude: (included: boolean) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onAcceptBank: () => void;
  onKeepSchool: () => void;
  onResolve: (text: string) => void;
  /** What the wording's merge fields read as, under it (with a way to fill an empty one). */
  mergeFields?: JSX.Element | null;
}

/** One statement of the draft: edit in place, include or leave out, see its difference from the bank, settle a clash. */
export function BlockCard(props: BlockCardProps): JSX.Element {
  const { strings, block, drift, conflict, editable, selected } = props;
  const theme = useTheme();
  const amended = isAmended(block);
  const flag = props.reading?.flag;
  const flagId = `reading-flag-${block.key}`;
  const classes = mergeStyleSets({
    card: {
      padding: 12, borderRadius: 4, background: theme.semanticColors.bodyBackground,
      border: `1px solid ${selected ? theme.palette.themePrimary : conflict ? theme.semanticColors.errorIcon : theme.semanticColors.bodyDivider}`,
      opacity: block.content.included ? 1 : 0.65
    },
    readOnly: { whiteSpace: 'pre-wrap', wordBreak: 'break-word' }
  });
  return (
    <article className={classes.card} data-block-key={block.key} aria-label={block.content.text.slice(0, 100)} onFocus={props.onSelect} onClick={props.onSelect}>
      <Stack tokens={{ childrenGap: 6 }}>
        <BlockBadges strings={strings} block={block} amended={amended} drift={drift} editors={props.editors} reading={props.reading} />
        {/* Whose the other version is: the saved block's Editor, a name to show only (never a decision). */}
        {conflict ? <ClashPanel strings={strings} clash={conflict} theirName={conflict.theirsBlock.modifiedBy ?? ''} onResolve={props.onResolve} />
          : editable ? <TextField label={strings.draft.textLabel} multiline autoAdjustHeight value={block.content.text} onChange={(_e, v) => props.onText(v ?? '')} disabled={!block.content.included}
            aria-describedby={flag && !conflict ? flagId : undefined} />
            : <Text block className={classes.readOnly}>{block.content.text}</Text>}
        {flag && !conflict && <ReadingFlagNote strings={strings} flag={flag} id={flagId} />}
        {!conflict && props.mergeFields}
        {block.kind === 'RiskRow' && block.content.risk && editable && !conflict && <RiskFieldsEditor strings={strings} risk={block.content.risk} onChange={props.onRisk} />}
        <BlockBankChanges strings={strings} block={block} amended={amended} drift={drift} editable={editable} onAcceptBank={props.onAcceptBank} onKeepSchool={props.onKeepSchool} />
        {editable && (
          <BlockToolbar strings={strings} block={block} sections={props.sections} isFirst={props.isFirst} isLast={props.isLast}
            onInclude={props.onInclude} onMove={props.onMove} onRemove={props.onRemove} onMoveToSection={props.onMoveToSection} />
        )}
      </Stack>
    </article>
  );
}
