import * as React from 'react';
import { Nav, type INavLink } from '@fluentui/react';
import type { DraftBlock, DraftSection } from '../../domain/draft/DraftModel';
import type { Drift } from '../../domain/draft/drift';
import type { DraftIssue } from '../../domain/draft/validateDraft';
import { isAmended } from '../../domain/draft/draftCommands';
import { format, type Strings } from '../../loc/strings';

/** The left pane: sections with what needs attention in each (amended, bank changes, issues). */
export function DraftOutline({ strings, sections, blocks, drifts, issues, selected, onSelect }: {
  strings: Strings; sections: DraftSection[]; blocks: DraftBlock[]; drifts: Drift[]; issues: DraftIssue[]; selected: string | undefined; onSelect: (key: string) => void;
}): JSX.Element {
  const links = [...sections].sort((a, b) => a.order - b.order).map<INavLink>(section => {
    const own = blocks.filter(b => b.content.sectionKey === section.key && !b.content.removed);
    const keys = new Set(own.map(b => b.key));
    const amended = own.filter(isAmended).length;
    const bankChanges = drifts.filter(d => keys.has(d.blockKey)).length;
    const toFix = issues.filter(i => i.blockKey && keys.has(i.blockKey)).length;
    const marks = [
      amended ? format(strings.draft.outlineAmended, amended) : '',
      bankChanges ? format(strings.draft.outlineBankChanges, bankChanges) : '',
      toFix ? format(strings.draft.outlineToFix, toFix) : ''
    ].filter(Boolean).join(', ');
    return { key: section.key, url: '', name: `${section.title} (${own.length})${marks ? ` · ${marks}` : ''}`, onClick: e => { e?.preventDefault(); onSelect(section.key); } };
  });
  return <Nav ariaLabel={strings.draft.outline} groups={[{ links }]} selectedKey={selected} styles={{ root: { maxHeight: '75vh', overflowY: 'auto' } }} />;
}
