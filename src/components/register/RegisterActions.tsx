import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import type { OfficerDashboardState, RegisterRefusal } from '../../app/register/OfficerDashboardController';
import type { SchoolIdentity } from '../../domain/register/ReportPack';
import { format, type Strings } from '../../loc/strings';
import { FailureNotice } from '../common/FailureNotice';
import { Section } from './RegisterSections';

/** The register's own sentence for a refusal, filled with its values (the unexpected ones fall back to a plain "didn't work"). */
export function refusalText(strings: Strings, refusal: RegisterRefusal): string {
  const sentences: Record<string, string> = strings.register.refusals;
  return format(sentences[refusal.code] ?? strings.register.actionFailed, ...refusal.values);
}

/** What the last import or enrolment did: imported, enrolled, refused (and why), or failed. */
export function ActionOutcome({ strings, state, day, onDismiss }: { strings: Strings; state: OfficerDashboardState; day: (iso: string) => string; onDismiss: () => void }): JSX.Element | null {
  const t = strings.register;
  const { imported, enrolled, refusal, actionFailure, addressSaved } = state;
  if (actionFailure) return <FailureNotice failure={actionFailure} strings={strings} title={t.actionFailed} />;
  const [tone, text] = refusal ? [MessageBarType.error, refusalText(strings, refusal)]
    : imported ? [MessageBarType.success, imported.newSchool ? format(t.importedNew, imported.school.name, day(imported.reportedOn)) : format(t.imported, imported.school.name, imported.sequence, day(imported.reportedOn))]
      : enrolled ? [MessageBarType.success, format(t.enrolled, enrolled.name)]
        : addressSaved !== undefined ? [MessageBarType.success, addressSaved ? format(t.addressSaved, addressSaved) : t.addressCleared] : [undefined, undefined];
  if (tone === undefined || text === undefined) return null;
  return <MessageBar messageBarType={tone} isMultiline onDismiss={onDismiss} dismissButtonAriaLabel={t.dismiss}><span data-testid="register-outcome">{text}</span></MessageBar>;
}

export interface RegisterActionsProps {
  strings: Strings;
  busy: boolean;
  onImport: (text: string) => void;
  onEnrol: (school: SchoolIdentity) => void;
  /** The address as the bank holds it (undefined: not read yet, or no place to keep it: the box is not shown). */
  reportAddress?: string;
  onSetAddress?: (address: string) => void;
}

/** Import a report pack (a file the school sent) and enrol a school of this tenant by its register code. */
export function RegisterActions({ strings, busy, onImport, onEnrol, reportAddress, onSetAddress }: RegisterActionsProps): JSX.Element {
  const t = strings.register;
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [code, setCode] = React.useState('');
  const [name, setName] = React.useState('');
  const choose = async (file: File | undefined): Promise<void> => {
    if (file) onImport(await file.text());
    if (fileInput.current) fileInput.current.value = '';
  };
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 32 }}>
      <Section title={t.importTitle}>
        <Text block styles={{ root: { maxWidth: 420 } }}>{t.importHelp}</Text>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden data-testid="report-pack-input" onChange={e => void choose(e.target.files?.[0])} />
        <DefaultButton iconProps={{ iconName: 'Upload' }} text={t.chooseFile} disabled={busy} onClick={() => fileInput.current?.click()} />
      </Section>
      <Section title={t.enrolTitle}>
        <Text block styles={{ root: { maxWidth: 420 } }}>{t.enrolHelp}</Text>
        <TextField label={t.enrolCode} value={code} onChange={(_e, v) => setCode(v ?? '')} data-testid="enrol-code" />
        <TextField label={t.enrolName} value={name} onChange={(_e, v) => setName(v ?? '')} data-testid="enrol-name" />
        <PrimaryButton text={t.enrolButton} disabled={busy || !code.trim() || !name.trim()} onClick={() => onEnrol({ key: code, name })} />
      </Section>
      {reportAddress !== undefined && onSetAddress && <AddressSection strings={strings} busy={busy} stored={reportAddress} onSave={onSetAddress} />}
    </Stack>
  );
}

/** The address schools mail report packs to: the stored one to edit, saved (or cleared, when empty) on request. */
function AddressSection({ strings, busy, stored, onSave }: { strings: Strings; busy: boolean; stored: string; onSave: (address: string) => void }): JSX.Element {
  const t = strings.register;
  const [address, setAddress] = React.useState(stored);
  React.useEffect(() => setAddress(stored), [stored]);
  return (
    <Section title={t.addressTitle}>
      <Text block styles={{ root: { maxWidth: 420 } }}>{t.addressHelp}</Text>
      <TextField label={t.addressLabel} type="email" value={address} onChange={(_e, v) => setAddress(v ?? '')} data-testid="report-address" />
      <PrimaryButton text={t.addressSave} disabled={busy || address.trim() === stored} onClick={() => onSave(address)} />
    </Section>
  );
}
