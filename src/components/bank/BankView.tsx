import * as React from 'react';
import { CommandBar, Dropdown, mergeStyleSets, MessageBar, MessageBarType, Pivot, PivotItem, SearchBox, Stack, Text, type ICommandBarItemProps } from '@fluentui/react';
import type { Bank, BankStatement } from '../../domain/bank/BankModel';
import { planRelease } from '../../domain/bank/releasePlan';
import { allTags, searchStatements } from '../../domain/bank/statementSearch';
import { statementsOfSection } from '../../domain/bank/bankCommands';
import { SCHOOL_SETTINGS, type SchoolSetting } from '../../domain/school/SchoolSetting';
import { format, type Strings } from '../../loc/strings';
import { SaveState, type SaveStatus } from '../common/SaveState';
import { SectionOutline } from './SectionOutline';
import { StatementCard } from './StatementCard';
import { settingLabel } from './labels';
import { threePaneColumns, useLayout } from '../common/layout';

/** The tab of the bank screen. */
export type BankTab = 'statements' | 'templates' | 'resources';

export interface BankViewProps {
  strings: Strings;
  bank: Bank;
  editable: boolean;
  saveStatus: SaveStatus;
  notice?: string;
  tab: BankTab;
  onTab: (tab: BankTab) => void;
  selectedSection: string | undefined;
  onSelectSection: (key: string) => void;
  selectedStatement: string | undefined;
  onSelectStatement: (key: string) => void;
  onEditStatement: (key: string | undefined) => void;
  onMoveStatement: (key: string, delta: -1 | 1) => void;
  onRetireStatement: (key: string, retire: boolean) => void;
  onNewSection: () => void;
  onEditSection: (key: string) => void;
  onMoveSection: (key: string, delta: -1 | 1) => void;
  onRetireSection: (key: string) => void;
  onPublish: () => void;
  onExport: () => void;
  onImport: () => void;
  detail: React.ReactNode;
  templates: React.ReactNode;
  resources: React.ReactNode;
}

