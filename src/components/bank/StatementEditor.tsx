import * as React from 'react';
import { Checkbox, DefaultButton, Dropdown, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, Stack, TextField, Toggle } from '@fluentui/react';
import type { BankSection, StatementContent } from '../../domain/bank/BankModel';
import { SCHOOL_SETTINGS } from '../../domain/school/SchoolSetting';
import { unknownMergeFields } from '../../domain/school/mergeFields';
import { format, type Strings } from '../../loc/strings';
import { settingLabel } from './labels';
import { TEXT_COLUMN_LIMIT } from '../../services/sharepoint/schema/ListSchema';

/** What the editor hands back: a statement's content but for its place in the order and its retirement. */
export type StatementDraft = Pick<StatementContent, 'sectionKey' | 'text' | 'guidance' | 'mandatory' | 'settings' | 'tags' | 'checkAgainstGuidance'>;

export interface StatementEditorProps {
  strings: Strings;
  sections: BankSection[];
  /** Undefined to create a new statement. */
  initial?: StatementContent;
  defaultSectionKey: string;
  onSave: (draft: StatementDraft) => void;
  onDismiss: () => void;
}

/** The panel where the officer writes or edits a statement. Refuses unknown merge fields and empty text in place. */
export function StatementEditor({ strings, sections, initial, defaultSectionKey, onSave, onDismiss }: StatementEditorProps): JSX.Element {
  const t = strings.bank.editor;
  const [draft, setDraft] = React.useState<StatementDraft>(() => ({
    sectionKey: initial?.sectionKey ?? defaultSectionKey, text: initial?.text ?? '', guidance: initial?.guidance ?? '',
    mandatory: initial?.mandatory ?? false, settings: initial?.settings ?? [...SCHOOL_SETTINGS], tags: initial?.tags ?? [],
    checkAgainstGuidance: initial?.checkAgainstGuidance ?? false
  }));
  const [tagText, setTagText] = React.useState(draft.tags.join(', '));
  const unknown = unknownMergeFields(draft.text);
  const unknownProblem = unknown.length > 0 ? format(t.unknownField, `{{${unknown[0]}}}`) : undefined;
  const problem = !draft.text.trim() ? t.needText : unknownProblem ?? (draft.settings.length === 0 ? t.needSetting : undefined);
  const save = (): void => {
    if (!problem) onSave({ ...draft, tags: tagText.split(',').map(s => s.trim()).filter(Boolean) });
  };
  return (
    <Panel
      isOpen type={PanelType.medium} headerText={initial ? t.titleEdit : t.titleNew} onDismiss={onDismiss} isLightDismiss={false}
      closeButtonAriaLabel={t.cancel}
      onRenderFooterContent={() => (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={t.save} onClick={save} disabled={Boolean(problem)} />
          <DefaultButton text={t.cancel} onClick={onDismiss} />
        </Stack>
      )}
      isFooterAtBottom
    >
      <Stack tokens={{ childrenGap: 12 }}>
        {!initial && (
          <Dropdown label={t.section} selectedKey={draft.sectionKey} options={sections.filter(s => !s.working.retired).map(s => ({ key: s.key, text: s.working.title }))}
            onChange={(_e, option) => option && setDraft({ ...draft, sectionKey: String(option.key) })} />
        )}
        <TextField label={t.text} multiline autoAdjustHeight rows={4} value={draft.text} description={t.textHelp}
          onChange={(_e, value) => setDraft({ ...draft, text: value ?? '' })} errorMessage={unknownProblem} />
        <TextField label={t.guidance} multiline autoAdjustHeight rows={3} value={draft.guidance} onChange={(_e, value) => setDraft({ ...draft, guidance: value ?? '' })} />
        <Toggle label={t.mandatory} checked={draft.mandatory} onChange={(_e, checked) => setDraft({ ...draft, mandatory: Boolean(checked) })} />
        <Stack tokens={{ childrenGap: 6 }} role="group" aria-label={t.settings}>
          <span>{t.settings}</span>
          {SCHOOL_SETTINGS.map(setting => (
            <Checkbox key={setting} label={settingLabel(strings, setting)} checked={draft.settings.includes(setting)}
              onChange={(_e, checked) => setDraft({ ...draft, settings: checked ? [...draft.settings, setting].filter((s, i, all) => all.indexOf(s) === i) : draft.settings.filter(s => s !== setting) })} />
          ))}
        </Stack>
        <TextField label={t.tags} value={tagText} maxLength={TEXT_COLUMN_LIMIT} onChange={(_e, value) => setTagText(value ?? '')} />
        <Checkbox label={t.checkGuidance} checked={draft.checkAgainstGuidance} onChange={(_e, checked) => setDraft({ ...draft, checkAgainstGuidance: Boolean(checked) })} />
        {problem && draft.text.trim() && <MessageBar messageBarType={MessageBarType.warning}>{problem}</MessageBar>}
      </Stack>
    </Panel>
  );
}
