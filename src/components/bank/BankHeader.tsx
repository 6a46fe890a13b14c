import * as React from 'react';
import { CommandBar, MessageBar, MessageBarType, PrimaryButton, Stack, Text, type ICommandBarItemProps } from '@fluentui/react';
import type { BankController, BankState } from '../../app/bank/BankController';
import type { Bank } from '../../domain/bank/BankModel';
import { planRelease } from '../../domain/bank/releasePlan';
import { plural } from '../../loc/plural';
import { format, type Strings } from '../../loc/strings';
import { SaveState, type SaveStatus } from '../common/SaveState';
import { BankProblemNotice } from './BankProblemNotice';

export interface BankHeaderProps {
  strings: Strings;
  controller: BankController;
  state: BankState;
  bank: Bank;
  editable: boolean;
  saveStatus: SaveStatus;
  onExport: () => void;
}

/** Failures of steps other than saving (which the save state shows), and an interrupted release to finish. */
function BankNotices({ strings, controller, state }: Pick<BankHeaderProps, 'strings' | 'controller' | 'state'>): JSX.Element {
  const problem = state.problem && !['save', 'edit', 'publish'].includes(state.problem.action) ? state.problem : undefined;
  return (
    <>
      {state.published && <MessageBar messageBarType={MessageBarType.success} onDismiss={() => controller.dismissNotice()}>{format(strings.bank.publishPanel.published, state.published.label)}</MessageBar>}
      {state.interrupted && controller.editable && (
        <div data-testid="release-interrupted">
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            <Stack tokens={{ childrenGap: 8 }}>
              <Text block>{format(strings.bank.interrupted.message, state.interrupted.label)}</Text>
              <Stack horizontal><PrimaryButton text={strings.bank.interrupted.resume} onClick={() => void controller.resumeRelease()} /></Stack>
            </Stack>
          </MessageBar>
        </div>
      )}
      {problem && <BankProblemNotice strings={strings} action={problem.action} failure={problem.failure} />}
    </>
  );
}

/** The bank screen's top: title and release state, save state, notices and (for the officer) the command bar. */
export function BankHeader({ strings, controller, state, bank, editable, saveStatus, onExport }: BankHeaderProps): JSX.Element {
  const changes = React.useMemo(() => (editable ? planRelease(bank).length : 0), [bank, editable]);
  const latest = [...bank.releases].filter(r => !r.interrupted).sort((a, b) => b.number - a.number)[0];
  const commands: ICommandBarItemProps[] = editable ? [
    { key: 'new', text: strings.bank.newStatement, iconProps: { iconName: 'Add' }, onClick: () => controller.openPanel({ kind: 'statement' }) },
    { key: 'section', text: strings.bank.newSection, iconProps: { iconName: 'BulletedList' }, onClick: () => controller.openPanel({ kind: 'section' }) },
    { key: 'publish', text: changes > 0 ? plural(strings.bank.publishCount, changes) : strings.bank.publish, iconProps: { iconName: 'PublishContent' }, onClick: () => controller.openPanel({ kind: 'publish' }) },
    { key: 'export', text: strings.bank.exportPack, iconProps: { iconName: 'Download' }, onClick: onExport },
    { key: 'import', text: strings.bank.importPack, iconProps: { iconName: 'Upload' }, onClick: () => controller.openPanel({ kind: 'import' }) }
  ] : [];
  return (
    <>
      <Stack horizontal verticalAlign="center" horizontalAlign="space-between" wrap>
        <Stack>
          <Text as="h2" variant="xLarge">{strings.bank.title}</Text>
          <Text variant="small" data-testid="release-state">{latest ? format(strings.bank.publishedRelease, latest.label) : strings.bank.noRelease}</Text>
        </Stack>
        {editable && <SaveState status={saveStatus} savedText={strings.bank.saved} savingText={strings.bank.saving} />}
      </Stack>
      {!editable && <MessageBar messageBarType={MessageBarType.info}>{strings.bank.readOnly}</MessageBar>}
      <BankNotices strings={strings} controller={controller} state={state} />
      {editable && <CommandBar items={commands} ariaLabel={strings.bank.title} overflowButtonProps={{ ariaLabel: strings.shell.moreCommands }} />}
    </>
  );
}
