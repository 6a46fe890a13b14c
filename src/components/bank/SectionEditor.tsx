import * as React from 'react';
import { ChoiceGroup, DefaultButton, Dropdown, Panel, PanelType, PrimaryButton, Stack, TextField } from '@fluentui/react';
import { AUP_AUDIENCES, type AupAudience } from '../../domain/bank/AupAudience';
import type { SectionInput } from '../../domain/bank/bankCommands';
import type { Strings } from '../../loc/strings';
import { audienceLabel } from './labels';
import { TEXT_COLUMN_LIMIT } from '../../services/sharepoint/schema/ListSchema';

export interface SectionEditorProps {
  strings: Strings;
  /** The section being edited; undefined to add one. */
  initial?: SectionInput;
  onSave: (input: SectionInput) => void;
  onDismiss: () => void;
}

/** The panel where the officer adds a section (to the policy, or a new acceptable use agreement) or edits one. */
export function SectionEditor({ strings, initial, onSave, onDismiss }: SectionEditorProps): JSX.Element {
  const t = strings.bank.sectionEditor;
  const [input, setInput] = React.useState<SectionInput>(initial ?? { title: '', summary: '', group: 'Policy' });
  const ready = input.title.trim() !== '' && (input.group === 'Policy' || Boolean(input.audience));
  return (
    <Panel isOpen type={PanelType.medium} headerText={initial ? t.editTitle : t.title} onDismiss={onDismiss} closeButtonAriaLabel={strings.bank.editor.cancel} isFooterAtBottom
      onRenderFooterContent={() => (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={initial ? strings.bank.editor.save : t.save} disabled={!ready} onClick={() => ready && onSave(input)} />
          <DefaultButton text={strings.bank.editor.cancel} onClick={onDismiss} />
        </Stack>
      )}>
      <Stack tokens={{ childrenGap: 12 }}>
        <TextField label={t.name} required value={input.title} maxLength={TEXT_COLUMN_LIMIT} onChange={(_e, value) => setInput({ ...input, title: value ?? '' })} />
        <TextField label={t.summary} multiline rows={3} value={input.summary} onChange={(_e, value) => setInput({ ...input, summary: value ?? '' })} />
        <ChoiceGroup label={t.group} disabled={Boolean(initial)} selectedKey={input.group} options={[{ key: 'Policy', text: strings.bank.policySections }, { key: 'Aup', text: strings.bank.aupSections }]}
          onChange={(_e, option) => option && setInput({ ...input, group: option.key === 'Aup' ? 'Aup' : 'Policy' })} />
        {input.group === 'Aup' && (
          <Dropdown label={t.audience} required selectedKey={input.audience ?? null} options={AUP_AUDIENCES.map(a => ({ key: a, text: audienceLabel(strings, a) }))}
            onChange={(_e, option) => option && setInput({ ...input, audience: option.key as AupAudience })} />
        )}
      </Stack>
    </Panel>
  );
}
