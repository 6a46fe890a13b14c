import * as React from 'react';
import { Dropdown, Stack, TextField } from '@fluentui/react';
import type { RiskFields } from '../../domain/draft/DraftModel';
import type { Strings } from '../../loc/strings';
import { ukDateNote } from './ukDateNote';

/** The levels a risk's likelihood and impact are saved as (the words shown are in the strings). */
const LEVELS = ['Low', 'Medium', 'High'] as const;

/** The columns of a risk-assessment row besides the risk itself. */
export function RiskFieldsEditor({ strings, risk, onChange }: { strings: Strings; risk: RiskFields; onChange: (risk: RiskFields) => void }): JSX.Element {
  const t = strings.draft;
  return (
    <Stack tokens={{ childrenGap: 6 }}>
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <Dropdown label={t.riskLikelihood} selectedKey={risk.likelihood} options={LEVELS.map(l => ({ key: l, text: t.riskLevels[l] }))} onChange={(_e, o) => o && onChange({ ...risk, likelihood: String(o.key) })} />
        <Dropdown label={t.riskImpact} selectedKey={risk.impact} options={LEVELS.map(l => ({ key: l, text: t.riskLevels[l] }))} onChange={(_e, o) => o && onChange({ ...risk, impact: String(o.key) })} />
      </Stack>
      <TextField label={t.riskMitigation} multiline autoAdjustHeight value={risk.mitigation} onChange={(_e, v) => onChange({ ...risk, mitigation: v ?? '' })} />
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <TextField label={t.riskOwner} value={risk.owner} onChange={(_e, v) => onChange({ ...risk, owner: v ?? '' })} />
        <TextField label={t.riskReview} type="date" value={risk.reviewDate} description={ukDateNote(strings, risk.reviewDate)} onChange={(_e, v) => onChange({ ...risk, reviewDate: v ?? '' })} />
      </Stack>
    </Stack>
  );
}
