import * as React from 'react';
import { ChoiceGroup, DefaultButton, Dropdown, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, SpinButton, Stack, Text, TextField } from '@fluentui/react';
import { profileProblems, REQUIRED_PROFILE_FIELDS } from '../../domain/school/profileValidation';
import type { ApprovalRule, SchoolProfile } from '../../domain/school/SchoolProfile';
import { SCHOOL_SETTINGS, type SchoolSetting } from '../../domain/school/SchoolSetting';
import { format, type Strings } from '../../loc/strings';
import type { Failure } from '../../services/errors/describeError';
import { FailureNotice } from '../common/FailureNotice';
import { settingLabel } from '../bank/labels';
import { TEXT_COLUMN_LIMIT } from '../../services/sharepoint/schema/ListSchema';

type TextKey = Exclude<keyof SchoolProfile, 'setting' | 'reviewPeriodMonths' | 'approvalRule'>;
const TEXT_FIELDS: TextKey[] = ['schoolName', 'headteacherName', 'dslName', 'deputyDslName', 'onlineSafetyLead', 'chairOfGovernors', 'linkGovernor', 'itServiceProvider', 'website', 'address', 'phone', 'email', 'localAuthority', 'approversGroup'];

export interface ProfileFormProps {
  strings: Strings;
  initial: SchoolProfile;
  /** Site groups the approvers can be (names only). */
  groups: string[];
  /** Saves; the owner of the panel says when it is busy and why a save failed (the panel stays open with what was typed). */
  onSave: (profile: SchoolProfile) => void;
  busy: boolean;
  failure?: Failure;
  /** The save was refused before reaching SharePoint (what was stored fails the checks the form makes). */
  refused?: boolean;
  onDismiss: () => void;
  /** Show only the approval settings (the first-run step that names the approvers group). */
  only?: 'approvers';
}

const REQUIRED: readonly TextKey[] = REQUIRED_PROFILE_FIELDS;

/**
 * The school profile, filled once: merge fields in every document come from it. Each field says what is wrong with it
 * as it is typed, and while Save cannot be used the footer says which fields to fix. A profile never saved (no school
 * name yet) has no setting until the person picks one: the setting picks the template, so it is never assumed.
 */
export function ProfileForm({ strings, initial, groups, onSave, busy, failure, refused, onDismiss, only }: ProfileFormProps): JSX.Element {
  const t = strings.school.profileForm;
  const [profile, setProfile] = React.useState(initial);
  const [settingChosen, setSettingChosen] = React.useState(initial.schoolName.trim() !== '');
  const [touched, setTouched] = React.useState<ReadonlySet<string>>(new Set());
  const problems = only === 'approvers' ? {} : profileProblems(profile, { settingChosen });
  const missingGroup = only === 'approvers' && !profile.approversGroup;
  const blocking = [...Object.keys(problems).map(k => t.fields[k as keyof typeof t.fields]), ...(missingGroup ? [t.fields.approversGroup] : [])];
  // A required field is flagged once the person has been in it; a wrong address as soon as it is typed.
  const problemText = (key: keyof SchoolProfile): string | undefined => {
    const problem = problems[key];
    if (!problem || (problem === 'required' && !touched.has(key))) return undefined;
    return t.problems[problem];
  };
  const touch = (key: string): void => setTouched(previous => (previous.has(key) ? previous : new Set([...previous, key])));
  return (
    <Panel isOpen type={PanelType.medium} headerText={only === 'approvers' ? strings.setup.steps.approvers.title : t.title} onDismiss={onDismiss} closeButtonAriaLabel={strings.bank.editor.cancel} isFooterAtBottom
      onRenderFooterContent={() => (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={t.save} disabled={busy || blocking.length > 0} onClick={() => onSave(profile)} />
          <DefaultButton text={strings.bank.editor.cancel} onClick={onDismiss} />
          {blocking.length > 0 && <Text role="status" data-testid="profile-cannot-save" styles={{ root: { alignSelf: 'center' } }}>{format(t.cannotSave, blocking.join(', '))}</Text>}
        </Stack>
      )}>
      <Stack tokens={{ childrenGap: 10 }}>
        <MessageBar>{only === 'approvers' ? strings.setup.steps.approvers.body : t.intro}</MessageBar>
        {failure && <FailureNotice failure={failure} strings={strings} title={strings.school.failed.saveProfile} />}
        {refused && <MessageBar messageBarType={MessageBarType.error} isMultiline>{t.refused}</MessageBar>}
        {only !== 'approvers' && <>
        <Dropdown label={t.fields.setting} required selectedKey={settingChosen ? profile.setting : null} placeholder={t.chooseSetting}
          options={SCHOOL_SETTINGS.map(s => ({ key: s, text: settingLabel(strings, s) }))}
          errorMessage={settingChosen ? undefined : t.settingHelp}
          onChange={(_e, o) => { if (o) { setSettingChosen(true); setProfile({ ...profile, setting: o.key as SchoolSetting }); } }} />
        {TEXT_FIELDS.filter(k => k !== 'approversGroup').map(key => (
          <TextField key={key} label={t.fields[key]} required={REQUIRED.includes(key)} multiline={key === 'address'} value={profile[key]}
            maxLength={key === 'address' ? undefined : TEXT_COLUMN_LIMIT} type={key === 'email' ? 'email' : key === 'website' ? 'url' : undefined}
            errorMessage={problemText(key)} onBlur={() => touch(key)}
            onChange={(_e, v) => { touch(key); setProfile({ ...profile, [key]: v ?? '' }); }} />
        ))}
        <SpinButton label={t.fields.reviewPeriodMonths} min={1} max={36} step={1} value={String(profile.reviewPeriodMonths)}
          onChange={(_e, v) => setProfile({ ...profile, reviewPeriodMonths: Math.max(1, Math.min(36, Number(v) || 12)) })} />
        </>}
        <Dropdown label={t.fields.approversGroup} selectedKey={profile.approversGroup || null} placeholder={t.chooseGroup}
          options={groups.map(g => ({ key: g, text: g }))} onChange={(_e, o) => o && setProfile({ ...profile, approversGroup: String(o.key) })} />
        {only === 'approvers' && <Text variant="small">{strings.setup.steps.approvers.create}</Text>}
        <ChoiceGroup label={t.fields.approvalRule} selectedKey={profile.approvalRule}
          options={(['All', 'Majority', 'Any'] as ApprovalRule[]).map(rule => ({ key: rule, text: t.rules[rule] }))}
          onChange={(_e, o) => o && setProfile({ ...profile, approvalRule: o.key as ApprovalRule })} />
      </Stack>
    </Panel>
  );
}
