import * as React from 'react';
import { IconButton, mergeStyleSets, Stack, Text, useTheme, type IButtonProps } from '@fluentui/react';
import type { BankStatement } from '../../domain/bank/BankModel';
import { entityStatus } from '../../domain/bank/entityStatus';
import { format, type Strings } from '../../loc/strings';
import { settingLabel } from './labels';
import { Badge } from '../common/Badge';
import { ReferenceList } from '../coverage/ReferenceList';

export interface StatementCardProps {
  statement: BankStatement;
  strings: Strings;
  editable: boolean;
  selected: boolean;
  isFirst: boolean;
  isLast: boolean;
  onSelect: () => void;
  onEdit: () => void;
  onMove: (delta: -1 | 1) => void;
  onRetire: () => void;
  onRestore: () => void;
}

/** One statement: its text, its badges and (for the officer) its actions. Text is rendered as text. */
export function StatementCard(props: StatementCardProps): JSX.Element {
  const { statement, strings, editable, selected } = props;
  const theme = useTheme();
  const content = statement.working;
  const status = entityStatus(statement);
  const classes = mergeStyleSets({
    card: {
      padding: 12, borderRadius: 4, background: theme.semanticColors.bodyBackground, cursor: 'pointer',
      border: `1px solid ${selected ? theme.palette.themePrimary : theme.semanticColors.bodyDivider}`,
      boxShadow: selected ? `0 0 0 1px ${theme.palette.themePrimary}` : undefined,
      opacity: content.retired ? 0.7 : 1,
      selectors: { ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}` } }
    },
    text: { whiteSpace: 'pre-wrap', wordBreak: 'break-word', textDecoration: content.retired ? 'line-through' : undefined },
    key: { color: theme.semanticColors.bodySubtext, fontFamily: 'Consolas, monospace' }
  });
  const action = (iconName: string, label: string, onClick: () => void, disabled = false): JSX.Element => {
    const buttonProps: IButtonProps = { iconProps: { iconName }, title: label, ariaLabel: label, disabled, onClick: e => { e.stopPropagation(); onClick(); } };
    return <IconButton {...buttonProps} />;
  };
  return (
    <article
      className={classes.card} tabIndex={0} aria-current={selected ? 'true' : undefined} data-statement-key={statement.key}
      onClick={props.onSelect} onKeyDown={e => { if (e.key === 'Enter' && e.target === e.currentTarget) props.onSelect(); }}
      aria-label={content.text.slice(0, 120)}
    >
      <Stack tokens={{ childrenGap: 6 }}>
        <Stack horizontal wrap tokens={{ childrenGap: 6 }} verticalAlign="center">
          {content.mandatory && <Badge tone="info" text={strings.bank.mandatory} />}
          {editable && status === 'new' && <Badge tone="success" text={strings.bank.newBadge} />}
          {editable && status === 'changed' && <Badge tone="warning" text={strings.bank.changedBadge} />}
          {(status === 'retired' || status === 'retiredUnpublished') && <Badge tone="neutral" text={strings.bank.retiredBadge} />}
          {editable && content.checkAgainstGuidance && <Badge tone="warning" text={strings.bank.checkBadge} />}
          <Text variant="small" className={classes.key}>{statement.key}</Text>
          <Text variant="small">{statement.published ? format(strings.bank.version, statement.published.version) : strings.bank.unpublished}</Text>
        </Stack>
        <Text block className={classes.text} data-testid="statement-text">{content.text}</Text>
        <Text variant="small" block>{content.settings.map(s => settingLabel(strings, s)).join(' · ')}</Text>
        <ReferenceList references={content.references} strings={strings} showTitle={false} />
        {editable && (
          <Stack horizontal tokens={{ childrenGap: 2 }}>
            {action('Edit', strings.bank.edit, props.onEdit, content.retired)}
            {action('Up', strings.bank.moveUp, () => props.onMove(-1), props.isFirst || content.retired)}
            {action('Down', strings.bank.moveDown, () => props.onMove(1), props.isLast || content.retired)}
            {content.retired ? action('Undo', strings.bank.restore, props.onRestore) : action('Archive', strings.bank.retire, props.onRetire)}
          </Stack>
        )}
      </Stack>
    </article>
  );
}
