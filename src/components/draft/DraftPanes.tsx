import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react';
import type { DraftEditorController } from '../../app/draftEditor/DraftEditorController';
import type { DraftEditorState } from '../../app/draftEditor/draftEditorState';
import type { EditorView } from '../../app/draftEditor/editorView';
import type { Bank } from '../../domain/bank/BankModel';
import type { ProfileTextField } from '../../domain/school/mergeFieldProfile';
import type { Strings } from '../../loc/strings';
import { threePaneColumns, useLayout } from '../common/layout';
import { DraftCardsPane } from './DraftCardsPane';
import { DraftOutline } from './DraftOutline';
import { DraftSidePane } from './DraftSidePane';

export interface DraftPanesProps {
  strings: Strings;
  state: DraftEditorState;
  view: EditorView;
  editor: DraftEditorController;
  /** The published bank the draft came from (its coverage check offers statements from it). */
  bank: Bank;
  /** Opens an empty profile field to fill (absent for someone who may not). */
  onFillField?: (field: ProfileTextField) => void;
}

/** The three panes: the outline of sections, the shown section's statements, and the selected statement's detail. */
export function DraftPanes({ strings, state, view, editor, bank, onFillField }: DraftPanesProps): JSX.Element {
  const layout = useLayout();
  const classes = mergeStyleSets({
    columns: { display: 'grid', gridTemplateColumns: threePaneColumns(layout, 'minmax(180px, 260px)', 'minmax(220px, 300px)'), gap: 16, alignItems: 'start' },
    detail: { gridColumn: layout === 'wide' ? 'auto' : '1 / -1' }
  });
  return (
    <div className={classes.columns}>
      <DraftOutline strings={strings} sections={view.sections} blocks={view.blocks} drifts={view.drifts} issues={view.issues} selected={view.section?.key} onSelect={key => editor.selectSection(key)} />
      <DraftCardsPane strings={strings} state={state} view={view} editor={editor} onFillField={onFillField} />
      <aside aria-label={strings.draft.guidance} className={classes.detail}>
        <DraftSidePane strings={strings} state={state} view={view} editor={editor} bank={bank} />
      </aside>
    </div>
  );
}
