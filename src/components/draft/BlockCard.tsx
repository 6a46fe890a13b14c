import * as React from 'react';
import { ActionButton, Checkbox, Dropdown, IconButton, mergeStyleSets, Stack, Text, TextField, useTheme } from '@fluentui/react';
import type { DraftBlock, DraftSection, RiskFields } from '../../domain/draft/DraftModel';
import type { Drift } from '../../domain/draft/drift';
import { isAmended } from '../../domain/draft/draftCommands';
import type { BlockConflict } from '../../services/drafts/DraftSession';
import { diffWords } from '../../domain/text/wordDiff';
import { format, type Strings } from '../../loc/strings';
import { Badge } from '../common/Badge';
import { DiffText } from '../common/DiffText';

export interface BlockCardProps {
  strings: Strings;
  block: DraftBlock;
  drift?: Drift;
  conflict?: BlockConflict;
  readingAge?: { age: number; hard: boolean };
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
}

/** One statement of the draft: edit in place, include or leave out, see its difference from the bank, settle a clash. */
export function BlockCard(props: BlockCardProps): JSX.Element {
  const { strings, block, drift, conflict, editable, selected } = props;
  const t = strings.draft;
  const theme = useTheme();
  const [showDiff, setShowDiff] = React.useState(false);
  const amended = isAmended(block);
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
        <Stack horizontal wrap tokens={{ childrenGap: 6 }} verticalAlign="center">
          {block.mandatory && <Badge tone="info" text={t.mandatory} />}
          {block.kind === 'Custom' && <Badge tone="neutral" text={t.custom} />}
          {amended && <Badge tone="warning" text={t.amended} />}
          {!block.content.included && <Badge tone="neutral" text={t.excluded} />}
          {drift && <Badge tone="danger" text={drift.retired ? t.bankRetired : format(t.bankChanged, format(strings.common.version, drift.toVersion))} />}
          {props.editors.map(name => <Badge key={name} tone="info" text={format(t.editingNow, name)} />)}
          {props.readingAge && <Badge tone={props.readingAge.hard ? 'warning' : 'success'} text={`${format(t.readingAge, props.readingAge.age)}${props.readingAge.hard ? ` (${t.readingHard})` : ''}`} />}
        </Stack>
        {conflict ? (
          <Stack tokens={{ childrenGap: 6 }} role="group" aria-label={t.conflictTitle} data-testid="conflict">
            <Text styles={{ root: { fontWeight: 600 } }}>{t.conflictTitle}</Text>
            <Text variant="small">{t.conflictMine}</Text>
            <Text block className={classes.readOnly} data-testid="conflict-mine">{conflict.mine}</Text>
            <Text variant="small">{t.conflictTheirs}</Text>
            <Text block className={classes.readOnly} data-testid="conflict-theirs">{conflict.theirs}</Text>
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <ActionButton iconProps={{ iconName: 'Contact' }} text={t.keepMine} onClick={() => props.onResolve(conflict.mine)} />
              <ActionButton iconProps={{ iconName: 'People' }} text={t.keepTheirs} onClick={() => props.onResolve(conflict.theirs)} />
            </Stack>
          </Stack>
        ) : editable ? (
          <TextField label={t.textLabel} multiline autoAdjustHeight value={block.content.text} onChange={(_e, v) => props.onText(v ?? '')} disabled={!block.content.included} />
        ) : (
          <Text block className={classes.readOnly}>{block.content.text}</Text>
        )}
        {block.kind === 'RiskRow' && block.content.risk && editable && !conflict && (
          <RiskFieldsEditor strings={strings} risk={block.content.risk} onChange={props.onRisk} />
        )}
        {amended && (
          <>
            <ActionButton iconProps={{ iconName: showDiff ? 'ChevronUp' : 'Compare' }} text={showDiff ? t.hideChanges : t.showChanges} aria-expanded={showDiff} onClick={() => setShowDiff(!showDiff)} />
            {showDiff && <Text block><DiffText strings={strings} runs={diffWords(block.baseText, block.content.text)} labels={{ before: t.bankWording, after: t.schoolWording }} /></Text>}
          </>
        )}
        {drift && !drift.retired && (
          <Stack tokens={{ childrenGap: 4 }}>
            <Text block><DiffText strings={strings} runs={drift.diff} labels={{ before: t.bankWording, after: t.bankNewWording }} /></Text>
            {editable && (
              <Stack horizontal tokens={{ childrenGap: 8 }}>
                <ActionButton iconProps={{ iconName: 'Accept' }} text={t.acceptBank} onClick={props.onAcceptBank} />
                <ActionButton iconProps={{ iconName: 'Cancel' }} text={t.keepSchool} onClick={props.onKeepSchool} />
              </Stack>
            )}
          </Stack>
        )}
        {editable && (
          <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 4 }}>
            <Checkbox label={block.mandatory ? t.mandatoryLocked : t.include} checked={block.content.included} disabled={block.mandatory} onChange={(_e, c) => props.onInclude(Boolean(c))} />
            <IconButton iconProps={{ iconName: 'Up' }} title={t.moveUp} ariaLabel={t.moveUp} disabled={props.isFirst} onClick={() => props.onMove(-1)} />
            <IconButton iconProps={{ iconName: 'Down' }} title={t.moveDown} ariaLabel={t.moveDown} disabled={props.isLast} onClick={() => props.onMove(1)} />
            {block.kind === 'Custom' && <IconButton iconProps={{ iconName: 'Delete' }} title={t.remove} ariaLabel={t.remove} onClick={props.onRemove} />}
            {props.sections.length > 1 && (
              <Dropdown ariaLabel={t.moveTo} placeholder={t.moveTo} selectedKey={null} styles={{ root: { minWidth: 180 } }}
                options={props.sections.filter(sec => sec.key !== block.content.sectionKey).map(sec => ({ key: sec.key, text: sec.title }))}
                onChange={(_e, o) => o && props.onMoveToSection(String(o.key))} />
            )}
          </Stack>
        )}
      </Stack>
    </article>
  );
}

/** The levels a risk's likelihood and impact are saved as (the words shown are in the strings). */
const LEVELS = ['Low', 'Medium', 'High'] as const;

/** The columns of a risk-assessment row besides the risk itself. */
function RiskFieldsEditor({ strings, risk, onChange }: { strings: Strings; risk: RiskFields; onChange: (risk: RiskFields) => void }): JSX.Element {
  const t = strings.draft;
  return (
    <Stack tokens={{ childrenGap: 6 }}>
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <Dropdown label={t.riskLikelihood} selectedKey={risk.likelihood} options={LEVELS.map(l => ({ key: l, text: t.riskLevels[l] }))} onChange={(_e, o) => o && onChange({ ...risk, likelihood: String(o.key) })} />
        <Dropdown label={t.riskImpact} selectedKey={risk.impact} options={LEVELS.map(l => ({ key: l, text: t.riskLevels[l] }))} onChange={(_e, o) => o && onChange({ ...risk, impact: String(o.key) })} />
      </Stack>
      <TextField label={t.riskMitigation} multiline autoAdjustHeight value={risk.mitigation} onChange={(_e, v) => onChange({ ...risk, mitigation: v ?? '' })} />
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <TextField label={t.riskOwner} value={risk.owner} onChange={(_e, v) => onChange({ ...risk, owner: v ?? '' })} />
        <TextField label={t.riskReview} type="date" value={risk.reviewDate} onChange={(_e, v) => onChange({ ...risk, reviewDate: v ?? '' })} />
      </Stack>
    </Stack>
  );
}
