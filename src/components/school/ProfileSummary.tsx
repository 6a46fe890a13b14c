import * as React from 'react';
import { mergeStyleSets, PrimaryButton, Stack, Text, useTheme } from '@fluentui/react';
import type { SchoolProfile } from '../../domain/school/SchoolProfile';
import type { Strings } from '../../loc/strings';
import { settingLabel } from '../bank/labels';

type Shown = Exclude<keyof SchoolProfile, 'reviewPeriodMonths' | 'approvalRule' | 'setting'>;
const SHOWN: Shown[] = ['schoolName', 'headteacherName', 'dslName', 'deputyDslName', 'onlineSafetyLead', 'chairOfGovernors', 'linkGovernor', 'itServiceProvider', 'website', 'address', 'phone', 'email', 'localAuthority', 'approversGroup'];

/** The school profile as everyone may read it, with Edit for those who may change it. */
export function ProfileSummary({ strings, profile, canEdit, onEdit }: { strings: Strings; profile: SchoolProfile; canEdit: boolean; onEdit: () => void }): JSX.Element {
  const t = strings.school.profileForm;
  const theme = useTheme();
  const classes = mergeStyleSets({
    list: { display: 'grid', gridTemplateColumns: 'minmax(140px, max-content) minmax(0, 1fr)', gap: '6px 16px', margin: 0, maxWidth: 760 },
    term: { fontWeight: 600 },
    empty: { color: theme.semanticColors.bodySubtext, fontStyle: 'italic' },
    value: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }
  });
  const row = (label: string, value: string): JSX.Element[] => [
    <dt key={`t-${label}`} className={classes.term}><Text>{label}</Text></dt>,
    <dd key={`d-${label}`} className={classes.value}>{value.trim() ? <Text>{value}</Text> : <Text className={classes.empty}>{strings.school.notSet}</Text>}</dd>
  ];
  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="profile-summary">
      <Text as="h2" variant="large">{t.title}</Text>
      <dl className={classes.list}>
        {row(t.fields.setting, settingLabel(strings, profile.setting))}
        {SHOWN.flatMap(key => row(t.fields[key], profile[key]))}
        {row(t.fields.reviewPeriodMonths, String(profile.reviewPeriodMonths))}
        {row(t.fields.approvalRule, t.rules[profile.approvalRule])}
      </dl>
      {canEdit && <Stack horizontal><PrimaryButton text={strings.school.editProfile} onClick={onEdit} /></Stack>}
    </Stack>
  );
}
