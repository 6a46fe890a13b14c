import * as React from 'react';
import { ChoiceGroup, DefaultButton, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, Stack, Text, TextField, type IChoiceGroupOption } from '@fluentui/react';
import type { Bank } from '../../domain/bank/BankModel';
import { duplicateDocumentName } from '../../domain/school/documentNames';
import type { SchoolProfile } from '../../domain/school/SchoolProfile';
import { latestReleaseLabel } from '../../domain/school/settingMatch';
import { format, type Strings } from '../../loc/strings';
import type { Failure } from '../../services/errors/describeError';
import { FailureNotice } from '../common/FailureNotice';
import { settingLabel } from '../bank/labels';
import { TEXT_COLUMN_LIMIT } from '../../services/sharepoint/schema/ListSchema';

export interface NewDocumentPanelProps {
  strings: Strings;
  bank: Bank;
  profile: SchoolProfile;
  /** Starts the draft; the owner of the panel says when it is busy and why starting failed. */
  onStart: (templateKey: string, title: string) => void;
  busy: boolean;
  failure?: Failure;
  /** The school's documents: a new one may not take a name one of them has. */
  existing: readonly { title: string }[];
  /** A name the controller refused as a duplicate (the panel checks as it is typed, too). */
  refusedAs?: string;
  onDismiss: () => void;
}

/** Picks a published template (the policy for the school's setting first) and names the new draft. */
export function NewDocumentPanel({ strings, bank, profile, onStart, busy, failure, existing, refusedAs, onDismiss }: NewDocumentPanelProps): JSX.Element {
  const t = strings.school.newPanel;
  const templates = bank.templates.filter(tm => tm.published && tm.working.body.kind !== 'Flowchart')
    .sort((a, b) => {
      const score = (tm: typeof a): number => (tm.working.body.kind === 'Policy' && tm.working.setting === profile.setting ? 0 : 1);
      return score(a) - score(b) || a.working.order - b.working.order;
    });
  const recommended = templates.find(tm => tm.working.body.kind === 'Policy' && tm.working.setting === profile.setting);
  const [selected, setSelected] = React.useState<string | undefined>(recommended?.key ?? templates[0]?.key);
  const chosen = templates.find(tm => tm.key === selected);
  const [title, setTitle] = React.useState('');
  const options: IChoiceGroupOption[] = templates.map(tm => ({
    key: tm.key,
    text: format(tm === recommended ? t.optionRecommended : t.option, tm.working.title, strings.school.kinds[tm.working.body.kind as keyof typeof strings.school.kinds] ?? tm.working.body.kind)
  }));
  const name = title.trim() || chosen?.working.title || '';
  // Case and spaces ignored: "Online Safety Policy " is the same document as "online safety policy".
  const duplicate = duplicateDocumentName(name, existing) ?? (refusedAs ? duplicateDocumentName(name, [{ title: refusedAs }]) : undefined);
  const start = (): void => {
    if (chosen && !duplicate) onStart(chosen.key, name);
  };
  const latest = latestReleaseLabel(bank);
  return (
    <Panel isOpen type={PanelType.medium} headerText={t.title} onDismiss={onDismiss} closeButtonAriaLabel={strings.bank.editor.cancel} isFooterAtBottom
      onRenderFooterContent={() => (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={busy ? t.starting : t.start} disabled={!chosen || busy || Boolean(duplicate)} onClick={start} />
          <DefaultButton text={strings.bank.editor.cancel} onClick={onDismiss} disabled={busy} />
        </Stack>
      )}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Text>{format(t.intro, latest ? format(t.fromRelease, latest) : t.fromBank)}</Text>
        {failure && <FailureNotice failure={failure} strings={strings} title={strings.school.failed.startDocument} />}
        <TextField label={t.name} placeholder={chosen?.working.title} value={title} maxLength={TEXT_COLUMN_LIMIT} onChange={(_e, v) => setTitle(v ?? '')}
          errorMessage={duplicate ? format(t.duplicateName, duplicate) : undefined} />
        {!recommended && <MessageBar messageBarType={MessageBarType.warning} isMultiline>{format(t.noTemplateForSetting, settingLabel(strings, profile.setting))}</MessageBar>}
        <ChoiceGroup selectedKey={selected} options={options} onChange={(_e, o) => o && setSelected(o.key)} label={strings.bank.templates} />
      </Stack>
    </Panel>
  );
}
