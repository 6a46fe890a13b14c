import * as React from 'react';
import { Stack } from '@fluentui/react';
import type { DraftBlock } from '../../domain/draft/DraftModel';
import type { Drift } from '../../domain/draft/drift';
import type { ReadingFlag } from '../../domain/draft/readability';
import { format, type Strings } from '../../loc/strings';
import { Badge } from '../common/Badge';

export interface BlockBadgesProps {
  strings: Strings;
  block: DraftBlock;
  amended: boolean;
  drift?: Drift;
  /** Names of the others editing this statement now. */
  editors: string[];
  /** Reading age for a pupils' agreement; `flag` set when it reads above the audience's target. */
  reading?: { readingAge: number; flag?: ReadingFlag };
}

/** A statement's marks at a glance: mandatory, own, amended, left out, bank changes, who is in it, reading age. */
export function BlockBadges({ strings, block, amended, drift, editors, reading }: BlockBadgesProps): JSX.Element {
  const t = strings.draft;
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 6 }} verticalAlign="center">
      {block.mandatory && <Badge tone="info" text={t.mandatory} />}
      {block.kind === 'Custom' && <Badge tone="neutral" text={t.custom} />}
      {amended && <Badge tone="warning" text={t.amended} />}
      {!block.content.included && <Badge tone="neutral" text={t.excluded} />}
      {drift && <Badge tone="danger" text={drift.retired ? t.bankRetired : format(t.bankChanged, format(strings.common.version, drift.toVersion))} />}
      {editors.map(name => <Badge key={name} tone="info" text={format(t.editingNow, name)} />)}
      {reading && <Badge tone={reading.flag ? 'warning' : 'success'} text={`${format(t.readingAge, reading.readingAge)}${reading.flag ? ` (${t.readingHard})` : ''}`} />}
    </Stack>
  );
}
