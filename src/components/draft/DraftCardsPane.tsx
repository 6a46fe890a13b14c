import * as React from 'react';
import { mergeStyleSets, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import type { DraftEditorController } from '../../app/draftEditor/DraftEditorController';
import type { DraftEditorState } from '../../app/draftEditor/draftEditorState';
import type { EditorView } from '../../app/draftEditor/editorView';
import type { DraftBlock } from '../../domain/draft/DraftModel';
import type { ProfileTextField } from '../../domain/school/mergeFieldProfile';
import type { Strings } from '../../loc/strings';
import { BlockCard } from './BlockCard';
import { BlockMergeFields } from './BlockMergeFields';

interface PaneProps {
  strings: Strings;
  state: DraftEditorState;
  view: EditorView;
  editor: DraftEditorController;
  /** Opens an empty profile field to fill (absent for someone who may not). */
  onFillField?: (field: ProfileTextField) => void;
}

/** The centre pane: the shown section's statements as cards, and (for editors) a box to add the school's own. */
export function DraftCardsPane({ strings, state, view, editor, onFillField }: PaneProps): JSX.Element {
  const classes = mergeStyleSets({ cards: { display: 'flex', flexDirection: 'column', gap: 8 } });
  const { draft, shown, section } = view;
  const editorsOf = (key: string): string[] => view.others.filter(p => p.editingBlock === key).map(p => p.name);
  const card = (block: DraftBlock, i: number): JSX.Element => {
    const key = block.key;
    return (
      <BlockCard key={key} strings={strings} block={block} drift={view.drifts.find(d => d.blockKey === key)} conflict={state.conflicts.find(c => c.key === key)}
        reading={view.reading[key]} editors={editorsOf(key)}
        sections={draft.kind === 'Policy' ? view.sections : []} selected={key === state.selectedBlock} editable={view.editable}
        isFirst={i === 0} isLast={i === shown.length - 1} onSelect={() => editor.selectBlock(key)}
        onText={text => editor.editText(key, text)} onRisk={risk => editor.setRisk(key, risk)} onMoveToSection={to => editor.moveToSection(key, to)}
        onInclude={included => editor.include(key, included)} onMove={delta => editor.move(key, delta)} onRemove={() => editor.removeOwn(key)}
        onAcceptBank={() => editor.acceptBankWording(key)} onKeepSchool={() => editor.keepSchoolWording(key)}
        onResolve={text => editor.settleClash(key, text)}
        mergeFields={<BlockMergeFields strings={strings} text={block.content.text} values={view.values} onFill={view.editable ? onFillField : undefined} />} />
    );
  };
  return (
    <section className={classes.cards} aria-label={section?.title}>
      <Text as="h3" variant="large">{section?.title}</Text>
      {shown.map(card)}
      {view.editable && section && <AddOwnStatement strings={strings} onAdd={text => editor.addOwnStatement(text)} />}
    </section>
  );
}

/** The school's own statement, added at the end of the shown section; the box empties only once it is added. */
function AddOwnStatement({ strings, onAdd }: { strings: Strings; onAdd: (text: string) => boolean }): JSX.Element {
  const [text, setText] = React.useState('');
  return (
    <Stack tokens={{ childrenGap: 6 }}>
      <TextField label={strings.draft.addOwn} multiline autoAdjustHeight placeholder={strings.draft.addOwnPlaceholder} value={text} onChange={(_e, v) => setText(v ?? '')} />
      <Stack horizontal><PrimaryButton text={strings.draft.add} disabled={!text.trim()} onClick={() => { if (onAdd(text)) setText(''); }} /></Stack>
    </Stack>
  );
}
