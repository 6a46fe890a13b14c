import * as React from 'react';
import { DefaultButton, Panel, PanelType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import type { ProfileTextField } from '../../domain/school/mergeFieldProfile';
import { profileProblems } from '../../domain/school/profileValidation';
import type { SchoolProfile } from '../../domain/school/SchoolProfile';
import type { Strings } from '../../loc/strings';
import type { Failure } from '../../services/errors/describeError';
import { FailureNotice } from '../common/FailureNotice';
import { TEXT_COLUMN_LIMIT } from '../../services/sharepoint/schema/ListSchema';

export type ProfileDetails = Partial<Pick<SchoolProfile, ProfileTextField>>;

export interface FillDetailsPanelProps {
  strings: Strings;
  /** The empty profile fields the document uses, in the order the things to fix name them. */
  fields: ProfileTextField[];
  profile: SchoolProfile;
  /** The field the person chose to fill: it has the focus. */
  focus?: ProfileTextField;
  /** Saves the details to the school profile; a failure to show, or undefined when saved. */
  onSave: (details: ProfileDetails) => Promise<Failure | undefined>;
  onDismiss: () => void;
}

/**
 * Fills the school profile's empty fields from the draft, where the things to fix show them: one panel for all of
 * them (each checked as it is typed, as the profile form checks it), saved to the profile every document uses.
 */
export function FillDetailsPanel({ strings, fields, profile, focus, onSave, onDismiss }: FillDetailsPanelProps): JSX.Element {
  const t = strings.draft.fillDetails;
  const labels = strings.school.profileForm;
  const [details, setDetails] = React.useState<ProfileDetails>({});
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<Failure>();
  const problems = profileProblems({ ...profile, ...details });
  const typed = fields.filter(f => (details[f] ?? '').trim() !== '');
  const blocked = fields.some(f => problems[f] !== undefined && problems[f] !== 'required');
  const save = async (): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    const refused = await onSave(Object.fromEntries(typed.map(f => [f, (details[f] ?? '').trim()])));
    setBusy(false);
    if (refused) setFailure(refused);
    else onDismiss();
  };
  return (
    <Panel isOpen type={PanelType.medium} headerText={t.title} onDismiss={onDismiss} closeButtonAriaLabel={strings.bank.editor.cancel} isFooterAtBottom
      onRenderFooterContent={() => (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={busy ? t.saving : t.save} disabled={busy || blocked || typed.length === 0} onClick={() => void save()} />
          <DefaultButton text={strings.bank.editor.cancel} onClick={onDismiss} disabled={busy} />
        </Stack>
      )}>
      <Stack tokens={{ childrenGap: 10 }}>
        <Text>{t.intro}</Text>
        {failure && <FailureNotice failure={failure} strings={strings} title={t.failed} />}
        {fields.map(field => {
          const problem = (details[field] ?? '') !== '' ? problems[field] : undefined;
          return (
            <TextField key={field} label={labels.fields[field]} value={details[field] ?? ''} autoFocus={field === focus} multiline={field === 'address'}
              maxLength={field === 'address' ? undefined : TEXT_COLUMN_LIMIT} type={field === 'email' ? 'email' : field === 'website' ? 'url' : undefined}
              errorMessage={problem && problem !== 'required' ? labels.problems[problem] : undefined}
              onChange={(_e, v) => setDetails(previous => ({ ...previous, [field]: v ?? '' }))} />
          );
        })}
      </Stack>
    </Panel>
  );
}
