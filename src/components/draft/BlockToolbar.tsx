import * as React from 'react';
import { Checkbox, Dropdown, IconButton, Stack } from '@fluentui/react';
import type { DraftBlock, DraftSection } from '../../domain/draft/DraftModel';
import type { Strings } from '../../loc/strings';

export interface BlockToolbarProps {
  strings: Strings;
  block: DraftBlock;
  /** Sections the statement may move to (policies); empty hides the choice. */
  sections: DraftSection[];
  isFirst: boolean;
  isLast: boolean;
  onInclude: (included: boolean) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onMoveToSection: (sectionKey: string) => void;
}

/** An editor's controls for one statement: include or leave out, move, remove the school's own, move to a section. */
export function BlockToolbar({ strings, block, sections, isFirst, isLast, onInclude, onMove, onRemove, onMoveToSection }: BlockToolbarProps): JSX.Element {
  const t = strings.draft;
  return (
    <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 4 }}>
      <Checkbox label={block.mandatory ? t.mandatoryLocked : t.include} checked={block.content.included} disabled={block.mandatory} onChange={(_e, c) => onInclude(Boolean(c))} />
      <IconButton iconProps={{ iconName: 'Up' }} title={t.moveUp} ariaLabel={t.moveUp} disabled={isFirst} onClick={() => onMove(-1)} />
      <IconButton iconProps={{ iconName: 'Down' }} title={t.moveDown} ariaLabel={t.moveDown} disabled={isLast} onClick={() => onMove(1)} />
      {block.kind === 'Custom' && <IconButton iconProps={{ iconName: 'Delete' }} title={t.remove} ariaLabel={t.remove} onClick={onRemove} />}
      {sections.length > 1 && (
        <Dropdown ariaLabel={t.moveTo} placeholder={t.moveTo} selectedKey={null} styles={{ root: { minWidth: 180 } }}
          options={sections.filter(sec => sec.key !== block.content.sectionKey).map(sec => ({ key: sec.key, text: sec.title }))}
          onChange={(_e, o) => o && onMoveToSection(String(o.key))} />
      )}
    </Stack>
  );
}