/** The bank screen: command bar on top, sections on the left, statement cards in the centre, detail on the right. */
export function BankView(props: BankViewProps): JSX.Element {
  const { strings, bank, editable } = props;
  const [words, setWords] = React.useState('');
  const [setting, setSetting] = React.useState<SchoolSetting | ''>('');
  const [tag, setTag] = React.useState('');
  const changes = React.useMemo(() => (editable ? planRelease(bank).length : 0), [bank, editable]);
  const searching = words.trim() !== '' || setting !== '' || tag !== '';
  const shown: BankStatement[] = searching
    ? searchStatements(bank.statements, { words, setting: setting || undefined, tag: tag || undefined, includeRetired: editable }, 'working', new Map(bank.sections.map(s => [s.key, s.working.order])))
    : props.selectedSection ? statementsOfSection(bank, props.selectedSection).filter(s => editable || !s.working.retired) : [];
  const layout = useLayout();
  const latest = [...bank.releases].sort((a, b) => b.number - a.number)[0];
  const classes = mergeStyleSets({
    columns: { display: 'grid', gridTemplateColumns: threePaneColumns(layout, 'minmax(180px, 260px)', 'minmax(220px, 320px)'), gap: 16, alignItems: 'start' },
    detail: { gridColumn: layout === 'wide' ? 'auto' : '1 / -1' },
    cards: { display: 'flex', flexDirection: 'column', gap: 8 }
  });
  const commands: ICommandBarItemProps[] = editable ? [
    { key: 'new', text: strings.bank.newStatement, iconProps: { iconName: 'Add' }, onClick: () => props.onEditStatement(undefined) },
    { key: 'section', text: strings.bank.newSection, iconProps: { iconName: 'BulletedList' }, onClick: props.onNewSection },
    { key: 'publish', text: changes > 0 ? format(strings.bank.publishCount, changes) : strings.bank.publish, iconProps: { iconName: 'PublishContent' }, onClick: props.onPublish },
    { key: 'export', text: strings.bank.exportPack, iconProps: { iconName: 'Download' }, onClick: props.onExport },
    { key: 'import', text: strings.bank.importPack, iconProps: { iconName: 'Upload' }, onClick: props.onImport }
  ] : [];
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Stack horizontal verticalAlign="center" horizontalAlign="space-between" wrap>
        <Stack>
          <Text as="h2" variant="xLarge">{strings.bank.title}</Text>
          <Text variant="small" data-testid="release-state">{latest ? format(strings.bank.publishedRelease, latest.label) : strings.bank.noRelease}</Text>
        </Stack>
        {editable && <SaveState status={props.saveStatus} savedText={strings.bank.saved} savingText={strings.bank.saving} />}
      </Stack>
      {!editable && <MessageBar messageBarType={MessageBarType.info}>{strings.bank.readOnly}</MessageBar>}
      {props.notice && <MessageBar messageBarType={MessageBarType.success}>{props.notice}</MessageBar>}
      {editable && <CommandBar items={commands} ariaLabel={strings.bank.title} overflowButtonProps={{ ariaLabel: strings.shell.moreCommands }} />}
      <Pivot selectedKey={props.tab} onLinkClick={item => item?.props.itemKey && props.onTab(item.props.itemKey as BankTab)} aria-label={strings.bank.title}>
        <PivotItem headerText={strings.bank.title} itemKey="statements" />
        <PivotItem headerText={strings.bank.templates} itemKey="templates" />
        <PivotItem headerText={strings.bank.resources} itemKey="resources" />
      </Pivot>
      {props.tab === 'templates' && props.templates}
      {props.tab === 'resources' && props.resources}
      {props.tab === 'statements' && (
        <>
          <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
            <SearchBox placeholder={strings.bank.search} ariaLabel={strings.bank.search} value={words} onChange={(_e, v) => setWords(v ?? '')} styles={{ root: { width: 320, maxWidth: '100%' } }} />
            <Dropdown label={strings.bank.settingFilter} selectedKey={setting} styles={{ root: { width: 180 } }}
              options={[{ key: '', text: strings.bank.anySetting }, ...SCHOOL_SETTINGS.map(s => ({ key: s, text: settingLabel(strings, s) }))]}
              onChange={(_e, o) => setSetting((o?.key as SchoolSetting | '') ?? '')} />
            <Dropdown label={strings.bank.tagFilter} selectedKey={tag} styles={{ root: { width: 180 } }}
              options={[{ key: '', text: strings.bank.anyTag }, ...allTags(bank.statements).map(t => ({ key: t, text: t }))]}
              onChange={(_e, o) => setTag(String(o?.key ?? ''))} />
          </Stack>
          <div className={classes.columns}>
            <SectionOutline strings={strings} sections={bank.sections} statements={bank.statements} selectedKey={searching ? undefined : props.selectedSection} showChanges={editable} onSelect={key => { setWords(''); setSetting(''); setTag(''); props.onSelectSection(key); }} />
            <section className={classes.cards} aria-label={searching ? format(strings.bank.searchResults, shown.length) : bank.sections.find(s => s.key === props.selectedSection)?.working.title}>
              {searching && <Text role="status">{shown.length === 0 ? strings.bank.noMatches : format(strings.bank.searchResults, shown.length)}</Text>}
              {!searching && props.selectedSection && <Text as="h3" variant="large">{bank.sections.find(s => s.key === props.selectedSection)?.working.title}</Text>}
              {!searching && props.selectedSection && editable && (
                <CommandBar ariaLabel={strings.bank.sectionEditor.edit} overflowButtonProps={{ ariaLabel: strings.shell.moreCommands }} items={[
                  { key: 'edit', text: strings.bank.sectionEditor.edit, iconProps: { iconName: 'Edit' }, onClick: () => props.onEditSection(props.selectedSection as string) },
                  { key: 'up', text: strings.bank.sectionEditor.moveUp, iconProps: { iconName: 'Up' }, onClick: () => props.onMoveSection(props.selectedSection as string, -1) },
                  { key: 'down', text: strings.bank.sectionEditor.moveDown, iconProps: { iconName: 'Down' }, onClick: () => props.onMoveSection(props.selectedSection as string, 1) },
                  { key: 'retire', text: strings.bank.sectionEditor.retire, iconProps: { iconName: 'Archive' }, onClick: () => props.onRetireSection(props.selectedSection as string) }
                ]} />
              )}
              {shown.map((statement, i) => (
                <StatementCard key={statement.key} statement={statement} strings={strings} editable={editable} selected={statement.key === props.selectedStatement}
                  isFirst={i === 0 || searching} isLast={i === shown.length - 1 || searching}
                  onSelect={() => props.onSelectStatement(statement.key)} onEdit={() => props.onEditStatement(statement.key)}
                  onMove={delta => props.onMoveStatement(statement.key, delta)} onRetire={() => props.onRetireStatement(statement.key, true)} onRestore={() => props.onRetireStatement(statement.key, false)} />
              ))}
            </section>
            <div className={classes.detail}>{props.detail}</div>
          </div>
        </>
      )}
    </Stack>
  );
}
